/**
 * What `<lpc-360-setup>` shows once the 360 is set up: the confirmation, the warning that the links
 * are shown only this once, the CSV download, and every link with a copy button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SetupResult } from '../../client/collector-types.js';
import { longDate } from '../../core/local-date.js';
import type { LinkRow } from '../../utils/links.js';

export interface LinksView {
  result: SetupResult;
  rows: LinkRow[];
  /** The page attributes the host left out (their links are the token alone). */
  missingPages: string[];
  copyStatus: string;
  onCopy: (row: LinkRow, index: number) => void;
  onDownload: () => void;
}

/** The leader's and the facilitator's own links have no ref worth showing; a rater's has. */
const isOwnLink = (row: LinkRow) => row.group === 'leader' || row.group === 'facilitator';

/** What the status line says once a link is copied, or when the browser would not copy it. */
export function copyMessage(row: LinkRow, how: 'copied' | 'selected'): string {
  return how === 'copied'
    ? `Link for ${row.label}${isOwnLink(row) ? '' : ` (${row.ref})`} copied.`
    : 'The link is selected: press Control and C (Command and C on a Mac) to copy it.';
}

function renderLink(row: LinkRow, index: number, onCopy: LinksView['onCopy']): TemplateResult {
  const name = isOwnLink(row) ? row.label : `${row.label}: ${row.ref}`;
  return html`<li class="link-item">
    <label class="label" for="link-${index}">${name}${row.contact ? html` <span class="hint">(${row.contact})</span>` : nothing}</label>
    <div class="link-item__row">
      <input class="input" id="link-${index}" type="text" readonly .value=${row.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <button class="button button--secondary button--small" type="button" @click=${() => onCopy(row, index)}>
        Copy <span class="visually-hidden">the link for ${name}</span>
      </button>
    </div>
  </li>`;
}

export function renderLinks({ result, rows, missingPages, copyStatus, onCopy, onDownload }: LinksView): TemplateResult {
  const own = rows.filter((row) => row.group === 'facilitator');
  const leader = rows.filter((row) => row.group === 'leader');
  const raters = rows.filter((row) => !isOwnLink(row));
  // Link ids count on through the three lists, in the order shown.
  let index = 0;
  const list = (shown: LinkRow[]) => html`<ul class="link-list">${shown.map((row) => renderLink(row, index++, onCopy))}</ul>`;
  return html`
    <div class="panel" part="panel">
      <h2 id="result-heading" class="page-heading" tabindex="-1">The 360 for ${result.leaderName} is set up</h2>
      <p>People can respond until the end of ${longDate(result.closesOn)}.</p>
    </div>
    <div class="warning">
      <h3 class="warning__title"><span class="visually-hidden">Important: </span>Keep these links now</h3>
      <p>
        They are shown only this once: the collector keeps no copy it could show again. Anyone with a link can use it, so send each
        one only to its person.
      </p>
    </div>
    ${missingPages.length
      ? html`<p class="inset">This page was given no page address for ${missingPages.join(', ')}, so those links show the token alone.</p>`
      : nothing}
    <button class="button" type="button" part="download" @click=${onDownload}>Download the links for a mail merge (CSV)</button>
    <p class="hint">The file has the leader's links and one row per rater (group, ref, link, contact). Your own link is not in it.</p>
    <p class="status" role="status" aria-live="polite">${copyStatus}</p>
    <div part="links">
      <h3>Your link (facilitator)</h3>
      <p class="hint">To see who has responded, change the closing date, close the 360 and release the report. Keep it to yourself.</p>
      ${list(own)}
      <h3>Links for ${result.leaderName}</h3>
      ${list(leader)}
      <h3>Links for raters (${raters.length})</h3>
      <p class="hint">Each link works once. The ref (such as peer-1) is only for your mail merge: it is never kept with anyone's answers.</p>
      ${list(raters)}
    </div>
  `;
}
