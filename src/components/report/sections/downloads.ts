import { html } from 'lit';
import type { AggregateResult } from '../../../core/aggregate.js';
import { reportDownloads, type ReportTable } from '../../../core/report-tables.js';
import { once } from '../derived.js';

/** The CSV downloads: one button per table, and the comments when there are any. A table is built when its button is pressed. */
export function renderDownloads(result: AggregateResult, download: (table: ReportTable) => void) {
  return html`
    <section part="downloads" class="section section--deferred downloads" aria-labelledby="downloads">
      <h3 id="downloads">Download the tables</h3>
      <p>CSV files open in a spreadsheet. They hold the same figures as the tables above${result.comments.length ? ', and the comments' : ''}.</p>
      <ul class="download-list">
        ${once(result, 'downloads', () => reportDownloads(result)).map((entry) => html`<li><button type="button" class="button" @click=${() => download(entry.table())}>
          Download ${entry.caption.toLowerCase()} (CSV)</button></li>`)}
      </ul>
    </section>
  `;
}
