/**
 * What a browser keeps of the responses it sent with a collector link, until the collector has
 * confirmed one of them: the answer to a send can be lost (a dropped connection, a closed laptop)
 * after the collector committed it. On the next visit the link says it was used, and only a
 * retry of the very same body (same id and time) gets the collector's `201` again. So the body is
 * kept beside the draft, and the draft is removed only once that retry confirms it was received:
 * answers that were not received are never removed.
 *
 * Kept under `sentKey(link)` (the link's hash, never its token), removed with the draft. No DOM.
 */
import { sentKey, type DraftStorage } from './drafts.js';
import type { AssessmentResponse } from './types.js';

/** How many sends of one link are kept: a new send (a new id) after a lost answer must not hide the first. */
export const MAX_SENT = 3;

/** One send: the body sent, the draft it came from, and the draft's `savedAt` at that moment. */
export interface SentRecord {
  draftKey: string;
  savedAt: number;
  response: AssessmentResponse;
}

const isRecord = (value: unknown): value is SentRecord => {
  const r = value as Partial<SentRecord> | null;
  return !!r && typeof r === 'object' && typeof r.draftKey === 'string' && r.draftKey.startsWith('lpc-draft:')
    && typeof r.savedAt === 'number' && Number.isFinite(r.savedAt) && !!r.response && typeof r.response === 'object' && !Array.isArray(r.response);
};

/** The sends kept for a link, newest first; `[]` when none, or when what is stored cannot be read. */
export function sentRecords(storage: DraftStorage | null | undefined, link: string): SentRecord[] {
  let text: string | null = null;
  try {
    text = storage?.getItem(sentKey(link)) ?? null;
  } catch {
    return [];
  }
  if (text === null) return [];
  try {
    const json = JSON.parse(text) as { sends?: unknown };
    return Array.isArray(json?.sends) ? json.sends.filter(isRecord).slice(0, MAX_SENT) : [];
  } catch {
    return [];
  }
}

/**
 * Notes a send before it leaves (a retry of the same response id is noted once). Never throws:
 * without room the send still goes ahead, and only the recovery after a lost answer is missed.
 */
export function rememberSend(storage: DraftStorage | null | undefined, link: string | undefined, record: SentRecord): void {
  if (!storage || !link) return;
  const kept = sentRecords(storage, link);
  // A retry of a noted send keeps its note: its body, and so its answers, are those of the first.
  if (kept.some((r) => r.response.id === record.response.id)) return;
  try {
    storage.setItem(sentKey(link), JSON.stringify({ sends: [record, ...kept].slice(0, MAX_SENT) }));
  } catch {
    // Full or disabled storage: the draft itself is still there.
  }
}

/**
 * The collector confirmed that `record` was received: forget the link's sends and remove the
 * draft, unless the draft changed after that send (those later answers were not received, so they
 * stay). Returns whether the draft was kept.
 */
export function settleSent(storage: DraftStorage, link: string, record: SentRecord): { draftKept: boolean } {
  let draftKept = true;
  try {
    const text = storage.getItem(record.draftKey);
    // Unreadable, or changed since the send: kept.
    draftKept = text !== null && !(savedAtOf(text) <= record.savedAt);
    if (!draftKept) storage.removeItem(record.draftKey);
    storage.removeItem(sentKey(link));
  } catch {
    // Storage refused: whatever is there stays.
  }
  return { draftKept };
}

/** A stored draft's `savedAt`, or `Infinity` when it cannot be read (so it is never taken as unchanged). */
function savedAtOf(text: string): number {
  try {
    const savedAt = (JSON.parse(text) as { savedAt?: unknown } | null)?.savedAt;
    return typeof savedAt === 'number' ? savedAt : Infinity;
  } catch {
    return Infinity;
  }
}
