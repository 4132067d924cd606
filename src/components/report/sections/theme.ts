import { html } from 'lit';
import type { AggregateResult, ThemeResult } from '../../../core/aggregate.js';
import { itemsTable } from '../../../core/report-tables.js';
import { once } from '../derived.js';
import { renderComments } from './comments.js';
import { renderTable } from './table.js';

/**
 * One theme: its item table and comments. A theme with nothing to rate is a short note, and does
 * not start a printed page of its own.
 */
export function renderTheme(result: AggregateResult, theme: ThemeResult) {
  const empty = theme.items.length === 0;
  return html`
    <section part="section" class="section theme ${empty ? 'theme--empty' : 'section--deferred'}" aria-labelledby="theme-${theme.themeId}">
      <h3 id="theme-${theme.themeId}">${theme.title}</h3>
      ${empty
        ? html`<p>${theme.statusNote ?? 'This theme has nothing to rate.'} It has no score.</p>`
        : html`${once(result, `items-${theme.themeId}`, () => renderTable(itemsTable(result, theme.themeId), `table-items-${theme.themeId}`))}
            ${once(result, `comments-${theme.themeId}`, () => renderComments(result, theme.themeId))}`}
    </section>
  `;
}
