import { html, nothing } from 'lit';
import { renderErrorSummary } from '../../../templates/error-summary.js';
import type { CollectorReport } from '../collector-source.js';

/**
 * What the leader sees before the figures: loading, the "not ready" page before release (with how
 * many have responded), or what went wrong.
 */
export function renderCollectorState(report: CollectorReport, retry: () => void) {
  switch (report.state) {
    case 'idle':
    case 'released':
      return nothing;
    case 'loading':
      return html`<p class="status" role="status">Loading your report.</p>`;
    case 'not-released':
      return html`
        <section part="section" class="section not-ready" aria-labelledby="not-ready">
          <h3 id="not-ready">Your report is not ready yet</h3>
          <p>The person running your 360 releases the report after it closes. Come back to this link then.</p>
          <p role="status">So far ${report.responded} of ${report.invited} invited ${report.invited === 1 ? 'rater has' : 'raters have'} responded.
            ${report.self ? 'You have sent your own answers.' : 'You have not sent your own answers yet.'}</p>
        </section>`;
    case 'failed':
      return html`
        ${renderErrorSummary({ id: 'report-load-error', title: 'Your report could not be shown', problems: report.problems })}
        ${report.retry ? html`<button type="button" class="button" @click=${retry}>Try again</button>` : nothing}`;
  }
}
