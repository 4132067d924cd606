import { html, nothing, type TemplateResult } from 'lit';
import { changeTables, type ChangeResult } from '../../../core/change.js';
import { renderTable } from './table.js';

/**
 * "Since your last 360": the change from the leader's previous 360, per theme and per item, with both
 * counts. Says plainly that the raters may differ between the rounds, and that a change smaller
 * than the scale's resolution is not a clear change. Only figures shown in both reports appear.
 */
export function renderChange(change: ChangeResult): TemplateResult {
  const step = `${change.resolution} ${change.resolution === 1 ? 'point' : 'points'}`;
  const planned = change.items.filter((i) => i.inPreviousPlan);
  return html`
    <section part="section" class="section change" aria-labelledby="change-heading">
      <h3 id="change-heading">Since your last 360</h3>
      ${change.problems.length
        ? html`<div class="inset" role="note">${change.problems.map((p) => html`<p>${p.message}</p>`)}</div>`
        : html`
            <div class="inset" role="note">
              <p>
                This compares your figures with your previous 360: ${change.raters.previous}
                ${change.raters.previous === 1 ? 'rater' : 'raters'} then, ${change.raters.current} now.
                <strong>The raters may not be the same people in both rounds</strong>, so a change can come from who
                answered as well as from what you did.
              </p>
              <p>
                A change of less than ${step} on the scale is shown as "No clear change". Only figures shown in
                both reports are compared; a figure hidden in either is not.
              </p>
            </div>
            ${planned.length
              ? html`<p>Items of the plan you made after your last 360: ${planned.map((i, n) => html`${n ? '; ' : ''}<span class="item-name">${i.label}</span>`)}.</p>`
              : nothing}
            ${changeTables(change).map((table) => renderTable(table, `table-${table.id}`))}
          `}
    </section>
  `;
}
