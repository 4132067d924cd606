// Runs in Node and in Chromium. What a browser keeps of a send until the collector confirms it
// (core/drafts-sent.ts): the draft goes only once a retry of that very body was confirmed.
import { expect } from 'chai';
import { DraftStore, draftKey, memoryStorage, sentKey } from '../../src/core/drafts.js';
import { MAX_SENT, rememberSend, sentRecords, settleSent, type SentRecord } from '../../src/core/drafts-sent.js';
import type { AssessmentResponse } from '../../src/core/types.js';

const link = 'a1b2c3';
const identity = { assessmentId: 'team-2026', respondent: 'rater' as const, link };

function response(id: string): AssessmentResponse {
  return {
    schemaVersion: 1, id, assessmentId: 'team-2026', framework: { id: 'lpc-core-framework', version: '2020' }, scaleId: 'agreement',
    respondent: 'rater', relationship: 'peer', submittedAt: '2026-12-03T10:00:00.000Z', answers: [{ itemId: 'being.q1', value: 4 }],
  };
}

/** A store with one answer, and the record of a send made from it. */
function sentFrom(backing: Map<string, string>, id = 'send-1') {
  let time = 1_000;
  const store = new DraftStore({ ...identity, storage: memoryStorage(backing), now: () => time++ });
  store.setAnswer('being.q1', { value: 4 });
  const record: SentRecord = { draftKey: store.key, savedAt: store.draft!.savedAt, response: response(id) };
  rememberSend(store.storage, link, record);
  return { store, record };
}

describe('sends kept until the collector confirms one', () => {
  it('keeps the body sent, under the link\'s key, newest first, at most MAX_SENT', () => {
    const backing = new Map<string, string>();
    const storage = memoryStorage(backing);
    for (let i = 1; i <= MAX_SENT + 2; i++) rememberSend(storage, link, { draftKey: draftKey(identity), savedAt: i, response: response(`send-${i}`) });
    const kept = sentRecords(storage, link);
    expect(kept.map((r) => r.response.id)).to.deep.equal(['send-5', 'send-4', 'send-3']);
    expect([...backing.keys()]).to.deep.equal([sentKey(link)]);
  });

  it('notes a retry of the same response id once, with the answers of the first send', () => {
    const storage = memoryStorage();
    rememberSend(storage, link, { draftKey: draftKey(identity), savedAt: 5, response: response('send-1') });
    rememberSend(storage, link, { draftKey: draftKey(identity), savedAt: 9, response: response('send-1') });
    expect(sentRecords(storage, link).map((r) => [r.response.id, r.savedAt])).to.deep.equal([['send-1', 5]]);
  });

  it('reads nothing from a record it cannot read, and keeps nothing without a link or storage', () => {
    const backing = new Map([[sentKey(link), '{not json']]);
    expect(sentRecords(memoryStorage(backing), link)).to.deep.equal([]);
    backing.set(sentKey(link), JSON.stringify({ sends: [{ draftKey: 'elsewhere', savedAt: 1, response: {} }, 'x'] }));
    expect(sentRecords(memoryStorage(backing), link)).to.deep.equal([]);
    const empty = new Map<string, string>();
    rememberSend(memoryStorage(empty), undefined, { draftKey: draftKey(identity), savedAt: 1, response: response('x') });
    rememberSend(null, link, { draftKey: draftKey(identity), savedAt: 1, response: response('x') });
    expect(empty.size).to.equal(0);
  });

  it('once confirmed, removes the record and the unchanged draft', () => {
    const backing = new Map<string, string>();
    const { store, record } = sentFrom(backing);
    expect(backing.has(store.key) && backing.has(sentKey(link))).to.equal(true);
    expect(settleSent(memoryStorage(backing), link, record)).to.deep.equal({ draftKept: false });
    expect(backing.size).to.equal(0);
  });

  it('once confirmed, keeps a draft changed after the send (those answers were not received), or one it cannot read', () => {
    const backing = new Map<string, string>();
    const { store, record } = sentFrom(backing);
    store.setAnswer('being.q2', { value: 2 });
    expect(settleSent(memoryStorage(backing), link, record)).to.deep.equal({ draftKept: true });
    expect(JSON.parse(backing.get(store.key)!).answers['being.q2'].value).to.equal(2);
    expect(backing.has(sentKey(link)), 'the record is done with').to.equal(false);

    backing.set(store.key, '{broken');
    expect(settleSent(memoryStorage(backing), link, record)).to.deep.equal({ draftKept: true });
    expect(backing.get(store.key)).to.equal('{broken');
  });

  it('goes with the draft: clear() after a delivery and discard() ("Start again") remove it too', () => {
    for (const end of ['clear', 'discard'] as const) {
      const backing = new Map<string, string>();
      const { store } = sentFrom(backing);
      store[end]();
      expect(backing.size, end).to.equal(0);
    }
  });
});
