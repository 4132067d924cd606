/** What the progress page shows before it has a 360: the load failed, it has no link, or it is loading. */
import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../core/types.js';
import { renderErrorSummary } from '../../templates/error-summary.js';

export function renderUnloaded(loadProblems: readonly Problem[], hasLink: boolean, onRetry: () => void): TemplateResult {
  if (loadProblems.length) {
    return renderErrorSummary({
      id: 'progress-errors',
      title: 'The 360 could not be loaded',
      description: html`Check that you opened the whole facilitator link. <button class="link-button" type="button" @click=${onRetry}>Try again</button>`,
      messages: loadProblems.map((p) => p.message),
    });
  }
  if (!hasLink) {
    return renderErrorSummary({
      id: 'progress-errors',
      title: 'This page needs your facilitator link',
      description: 'Open the facilitator link you were given when the 360 was set up.',
    });
  }
  return html`<p class="status" role="status">Loading the 360…</p>`;
}
