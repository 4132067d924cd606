/**
 * The progress page's two tables: responses by group (counts only), and the links not used yet
 * (refs and contacts, for reminders). Every value is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Progress, UnusedInvitation } from '../../client/collector-types.js';

/** A group's name as the facilitator set it up (`fallback`, then the framework's name, when it is not known). */
export type GroupName = (id: string, fallback?: string) => string;

export function renderGroupsTable(progress: Progress, groupName: GroupName): TemplateResult {
  return html`<div class="table-region" part="groups" role="region" aria-labelledby="groups-caption" tabindex="0">
    <table>
      <caption id="groups-caption">Responses by group</caption>
      <thead>
        <tr><th scope="col">Group</th><th scope="col" class="numeric">Responded</th><th scope="col" class="numeric">Invited</th></tr>
      </thead>
      <tbody>
        ${progress.groups.map(
          (group) => html`<tr>
            <th scope="row">${groupName(group.id, group.label)}</th>
            <td class="numeric">${group.responded}</td>
            <td class="numeric">${group.invited}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr><th scope="row">All raters</th><td class="numeric">${progress.responded}</td><td class="numeric">${progress.invited}</td></tr>
      </tfoot>
    </table>
  </div>`;
}

/** The links not used yet, while the 360 is not released (nothing to remind anyone of after). */
export function renderUnused(unused: readonly UnusedInvitation[] | undefined, progress: Progress, groupName: GroupName): TemplateResult | typeof nothing {
  if (!unused || progress.status === 'released') return nothing;
  return html`<h3>Links not used yet</h3>
    ${unused.length
      ? html`<p class="hint">For reminders. The links themselves are not kept: send them again from the CSV you saved when you set up the 360.</p>
          <div class="table-region" part="unused" role="region" aria-labelledby="unused-caption" tabindex="0">
            <table>
              <caption id="unused-caption">${unused.length} ${unused.length === 1 ? 'link' : 'links'} not used yet</caption>
              <thead><tr><th scope="col">Ref</th><th scope="col">Group</th><th scope="col">Contact</th></tr></thead>
              <tbody>
                ${unused.map(
                  (link) => html`<tr>
                    <td>${link.ref}</td>
                    <td>${groupName(link.group)}</td>
                    <td>${link.contact ?? html`<span class="hint">None given</span>`}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      : html`<p>Every rater's link has been used.</p>`}`;
}
