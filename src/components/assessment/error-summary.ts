import { html, nothing } from 'lit';
import type { AssessmentView } from './view.js';

/**
 * The NHS error summary with a link to each field (the shared `renderErrorSummary` lists JSON
 * paths; this one links to answers). Links move focus inside the shadow root.
 */
export function renderPageErrors(view: AssessmentView) {
  if (!view.errors.length) return nothing;
  return html`
    <div class="error-summary" part="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
      <h2 class="error-summary__title" id="error-summary-title">There is a problem</h2>
      <ul class="error-summary__list">
        ${view.errors.map(
          (error) => html`<li>
            <a
              href="#${error.targetId}"
              @click=${(event: Event) => {
                event.preventDefault();
                view.actions.focusField(error.targetId);
              }}
              >${error.message}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  `;
}
