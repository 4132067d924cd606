/** The programme map's coverage tables: what each module covers, and the items no module covers. */
import { html, type TemplateResult } from 'lit';
import type { ProgrammeCoverage } from '../../core/programme.js';
import { programmeHeading } from './programme-heading.js';

export function renderModules(coverage: ProgrammeCoverage, level: number): TemplateResult {
  return html`
    ${programmeHeading(level, 'What each module covers', 'modules-heading')}
    <div class="table-wrap">
      <table part="modules" class="modules" aria-labelledby="modules-heading">
        <thead><tr><th scope="col">Module</th><th scope="col">Items it covers</th></tr></thead>
        <tbody>
          ${coverage.modules.map((entry) => html`
            <tr>
              <th scope="row">
                ${entry.module.title}
                <span class="description">${entry.module.description}</span>
              </th>
              <td>
                <span class="count">${entry.items.length === 1 ? '1 item' : `${entry.items.length} items`}</span>
                ${entry.items.length
                  ? html`<ul>${entry.items.map((item) => html`<li>${item.label} <span class="secondary">(${item.theme.title}, ${item.item.kind})</span></li>`)}</ul>`
                  : html`<p>None yet.</p>`}
              </td>
            </tr>
          `)}
        </tbody>
      </table>
    </div>
  `;
}

export function renderGaps(coverage: ProgrammeCoverage, level: number): TemplateResult {
  const byTheme = coverage.themes.filter((theme) => theme.hasItems && theme.items.some((entry) => !entry.modules.length));
  return html`
    <div part="gaps">
      ${programmeHeading(level, 'Items no module covers', 'gaps-heading')}
      ${coverage.uncovered.length
        ? byTheme.map((theme) => html`
            <p class="gap-theme">${theme.theme.title} (${theme.items.length - theme.covered} of ${theme.items.length})</p>
            <ul>${theme.items.filter((entry) => !entry.modules.length).map((entry) => html`<li>${entry.label} <span class="secondary">(${entry.item.kind})</span></li>`)}</ul>
          `)
        : html`<p>Every item of the framework is covered by at least one module.</p>`}
      ${coverage.themesWithoutItems.map((theme) => html`
        <p class="inset">
          <strong>${theme.title}:</strong> the framework names this theme but gives no behaviours or qualities for it,
          so no module can be mapped to it. ${theme.statusNote ?? ''}
        </p>
      `)}
    </div>
  `;
}
