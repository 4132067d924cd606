// Runs in Node and in Chromium. How long a draft that could not be read is kept aside: a corrupted
// copy (that no version can read) for BACKUP_DAYS, with the date told; anything readable for good.
import { expect } from 'chai';
import { BACKUP_DAYS, DraftStore, backupExpiry, backupKeyFor, draftKey, memoryStorage, removeExpiredBackups, type DraftStorage } from '../../src/core/drafts.js';
import type { Draft } from '../../src/core/types.js';

const DAY = 86_400_000;
const identity = { assessmentId: 'team-2026', respondent: 'self' as const };
const key = draftKey(identity);
const NOW = Date.UTC(2026, 11, 3, 12); // 3 December 2026, midday UTC

const readable = (overrides: Partial<Draft> = {}): string =>
  JSON.stringify({ schemaVersion: 1, assessmentId: 'team-2026', respondent: 'self', framework: { id: 'lpc-core-framework', version: '2020-01' }, savedAt: 10, answers: { 'being.q1': { value: 4, updatedAt: 10 } }, ...overrides });

const open = (storage: DraftStorage, now = NOW) => new DraftStore({ ...identity, storage, now: () => now });

describe('copies of drafts that could not be read', () => {
  it('tells the user how long a corrupted copy is kept, with the date', () => {
    const backing = new Map([[key, '{"schemaVersion":1,"answ']]);
    const store = open(memoryStorage(backing));
    expect(BACKUP_DAYS).to.equal(30);
    expect(store.notice?.keptUntil).to.equal(NOW + 30 * DAY);
    expect(store.notice?.message).to.include(`under "${backupKeyFor(key, NOW)}" until 2 January 2027 (30 days), when it is removed`);
    expect(backing.get(backupKeyFor(key, NOW))).to.equal('{"schemaVersion":1,"answ');
  });

  it('keeps a copy of another format version, or of a readable draft, with no end date', () => {
    for (const text of [JSON.stringify({ schemaVersion: 2, answers: {} }), readable({ assessmentId: 'another-360' })]) {
      const store = open(memoryStorage(new Map([[key, text]])));
      expect(store.notice, text).to.not.equal(undefined);
      expect(store.notice?.keptUntil, text).to.equal(undefined);
      expect(store.notice?.message, text).to.not.include('until');
    }
  });

  it('removes a corrupted copy once its days are over, when a store is opened on the storage', () => {
    const old = backupKeyFor(key, NOW - 31 * DAY);
    const recent = backupKeyFor(key, NOW - 29 * DAY);
    const otherDraft = draftKey({ assessmentId: 'other', respondent: 'rater', link: 'abc' });
    const oldOther = backupKeyFor(otherDraft, NOW - 400 * DAY);
    const backing = new Map([[old, '{broken'], [recent, 'also broken'], [oldOther, '[]']]);
    open(memoryStorage(backing));
    expect([...backing.keys()].sort()).to.deep.equal([recent]);
    // Exactly at its end it goes.
    const edge = new Map([[backupKeyFor(key, NOW - 30 * DAY), '{broken']]);
    expect(removeExpiredBackups(memoryStorage(edge), backupExpiry(NOW - 30 * DAY))).to.have.length(1);
  });

  it('never removes a readable draft, another version\'s copy, or any key but a backup\'s', () => {
    const kept = new Map([
      [key, readable()],
      [backupKeyFor(key, NOW - 400 * DAY), readable({ assessmentId: 'another-360' })],
      [backupKeyFor(key, NOW - 401 * DAY), JSON.stringify({ schemaVersion: 2, answers: {} })],
      [`${key}:backup:soon`, '{broken'],
      ['lpc-sent:abc', '{broken'],
      ['someone-else:backup:1', '{broken'],
    ]);
    const before = [...kept];
    const store = open(memoryStorage(kept));
    expect(store.draft?.answers['being.q1'].value).to.equal(4);
    expect([...kept]).to.deep.equal(before);
  });

  it('keeps everything in a storage that cannot list its keys', () => {
    const backing = new Map([[backupKeyFor(key, 0), '{broken']]);
    const { keys: _unused, ...noKeys } = memoryStorage(backing);
    expect(removeExpiredBackups(noKeys, NOW)).to.deep.equal([]);
    expect(backing.size).to.equal(1);
  });
});
