import { html, nothing } from 'lit';
import type { AggregateResult } from '../../../core/aggregate.js';
import type { Problem } from '../../../core/types.js';
import { renderErrorSummary } from '../../../templates/error-summary.js';

/** Files that could not be used (an NHS error summary naming each file and path), and those left out as repeats. */
export function renderRejected(result: AggregateResult) {
  const errors = result.rejected.filter((r) => r.kind === 'invalid' || r.kind === 'other-assessment');
  const notices = result.rejected.filter((r) => r.kind === 'duplicate' || r.kind === 'second-self');
  const problems: Problem[] = errors.flatMap((r) =>
    r.problems.map((p) => ({ path: `${r.name} ${p.path ? `at ${p.path}` : '(whole file)'}`, message: p.message })));
  return html`
    ${errors.length
      ? renderErrorSummary({
          id: 'report-error-title',
          title: errors.length === 1 ? '1 file could not be used' : `${errors.length} files could not be used`,
          description: `These files were left out. The report uses the other ${result.used} ${result.used === 1 ? 'response' : 'responses'}. Fix or replace each file and add it again.`,
          problems,
        })
      : nothing}
    ${notices.length
      ? html`<div class="inset" role="note">
          <p>Left out so nothing is counted twice:</p>
          <ul>${notices.map((r) => html`<li><span class="file">${r.name}</span>: ${r.problems[0]?.message}</li>`)}</ul>
        </div>`
      : nothing}
  `;
}
