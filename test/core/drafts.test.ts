// Runs in Node and in Chromium. Each draft guarantee of issue 5 is proven here, once, on the store.
import { expect } from 'chai';
import {
  DraftStore,
  draftKey,
  draftProblem,
  memoryStorage,
  mergeDrafts,
  parseDraft,
  DraftRegistry,
  type DraftStorage,
} from '../../src/core/drafts.js';
import { validateDraft } from '../../src/core/validate.js';
import type { Draft } from '../../src/core/types.js';

const identity = { assessmentId: 'team-2026', respondent: 'self' as const };
const key = draftKey(identity);

/** A clock the test moves by hand. */
function clock(start = 1_000) {
  let time = start;
  const now = () => time;
  return { now, advance: (ms: number) => (time += ms) };
}

function open(storage: DraftStorage | null, now = clock().now) {
  return new DraftStore({ ...identity, storage, now });
}

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    schemaVersion: 1,
    assessmentId: 'team-2026',
    respondent: 'self',
    framework: { id: 'lpc-core-framework', version: '2020-01' },
    savedAt: 10,
    answers: {},
    ...overrides,
  };
}

/** Storage whose writes fail as a full browser quota does. */
function fullStorage(backing = new Map<string, string>()): DraftStorage & { writes: number } {
  const stub = {
    writes: 0,
    getItem: (k: string) => backing.get(k) ?? null,
    setItem() {
      stub.writes++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (k: string) => void backing.delete(k),
  };
  return stub;
}

describe('draft store', () => {
  describe('saving', () => {
    it('saves every answer at once under a key namespaced by assessment id and respondent, with a schema version', () => {
      const storage = memoryStorage();
      const store = open(storage);
      store.setAnswer('being.q1', { value: 4 });
      expect(key).to.equal('lpc-draft:team-2026:self');
      const stored = JSON.parse(storage.getItem(key)!);
      expect(stored.schemaVersion).to.equal(1);
      expect(stored.answers['being.q1'].value).to.equal(4);
      expect(validateDraft(stored).ok).to.equal(true);
    });

    it('keeps self and rater drafts apart', () => {
      const storage = memoryStorage();
      open(storage).setAnswer('being.q1', { value: 4 });
      const rater = new DraftStore({ assessmentId: 'team-2026', respondent: 'rater', storage });
      expect(rater.draft).to.equal(undefined);
    });

    it('keeps a comment with its answer, and clears a value while keeping the comment', () => {
      const store = open(memoryStorage());
      store.setAnswer('being.q1', { value: 2 });
      store.setAnswer('being.q1', { comment: 'Seen in team meetings' });
      expect(store.answer('being.q1')).to.include({ value: 2, comment: 'Seen in team meetings' });
      store.setAnswer('being.q1', { value: undefined });
      expect(store.answer('being.q1')?.value).to.equal(undefined);
      expect(store.answer('being.q1')?.comment).to.equal('Seen in team meetings');
    });

    it('tells subscribers about each change', () => {
      const store = open(memoryStorage());
      let calls = 0;
      const stop = store.subscribe(() => calls++);
      store.setAnswer('being.q1', { value: 1 });
      store.setRelationship('peer');
      stop();
      store.setAnswer('being.q2', { value: 1 });
      expect(calls).to.equal(2);
    });
  });

  describe('reload mid-way', () => {
    it('finds the saved answers and when they were saved', () => {
      const storage = memoryStorage();
      const time = clock(5_000);
      const first = open(storage, time.now);
      first.setAnswer('being.q1', { value: 3 });
      first.setAnswer('being.q2', { value: 'not-observed', comment: 'New in post' });
      first.close();
      const reloaded = open(storage);
      expect(reloaded.resumedFrom).to.equal(5_000);
      expect(reloaded.answer('being.q1')?.value).to.equal(3);
      expect(reloaded.answer('being.q2')).to.include({ value: 'not-observed', comment: 'New in post' });
      expect(reloaded.notice).to.equal(undefined);
    });
  });

  describe('corrupted or other-version drafts', () => {
    for (const [name, text, kind] of [
      ['not JSON', '{"schemaVersion":1,"answ', 'corrupt'],
      ['a broken answer', JSON.stringify(draft({ answers: { 'being.q1': { value: 'lots', updatedAt: 1 } as never } })), 'corrupt'],
      ['an older version', JSON.stringify({ ...draft(), schemaVersion: 0 }), 'other-version'],
    ] as const) {
      it(`moves ${name} to a backup key, says so, and keeps it (a corrupted one for BACKUP_DAYS, test/core/drafts-backup.test.ts)`, () => {
        const backing = new Map([[key, text]]);
        const store = open(memoryStorage(backing), clock(7_000).now);
        expect(store.notice?.kind).to.equal(kind);
        expect(store.notice?.backupKey).to.equal(`${key}:backup:7000`);
        expect(backing.get(`${key}:backup:7000`)).to.equal(text);
        expect(store.notice?.message).to.match(/could not use/).and.to.include(store.notice!.backupKey);
        expect(store.draft).to.equal(undefined);
        store.setAnswer('being.q1', { value: 5 });
        expect(backing.get(`${key}:backup:7000`)).to.equal(text);
        expect(JSON.parse(backing.get(key)!).answers['being.q1'].value).to.equal(5);
      });
    }

    it('never overwrites an unreadable draft it could not copy aside', () => {
      const backing = new Map([[key, 'garbage']]);
      const storage = fullStorage(backing);
      const store = open(storage);
      expect(store.notice?.backupKey).to.equal('');
      store.setAnswer('being.q1', { value: 5 });
      expect(backing.get(key)).to.equal('garbage');
      expect(store.answer('being.q1')?.value).to.equal(5);
      expect(store.problem).to.not.equal(undefined);
    });

    it('agrees with the draft schema on what is a usable draft', () => {
      const samples: unknown[] = [
        draft(),
        draft({ relationship: 'peer', answers: { 'being.q1': { value: 2, comment: 'x', updatedAt: 3 } } }),
        draft({ answers: { 'being.q1': { value: 'never' as never, updatedAt: 3 } } }),
        draft({ answers: { 'being.q1': { value: 2 } as never } }),
        { ...draft(), savedAt: 'yesterday' },
        { ...draft(), respondent: 'boss' },
        { ...draft(), answers: [] },
        'a string',
        null,
      ];
      for (const sample of samples) {
        expect(draftProblem(sample) === null, JSON.stringify(sample)).to.equal(validateDraft(sample).ok);
      }
    });
  });

  describe('quota exceeded or storage disabled', () => {
    it('keeps answers in memory and says why when the quota is full', () => {
      const storage = fullStorage();
      const store = open(storage);
      store.setAnswer('being.q1', { value: 4 });
      expect(storage.writes).to.be.greaterThan(0);
      expect(store.answer('being.q1')?.value).to.equal(4);
      expect(store.problem?.kind).to.equal('quota');
      expect(store.problem?.message).to.match(/download/i);
    });

    it('works with no storage at all', () => {
      const store = new DraftStore({ ...identity, storage: null });
      expect(store.problem?.kind).to.equal('unavailable');
      store.setAnswer('being.q1', { value: 1 });
      expect(store.answer('being.q1')?.value).to.equal(1);
    });

    it('clears the warning once saving works again', () => {
      const backing = new Map<string, string>();
      let full = true;
      const storage: DraftStorage = {
        getItem: (k) => backing.get(k) ?? null,
        setItem(k, v) {
          if (full) throw new DOMException('full', 'QuotaExceededError');
          backing.set(k, v);
        },
        removeItem: (k) => void backing.delete(k),
      };
      const store = open(storage);
      store.setAnswer('being.q1', { value: 4 });
      expect(store.problem?.kind).to.equal('quota');
      full = false;
      store.setAnswer('being.q2', { value: 2 });
      expect(store.problem).to.equal(undefined);
      expect(Object.keys(JSON.parse(backing.get(key)!).answers)).to.have.members(['being.q1', 'being.q2']);
    });
  });

  describe('two tabs', () => {
    it('never overwrite each other\'s newer answers, on save and on storage events', () => {
      const backing = new Map<string, string>();
      const time = clock(1_000);
      const tabA = open(memoryStorage(backing), time.now);
      const tabB = open(memoryStorage(backing), time.now);
      tabA.setAnswer('being.q1', { value: 1 });
      time.advance(10);
      tabB.setAnswer('being.q2', { value: 2 });
      // B heard A through the storage event, A heard B: both hold both answers.
      expect(tabA.answer('being.q2')?.value).to.equal(2);
      expect(tabB.answer('being.q1')?.value).to.equal(1);
      time.advance(10);
      tabB.setAnswer('being.q1', { value: 5 });
      expect(tabA.answer('being.q1')?.value).to.equal(5);
      const stored = JSON.parse(backing.get(key)!);
      expect(stored.answers['being.q1'].value).to.equal(5);
      expect(stored.answers['being.q2'].value).to.equal(2);
    });

    it('merges on save even when the storage event never arrived', () => {
      const backing = new Map<string, string>();
      const time = clock(1_000);
      const plain = (): DraftStorage => ({ getItem: (k) => backing.get(k) ?? null, setItem: (k, v) => void backing.set(k, v), removeItem: (k) => void backing.delete(k) });
      const tabA = open(plain(), time.now);
      const tabB = open(plain(), time.now);
      tabA.setAnswer('being.q1', { value: 1 });
      time.advance(5);
      tabB.setAnswer('being.q1', { value: 3 });
      time.advance(5);
      tabA.setAnswer('being.q2', { value: 4 });
      const stored = JSON.parse(backing.get(key)!);
      expect(stored.answers['being.q1'].value).to.equal(3, 'B answered being.q1 later');
      expect(stored.answers['being.q2'].value).to.equal(4);
      expect(tabA.answer('being.q1')?.value).to.equal(3);
    });

    it('mergeDrafts keeps the newest answer of each item and the later relationship', () => {
      const a = draft({ savedAt: 20, relationship: 'peer', answers: { x: { value: 1, updatedAt: 20 }, y: { value: 1, updatedAt: 5 } } });
      const b = draft({ savedAt: 30, relationship: 'other', answers: { x: { value: 2, updatedAt: 10 }, y: { value: 2, updatedAt: 30 }, z: { value: 3, updatedAt: 1 } } });
      const merged = mergeDrafts(a, b);
      expect(merged.answers).to.deep.equal({ x: { value: 1, updatedAt: 20 }, y: { value: 2, updatedAt: 30 }, z: { value: 3, updatedAt: 1 } });
      expect(merged.relationship).to.equal('other');
      expect(merged.savedAt).to.equal(30);
    });
  });

  describe('starting again and finishing', () => {
    it('start again removes the old answers and keeps no copy in the browser', () => {
      const backing = new Map<string, string>();
      const store = open(memoryStorage(backing), clock(9_000).now);
      store.setAnswer('being.q1', { value: 4 });
      store.discard();
      expect(store.draft).to.equal(undefined);
      expect(backing.has(key)).to.equal(false);
      expect(backing.size, 'no backup left behind for the next person').to.equal(0);
    });

    it('clear removes the draft once a response is delivered', () => {
      const backing = new Map<string, string>();
      const store = open(memoryStorage(backing));
      store.setAnswer('being.q1', { value: 4 });
      store.clear();
      expect(backing.size).to.equal(0);
    });
  });

  it('shares one store per assessment and respondent on a page', () => {
    const storage = memoryStorage();
    const registry = new DraftRegistry();
    const a = registry.open(identity, storage);
    const b = registry.open({ ...identity }, storage);
    const rater = registry.open({ ...identity, respondent: 'rater' }, storage);
    expect(a).to.equal(b);
    expect(rater).to.not.equal(a);
  });

  it('parseDraft reads nothing as no draft', () => {
    expect(parseDraft(null)).to.deep.equal({});
  });
});
