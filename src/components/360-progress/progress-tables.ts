/**
 * The progress page's two tables: responses by group (counts only), and the links not used yet
 * (refs and contacts, for reminders). Every value is rendered as text.
 *
 * They reflow as the data table behind every chart does (`src/charts/data-table.ts`): in a narrow
 * container (a phone at 320 px, or 200% text) each row becomes a block with one "Header: value"
 * line per cell (`data-label`), so nothing scrolls sideways. The explicit roles keep them tables
 * for assistive technology when their rows are laid out as blocks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { stackBelowEm } from '../../charts/data-table.js';
import type { Progress, UnusedInvitation } from '../../client/collector-types.js';

/** A group's name as the facilitator set it up (`fallback`, then the framework's name, when it is not known). */
export type GroupName = (id: string, fallback?: string) => string;

/** The counts table stays a table down to the data table's width for a name and two figures. */
export const GROUPS_STACK_BELOW_EM = stackBelowEm(3);
/**
 * The links table's three columns are words that cannot break (refs such as
 * `people-who-use-services-1`, email addresses), about 36em side by side: it needs the room the
 * data table gives eight columns of figures (45em).
 */
const UNUSED_STACK_BELOW_EM = stackBelowEm(8);

const GROUP_HEADERS = ['Group', 'Responded', 'Invited'] as const;
const UNUSED_HEADERS = ['Ref', 'Group', 'Contact'] as const;

interface TableParts {
  caption: string;
  headers: readonly string[];
  /** Columns of figures (aligned to the end while the table is a table). */
  numeric?: readonly boolean[];
  stackBelow: number;
  body: TemplateResult;
  foot?: TemplateResult;
}

function renderTable(part: string, { caption, headers, numeric = [], stackBelow, body, foot }: TableParts): TemplateResult {
  return html`<div class="table-region" part=${part} role="region" aria-labelledby="${part}-caption" tabindex="0">
    <div class="data-table fit-${stackBelow}">
      <table role="table">
        <caption id="${part}-caption">${caption}</caption>
        <thead role="rowgroup">
          <tr role="row">${headers.map((header, i) => html`<th scope="col" role="columnheader" class=${numeric[i] ? 'numeric' : nothing}>${header}</th>`)}</tr>
        </thead>
        <tbody role="rowgroup">${body}</tbody>
        ${foot ?? nothing}
      </table>
    </div>
  </div>`;
}

/** A row of counts: the name heads the row, each count is labelled with its column when rows stack. */
const countRow = (name: string, responded: number, invited: number) => html`<tr role="row">
  <th scope="row" role="rowheader">${name}</th>
  <td role="cell" class="numeric" data-label=${GROUP_HEADERS[1]}>${responded}</td>
  <td role="cell" class="numeric" data-label=${GROUP_HEADERS[2]}>${invited}</td>
</tr>`;

export function renderGroupsTable(progress: Progress, groupName: GroupName): TemplateResult {
  return renderTable('groups', {
    caption: 'Responses by group',
    headers: GROUP_HEADERS,
    numeric: [false, true, true],
    stackBelow: GROUPS_STACK_BELOW_EM,
    body: html`${progress.groups.map((group) => countRow(groupName(group.id, group.label), group.responded, group.invited))}`,
    foot: html`<tfoot role="rowgroup">${countRow('All raters', progress.responded, progress.invited)}</tfoot>`,
  });
}

/** The links not used yet, while the 360 is not released (nothing to remind anyone of after). */
export function renderUnused(unused: readonly UnusedInvitation[] | undefined, progress: Progress, groupName: GroupName): TemplateResult | typeof nothing {
  if (!unused || progress.status === 'released') return nothing;
  return html`<h3>Links not used yet</h3>
    ${unused.length
      ? html`<p class="hint">For reminders. The links themselves are not kept: send them again from the CSV you saved when you set up the 360.</p>
          ${renderTable('unused', {
            caption: `${unused.length} ${unused.length === 1 ? 'link' : 'links'} not used yet`,
            headers: UNUSED_HEADERS,
            stackBelow: UNUSED_STACK_BELOW_EM,
            body: html`${unused.map(
              (link) => html`<tr role="row">
                <td role="cell" data-label=${UNUSED_HEADERS[0]}>${link.ref}</td>
                <td role="cell" data-label=${UNUSED_HEADERS[1]}>${groupName(link.group)}</td>
                <td role="cell" data-label=${UNUSED_HEADERS[2]}>${link.contact ?? html`<span class="hint">None given</span>`}</td>
              </tr>`,
            )}`,
          })}`
      : html`<p>Every rater's link has been used.</p>`}`;
}
