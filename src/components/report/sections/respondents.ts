import { html } from 'lit';
import type { AggregateResult } from '../../../core/aggregate.js';
import { respondentsTable } from '../../../core/report-tables.js';
import { once } from '../derived.js';
import { renderTable } from './table.js';

/** Who responded: the response rate and the table of groups. */
export function renderRespondents(result: AggregateResult) {
  const { respondents } = result;
  const rate = respondents.responseRate !== undefined
    ? html`<p>${respondents.raters} of ${respondents.invited} invited raters responded (${Math.round(respondents.responseRate * 100)}%).</p>`
    : html`<p>${respondents.raters} ${respondents.raters === 1 ? 'rater' : 'raters'} responded${respondents.self ? ', and you answered about yourself' : ''}.</p>`;
  return html`
    <section part="section" class="section" aria-labelledby="who">
      <h3 id="who">Who responded</h3>
      ${rate}
      ${once(result, 'respondents', () => renderTable(respondentsTable(result), 'table-respondents'))}
      <p class="hint">Groups smaller than their minimum are never shown on their own, so nobody can work out one person's answers.</p>
    </section>
  `;
}
