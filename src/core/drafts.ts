/**
 * The draft store: every answer is saved at once, and no answer is ever lost.
 *
 * - One draft per assessment id and respondent, under a namespaced key (`draftKey`).
 * - Each answer carries `updatedAt`, so two tabs merge newest-wins instead of overwriting.
 * - A stored draft that cannot be read (corrupted, or another schema version) is moved to a backup
 *   key and reported through `notice`; it is never silently deleted. A corrupted copy that no
 *   version can read is removed after `BACKUP_DAYS`, and the notice gives that date; a copy of
 *   another version, or a readable draft, is kept.
 * - When storage is full or disabled, answers stay in memory and `problem` says why, so the element
 *   can warn and offer "Download my answers".
 *
 * No DOM here (it runs in Node); the browser's localStorage is reached through `browserStorage()`.
 * This module is imported by `<lpc-rating>`, so it must stay small: it checks drafts by hand instead
 * of importing the generated schema validator (`validateDraft` in validate.ts gives the same verdict).
 */
import type { Draft, DraftAnswer, Respondent } from './types.js';

/** Format version written into every stored draft. */
export const DRAFT_SCHEMA_VERSION = 1 as const;

/** The part of the Web Storage API the store needs; localStorage fits it. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Calls back when another tab (or another view of the same storage) changes `key`. */
  watch?(key: string, onChange: (newValue: string | null) => void): () => void;
  /** Every key held, so expired backups can be found; a storage without it keeps its backups. */
  keys?(): string[];
}

/** Why a stored draft was moved aside instead of used. */
export interface DraftNotice {
  kind: 'corrupt' | 'other-version';
  /** The key the unreadable draft was copied to (empty when even the copy could not be written). */
  backupKey: string;
  /** When that copy is removed (ms since 1970), if nothing can read it; absent: it is kept. */
  keptUntil?: number;
  message: string;
}

/** Why answers are only kept in memory. */
export interface DraftProblem {
  kind: 'quota' | 'unavailable';
  message: string;
}

const UNAVAILABLE =
  'This browser is not letting us save your answers. Your answers are kept on this page only, so download them before you close it.';

export type AnswerValue = number | 'not-observed';

export interface DraftIdentity {
  assessmentId: string;
  respondent: Respondent;
  /**
   * Whose draft this is, when the page knows: a hash of the person's own link (never the link's
   * token itself). Two people on one browser with different links never share a draft.
   */
  link?: string;
}

/** The storage key of a draft: namespaced by assessment id, respondent and link. */
export function draftKey({ assessmentId, respondent, link }: DraftIdentity): string {
  return `lpc-draft:${encodeURIComponent(assessmentId)}:${respondent}${link ? `:${encodeURIComponent(link)}` : ''}`;
}

/** Where the responses sent with a link are kept until the collector confirms one (core/drafts-sent.ts). */
export function sentKey(link: string): string {
  return `lpc-sent:${encodeURIComponent(link)}`;
}

/** Where an unreadable draft is kept aside. */
export function backupKeyFor(key: string, now: number): string {
  return `${key}:backup:${now}`;
}

/** Days a copy of a corrupted draft is kept aside before it is removed. */
export const BACKUP_DAYS = 30;

/** When a copy made at `madeAt` goes, if no version can read it. */
export function backupExpiry(madeAt: number): number {
  return madeAt + BACKUP_DAYS * 86_400_000;
}

/** A copy kept aside expires only when no version can read it: another version's draft, or a readable one, stays. */
const expires = (text: string) => parseDraft(text).problem?.kind === 'corrupt';

/**
 * Removes the copies of corrupted drafts kept aside for longer than `BACKUP_DAYS` (their time is
 * in their key), from a storage that can list its keys. Returns the keys removed.
 */
export function removeExpiredBackups(storage: DraftStorage, now: number): string[] {
  const removed: string[] = [];
  try {
    for (const key of storage.keys?.() ?? []) {
      const made = /^lpc-draft:.+:backup:(\d+)$/.exec(key);
      if (!made || now < backupExpiry(Number(made[1]))) continue;
      const text = storage.getItem(key);
      if (text === null || !expires(text)) continue;
      storage.removeItem(key);
      removed.push(key);
    }
  } catch {
    // Storage refused: the copies stay, to be tried on a later visit.
  }
  return removed;
}

