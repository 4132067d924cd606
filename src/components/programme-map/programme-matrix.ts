/** The programme map's matrix: modules against the framework's themes and items, a checkbox per cell when editable. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProgrammeCoverage } from '../../core/programme.js';
import type { Programme, ProgrammeModule } from '../../core/types.js';
import { programmeHeading } from './programme-heading.js';

export interface MatrixView {
  programme: Programme;
  coverage: ProgrammeCoverage;
  level: number;
  editable: boolean;
  toggle: (module: ProgrammeModule, itemId: string, event: Event) => void;
  /** The editing grid's keyboard (one tab stop, arrow keys between boxes) and focus, for the roving-focus controller. */
  keydown: (event: KeyboardEvent) => void;
  focusin: (event: FocusEvent) => void;
}

export function renderMatrix({ programme, coverage, level, editable, toggle, keydown, focusin }: MatrixView): TemplateResult {
  const columns = programme.modules.length + 1;
  return html`
    ${programmeHeading(level, 'Modules against themes and items', 'matrix-heading')}
    ${editable
      ? html`<p class="hint" id="matrix-hint">Tick a box to say a module covers an item; clear it to say it does not. Use the arrow keys to move between boxes (Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the first and last box) and Space or Enter to tick or clear one.</p>`
      : nothing}
    <div class="table-wrap">
      <table part="matrix" class="matrix" aria-labelledby="matrix-heading"
        role=${editable ? 'grid' : nothing} aria-describedby=${editable ? 'matrix-hint' : nothing}
        @keydown=${editable ? keydown : nothing} @focusin=${editable ? focusin : nothing}>
        <thead>
          <tr>
            <th scope="col">Theme and item</th>
            ${programme.modules.map((module) => html`<th scope="col">${module.title}</th>`)}
          </tr>
        </thead>
        ${coverage.themes.map((theme) => html`
          <tbody>
            <tr class="theme-row">
              <th scope="rowgroup" colspan=${columns}>
                ${theme.theme.title}
                <span class="secondary">${theme.hasItems ? `${theme.covered} of ${theme.items.length} items covered` : 'no items in the framework'}</span>
              </th>
            </tr>
            ${theme.hasItems
              ? theme.items.map((entry, row) => {
                  const rowId = `row-${theme.theme.id}-${row}`;
                  return html`
                    <tr>
                      <th scope="row" id=${rowId}>
                        <span class="kind">${entry.item.kind === 'behaviour' ? 'Behaviour' : 'Quality'}</span>
                        ${entry.label}
                      </th>
                      ${programme.modules.map((module) => {
                        const covered = entry.modules.includes(module.id);
                        return html`<td>
                          ${editable
                            ? html`<label class="cell">
                                <input
                                  type="checkbox"
                                  tabindex="-1"
                                  .checked=${covered}
                                  aria-describedby=${rowId}
                                  @change=${(event: Event) => toggle(module, entry.item.id, event)}
                                />
                                <span class="cell__module">${module.title}</span>
                              </label>`
                            : html`<span class="mark ${covered ? 'mark--yes' : 'mark--no'}">
                                <span class="cell__module">${module.title}: </span>${covered ? 'Covered' : html`<span aria-hidden="true">–</span><span class="visually-hidden">Not covered</span>`}
                              </span>`}
                        </td>`;
                      })}
                    </tr>
                  `;
                })
              : html`<tr><td colspan=${columns} class="no-items">${theme.theme.statusNote ?? 'The framework gives no items for this theme.'} There is nothing here for a module to cover.</td></tr>`}
          </tbody>
        `)}
      </table>
    </div>
  `;
}
