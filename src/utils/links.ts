/**
 * Capability links of a 360: building them, copying one, and the mail-merge CSV. A link carries its
 * token in the fragment (`…/rate.html#token=…`), which browsers never send to a server.
 */
import { groupLabel } from '../core/anonymity.js';
import { toCsv } from '../core/csv.js';
import type { SetupResult } from '../client/collector-types.js';

/** `page` (absolute, or relative to the host page) with `#token=…`; the token alone when there is no page. */
export function pageLink(page: string | undefined, token: string, base: string): string {
  if (!page) return token;
  const url = new URL(page, base);
  url.hash = `token=${encodeURIComponent(token)}`;
  return url.href;
}

export interface LinkRow {
  /** `leader-self`, `leader-report`, `facilitator` or a rater's ref (`peer-1`). */
  ref: string;
  /** A group id (`peer`), or `leader` / `facilitator`. */
  group: string;
  /** What the facilitator sees: "Peers", "Leader: self-assessment". */
  label: string;
  link: string;
  contact?: string | null;
}

export interface LinkPages {
  ratePage?: string;
  selfPage?: string;
  reportPage?: string;
  progressPage?: string;
  base: string;
}

/** Every link of a new 360, in the order they are shown: facilitator, leader, then raters by group. */
export function linkRows(result: SetupResult, pages: LinkPages, labels: Record<string, string>, contacts: Record<string, Array<string | null>> = {}): LinkRow[] {
  const { tokens } = result;
  const seen: Record<string, number> = {};
  return [
    { ref: 'facilitator', group: 'facilitator', label: 'Facilitator: progress and release', link: pageLink(pages.progressPage, tokens.facilitator, pages.base) },
    { ref: 'leader-self', group: 'leader', label: 'Leader: self-assessment', link: pageLink(pages.selfPage, tokens.leader, pages.base) },
    { ref: 'leader-report', group: 'leader', label: 'Leader: report (after release)', link: pageLink(pages.reportPage, tokens.leader, pages.base) },
    ...tokens.raters.map((rater) => {
      const index = (seen[rater.group] = (seen[rater.group] ?? -1) + 1);
      return {
        ref: rater.ref,
        group: rater.group,
        label: labels[rater.group] ?? groupLabel(rater.group),
        link: pageLink(pages.ratePage, rater.token, pages.base),
        contact: contacts[rater.group]?.[index] ?? null,
      };
    }),
  ];
}

/**
 * The CSV for a mail merge: the leader's links and one row per rater (group, ref, link, contact).
 * The facilitator's own link is left out: it is not for sending. Text cells that a spreadsheet
 * would run as a formula are made plain text (`csvCell`).
 */
export function linksCsv(rows: LinkRow[]): string {
  return toCsv(
    ['group', 'ref', 'link', 'contact'],
    rows.filter((row) => row.group !== 'facilitator').map((row) => [row.group, row.ref, row.link, row.contact ?? '']),
  );
}

/**
 * Copies `text` with the Clipboard API. When the browser refuses (no permission, not a secure
 * page), selects the text in `field` so the user can copy it with the keyboard. Returns which happened.
 */
export async function copyLink(text: string, field?: HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}

/** A file name from the leader's name: `360-links-sam-jones.csv`. */
export function linksFileName(leaderName: string): string {
  const slug = leaderName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `360-links${slug ? `-${slug}` : ''}.csv`;
}