/** Storages already cleared of expired backups on this page. */
const swept = new WeakSet<DraftStorage>();

// ---------------------------------------------------------------------------------------------
// Storage adapters

/** Watchers of each shared backing map, so one memory "tab" hears the others (like `storage` events). */
const memoryWatchers = new WeakMap<Map<string, string>, Set<{ owner: object; key: string; onChange: (v: string | null) => void }>>();

/**
 * Storage held in memory. Pass the same `backing` map to two adapters to stand in for two tabs:
 * a write through one is reported to the other's watchers, never to its own (as browsers do).
 */
export function memoryStorage(backing: Map<string, string> = new Map()): DraftStorage {
  let watchers = memoryWatchers.get(backing);
  if (!watchers) {
    watchers = new Set();
    memoryWatchers.set(backing, watchers);
  }
  const all = watchers;
  const adapter: DraftStorage = {
    getItem: (key) => backing.get(key) ?? null,
    setItem(key, value) {
      backing.set(key, String(value));
      notify(key, String(value));
    },
    removeItem(key) {
      backing.delete(key);
      notify(key, null);
    },
    watch(key, onChange) {
      const entry = { owner: adapter, key, onChange };
      all.add(entry);
      return () => all.delete(entry);
    },
    keys: () => [...backing.keys()],
  };
  function notify(key: string, value: string | null) {
    for (const watcher of [...all]) if (watcher.owner !== adapter && watcher.key === key) watcher.onChange(value);
  }
  return adapter;
}

interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface StorageEventLike {
  key: string | null;
  newValue: string | null;
  storageArea: unknown;
}

interface EventTargetLike {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

const browserAdapters: { local?: DraftStorage | null; session?: DraftStorage | null } = {};

/**
 * The browser's localStorage (or, with `'session'`, the tab's sessionStorage, removed when the tab
 * closes), or `null` where there is none or it is disabled (reading
 * `localStorage` throws in some privacy modes). Changes from other tabs arrive as `storage` events.
 */
export function browserStorage(kind: 'local' | 'session' = 'local'): DraftStorage | null {
  const cached = browserAdapters[kind];
  if (cached !== undefined) return cached;
  let area: StorageLike | undefined;
  try {
    const scope = globalThis as { localStorage?: StorageLike; sessionStorage?: StorageLike };
    area = kind === 'session' ? scope.sessionStorage : scope.localStorage;
    area?.getItem('lpc-draft:probe');
  } catch {
    area = undefined;
  }
  const target = globalThis as unknown as Partial<EventTargetLike>;
  const adapter: DraftStorage | null = area
    ? {
        getItem: (key) => area!.getItem(key),
        setItem: (key, value) => area!.setItem(key, value),
        removeItem: (key) => area!.removeItem(key),
        keys: () => Array.from({ length: area!.length }, (_, i) => area!.key(i)).filter((key): key is string => key !== null),
        watch(key, onChange) {
          if (!target.addEventListener || !target.removeEventListener) return () => {};
          const listener = (event: StorageEventLike) => {
            if (event.storageArea === area && (event.key === key || event.key === null)) onChange(event.key === null ? null : event.newValue);
          };
          target.addEventListener('storage', listener);
          return () => target.removeEventListener!('storage', listener);
        },
      }
    : null;
  browserAdapters[kind] = adapter;
  return adapter;
}

// ---------------------------------------------------------------------------------------------
// Checking and merging

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isShortString = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;

function answerProblem(answer: unknown): string | null {
  if (!isObject(answer)) return 'is not an object';
  for (const key of Object.keys(answer)) if (!['value', 'comment', 'updatedAt'].includes(key)) return `has an unknown field "${key}"`;
  if (!isTime(answer.updatedAt)) return 'has no valid updatedAt';
  const { value } = answer;
  if (value !== undefined && value !== 'not-observed' && !(typeof value === 'number' && Number.isFinite(value))) return 'has a value that is not a number';
  if (answer.comment !== undefined && !isShortString(answer.comment, 2000)) return 'has a comment that is not text or is too long';
  return null;
}

/**
 * Why a stored value is not a usable draft of this version, or `null` when it is one.
 * Agrees with the schema (`validateDraft`) on the fields the store relies on.
 */
export function draftProblem(json: unknown): { kind: DraftNotice['kind']; detail: string } | null {
  if (!isObject(json)) return { kind: 'corrupt', detail: 'it is not an object' };
  if (json.schemaVersion !== DRAFT_SCHEMA_VERSION) {
    return typeof json.schemaVersion === 'number'
      ? { kind: 'other-version', detail: `it was saved in format version ${json.schemaVersion}` }
      : { kind: 'corrupt', detail: 'it has no format version' };
  }
  const corrupt = (detail: string) => ({ kind: 'corrupt' as const, detail });
  if (!isShortString(json.assessmentId, 120)) return corrupt('its assessment id is missing');
  if (json.respondent !== 'self' && json.respondent !== 'rater') return corrupt('its respondent is not "self" or "rater"');
  if (json.relationship !== undefined && !isShortString(json.relationship, 120)) return corrupt('its relationship is not text');
  if (!isObject(json.framework) || !isShortString(json.framework.id, 120) || !isShortString(json.framework.version, 40)) return corrupt('its framework is missing');
  if (!isTime(json.savedAt)) return corrupt('its save time is missing');
  if (!isObject(json.answers)) return corrupt('its answers are missing');
  for (const [itemId, answer] of Object.entries(json.answers)) {
    const problem = answerProblem(answer);
    if (problem) return corrupt(`the answer to "${itemId.slice(0, 120)}" ${problem}`);
  }
  return null;
}

/** Reads stored text: a draft, nothing, or why it cannot be used. */
export function parseDraft(text: string | null): { draft?: Draft; problem?: { kind: DraftNotice['kind']; detail: string } } {
  if (text === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: { kind: 'corrupt', detail: 'it is not valid JSON' } };
  }
  const problem = draftProblem(json);
  return problem ? { problem } : { draft: json as Draft };
}

