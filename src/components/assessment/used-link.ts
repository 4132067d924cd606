import { sendResponse, type CallOptions } from '../../client/collector.js';
import { browserStorage, type DraftStorage } from '../../core/drafts.js';
import { sentRecords, settleSent } from '../../core/drafts-sent.js';
import type { LinkState } from './collector-link.js';

export interface UsedLinkInput {
  collector: string;
  token: string;
  /** The draft key's link hash (`''` without Web Crypto: nothing was kept, so nothing to settle). */
  link: string;
  /** The host's `storage` (`undefined`: localStorage). */
  storage: DraftStorage | null | undefined;
  options: CallOptions;
}

/**
 * The collector says this link was used. If this browser sent with it (and kept the body), the
 * same body is sent again: a `201` confirms those answers were received, and only then is the
 * draft removed. Otherwise the answers saved here (if any) stay where they are.
 */
export async function settleUsedLink({ collector, token, link, storage, options }: UsedLinkInput): Promise<LinkState> {
  const area = storage === undefined ? browserStorage() : storage;
  const records = link && area ? sentRecords(area, link) : [];
  for (const record of records) {
    const answer = await sendResponse(collector, token, record.response, options);
    if (answer.ok) return { status: 'received', draftKept: settleSent(area!, link, record).draftKept };
    if (answer.kind !== 'http' || answer.status === 429 || (answer.status ?? 0) >= 500) {
      // No verdict (offline, busy, database down): keep everything and offer "Try again".
      return { status: 'unreachable', message: answer.problems.map((p) => p.message).join(' ') };
    }
  }
  return { status: 'refused', reason: 'used', message: 'This link has already been used.', kept: records.length > 0 };
}