/**
 * Merges two versions of one draft answer by answer: the newer `updatedAt` wins, so neither tab
 * loses an answer the other gave later. Ties keep `a`. The relationship comes from the later save.
 */
export function mergeDrafts(a: Draft, b: Draft): Draft {
  const answers: Record<string, DraftAnswer> = { ...a.answers };
  for (const [itemId, answer] of Object.entries(b.answers)) {
    const mine = answers[itemId];
    if (!mine || answer.updatedAt > mine.updatedAt) answers[itemId] = answer;
  }
  const newer = b.savedAt > a.savedAt ? b : a;
  const merged: Draft = { ...a, answers, savedAt: Math.max(a.savedAt, b.savedAt) };
  const relationship = newer.relationship ?? (newer === a ? b : a).relationship;
  if (relationship !== undefined) merged.relationship = relationship;
  return merged;
}

/** Whether two drafts hold the same answers and relationship. */
function sameContent(a: Draft | undefined, b: Draft | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.relationship !== b.relationship) return false;
  const keys = Object.keys(a.answers);
  if (keys.length !== Object.keys(b.answers).length) return false;
  return keys.every((key) => {
    const x = a.answers[key];
    const y = b.answers[key];
    return !!y && x.value === y.value && x.comment === y.comment && x.updatedAt === y.updatedAt;
  });
}

/** Whether a draft holds at least one answer or comment. */
export function hasAnswers(draft: Draft | undefined): boolean {
  return !!draft && Object.values(draft.answers).some((answer) => answer.value !== undefined || !!answer.comment);
}

// ---------------------------------------------------------------------------------------------
// The store

export interface DraftStoreOptions extends DraftIdentity {
  /** `null`: no storage at all (answers live in memory and the store says so). */
  storage: DraftStorage | null;
  /** The clock; tests pass their own. */
  now?: () => number;
}

export type DraftListener = (store: DraftStore) => void;

/** One draft, shared by every element on the page that answers the same assessment. */
export class DraftStore {
  readonly key: string;
  readonly identity: DraftIdentity;
  /** The answers as this page knows them (stored or not). */
  draft: Draft | undefined;
  /** Set when a stored draft could not be used and was moved to a backup key. */
  notice: DraftNotice | undefined;
  /** Set while answers cannot be stored (quota or disabled storage): they are in memory only. */
  problem: DraftProblem | undefined;
  /** `savedAt` of the draft found when the store was opened: "continue your saved answers". */
  readonly resumedFrom: number | undefined;

  readonly #storage: DraftStorage | null;
  readonly #now: () => number;
  readonly #listeners = new Set<DraftListener>();
  #unwatch: (() => void) | undefined;
  #framework: Draft['framework'] = { id: 'unknown', version: 'unknown' };

  constructor(options: DraftStoreOptions) {
    this.identity = { assessmentId: options.assessmentId, respondent: options.respondent, ...(options.link ? { link: options.link } : {}) };
    this.key = draftKey(this.identity);
    this.#storage = options.storage;
    this.#now = options.now ?? Date.now;
    if (!this.#storage) {
      this.problem = { kind: 'unavailable', message: UNAVAILABLE };
    } else if (!swept.has(this.#storage)) {
      swept.add(this.#storage);
      removeExpiredBackups(this.#storage, this.#now());
    }
    this.draft = this.#readStored();
    this.resumedFrom = hasAnswers(this.draft) ? this.draft!.savedAt : undefined;
    this.#unwatch = this.#storage?.watch?.(this.key, (value) => this.receiveExternal(value));
  }

  /** Where the draft is kept (`null`: memory only). */
  get storage(): DraftStorage | null {
    return this.#storage;
  }

  /** The framework the answers belong to, written into the draft. */
  useFramework(framework: Draft['framework']): void {
    this.#framework = { id: framework.id, version: framework.version };
    if (this.draft && this.draft.framework.id === 'unknown') this.draft = { ...this.draft, framework: this.#framework };
  }

  answer(itemId: string): DraftAnswer | undefined {
    return this.draft?.answers[itemId];
  }

  get relationship(): string | undefined {
    return this.draft?.relationship;
  }

  /** Records an answer (value and/or comment) now, saves it and tells every listener. */
  setAnswer(itemId: string, patch: { value?: AnswerValue | undefined; comment?: string | undefined }): void {
    const draft = this.#current();
    const previous = draft.answers[itemId] ?? { updatedAt: 0 };
    const next: DraftAnswer = { ...previous, ...patch, updatedAt: this.#tick(previous.updatedAt) };
    if (next.value === undefined) delete next.value;
    if (!next.comment) delete next.comment;
    this.draft = { ...draft, answers: { ...draft.answers, [itemId]: next }, savedAt: next.updatedAt };
    this.save();
    this.#emit();
  }

  setRelationship(relationship: string | undefined): void {
    const draft = this.#current();
    const next: Draft = { ...draft, savedAt: this.#tick(draft.savedAt) };
    if (relationship) next.relationship = relationship;
    else delete next.relationship;
    this.draft = next;
    this.save();
    this.#emit();
  }

  /**
   * Writes the draft, first merging what another tab stored since (newest answer wins).
   * Never throws: when storage fails the answers stay in memory and `problem` says why.
   */
  save(): void {
    if (!this.draft) return;
    if (!this.#storage) return;
    let stored: string | null = null;
    try {
      stored = this.#storage.getItem(this.key);
    } catch (error) {
      this.#fail(error);
      return;
    }
    const parsed = parseDraft(stored);
    if (parsed.problem && !this.#backup(stored!, parsed.problem)) {
      // The unreadable draft could not be copied aside: never overwrite it.
      this.problem ??= { kind: 'unavailable', message: UNAVAILABLE };
      return;
    }
    const merged = parsed.draft ? mergeDrafts(this.draft, parsed.draft) : this.draft;
    const changed = !sameContent(merged, this.draft);
    this.draft = merged;
    try {
      this.#storage.setItem(this.key, JSON.stringify(merged));
      this.problem = undefined;
    } catch (error) {
      this.#fail(error);
    }
    if (changed) this.#emit();
  }

  /** Another tab changed the stored draft: merge its newer answers into this page's. */
  receiveExternal(text: string | null): void {
    const parsed = parseDraft(text);
    if (!parsed.draft) return; // removed or unreadable: keep ours; the next save backs it up or rewrites it
    const merged = this.draft ? mergeDrafts(this.draft, parsed.draft) : parsed.draft;
    if (sameContent(merged, this.draft)) return;
    this.draft = merged;
    this.#emit();
  }

  /**
   * Start again: the draft is removed from storage and forgotten here. No copy is kept in the
   * browser (a rater's answers must not stay behind for the next person); the page offers the
   * answers as a file first.
   */
  discard(): void {
    if (this.#storage) {
      try {
        this.#storage.removeItem(this.key);
        if (this.identity.link) this.#storage.removeItem(sentKey(this.identity.link));
      } catch (error) {
        this.#fail(error);
      }
    }
    this.draft = undefined;
    this.#emit();
  }

  /** Removes the draft after its response was safely delivered. */
  clear(): void {
    try {
      this.#storage?.removeItem(this.key);
      if (this.identity.link) this.#storage?.removeItem(sentKey(this.identity.link));
    } catch {
      // Nothing to lose: the response has been delivered.
    }
    this.draft = undefined;
    this.#emit();
  }

  subscribe(listener: DraftListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  #current(): Draft {
    return (
      this.draft ?? {
        schemaVersion: DRAFT_SCHEMA_VERSION,
        assessmentId: this.identity.assessmentId,
        respondent: this.identity.respondent,
        framework: this.#framework,
        savedAt: 0,
        answers: {},
      }
    );
  }

  /** A time later than `previous`, so two answers in the same millisecond still order correctly. */
  #tick(previous: number): number {
    return Math.max(this.#now(), previous + 1);
  }

  #readStored(): Draft | undefined {
    if (!this.#storage) return undefined;
    let text: string | null;
    try {
      text = this.#storage.getItem(this.key);
    } catch (error) {
      this.#fail(error);
      return undefined;
    }
    const parsed = parseDraft(text);
    if (parsed.problem) {
      this.#backup(text!, parsed.problem);
      return undefined;
    }
    const draft = parsed.draft;
    if (draft && (draft.assessmentId !== this.identity.assessmentId || draft.respondent !== this.identity.respondent)) {
      this.#backup(text!, { kind: 'corrupt', detail: 'it belongs to another assessment' });
      return undefined;
    }
    return draft;
  }

  /** Copies unreadable stored text to a backup key and removes it from the draft key; false if it could not. */
  #backup(text: string, problem: { kind: DraftNotice['kind']; detail: string }): boolean {
    const now = this.#now();
    let key = backupKeyFor(this.key, now);
    try {
      this.#storage!.setItem(key, text);
      this.#storage!.removeItem(this.key);
    } catch {
      key = '';
    }
    const keptUntil = key && expires(text) ? backupExpiry(now) : undefined;
    const until = keptUntil === undefined ? '' : ` until ${new Date(keptUntil).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} (${BACKUP_DAYS} days), when it is removed`;
    const where = key ? `We kept a copy in this browser under "${key}"${until}` : 'We could not make a copy, so we left it where it was';
    this.notice = {
      kind: problem.kind,
      backupKey: key,
      ...(keptUntil === undefined ? {} : { keptUntil }),
      message: `We found saved answers we could not use, because ${problem.detail}. ${where}, and started a new set of answers.`,
    };
    return key !== '';
  }

  #fail(error: unknown): void {
    const name = (error as { name?: string } | null)?.name;
    const code = (error as { code?: number } | null)?.code;
    const quota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
    this.problem = quota
      ? { kind: 'quota', message: 'This browser has no room left to save your answers. Your answers are kept on this page only, so download them before you close it.' }
      : { kind: 'unavailable', message: UNAVAILABLE };
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener(this);
  }
}

/**
 * One store per storage and key: the in-memory channel between the elements that share it. Every
 * element asking the same registry for the same identity (and storage) gets the same store, so an
 * answer given in one shows in the others at once. Owned by whoever owns the page's drafts (see
 * `DraftLoader` in controllers/draft-controller.ts); nothing here is page-wide.
 */
export class DraftRegistry {
  readonly #stores = new Map<DraftStorage | null, Map<string, DraftStore>>();

  open(identity: DraftIdentity, storage: DraftStorage | null = browserStorage()): DraftStore {
    let stores = this.#stores.get(storage);
    if (!stores) {
      stores = new Map();
      this.#stores.set(storage, stores);
    }
    const key = draftKey(identity);
    let store = stores.get(key);
    if (!store) {
      store = new DraftStore({ ...identity, storage });
      stores.set(key, store);
    }
    return store;
  }
}
