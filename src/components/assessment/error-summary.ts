import { nothing } from 'lit';
import { renderErrorSummary } from '../../templates/error-summary.js';
import type { AssessmentView } from './view.js';

/** The NHS error summary of a page, with a link to each unanswered field. */
export function renderPageErrors(view: AssessmentView) {
  if (!view.errors.length) return nothing;
  return renderErrorSummary({
    id: 'error-summary-title',
    title: 'There is a problem',
    links: view.errors.map((error) => ({
      text: error.message,
      targetId: error.targetId,
      onActivate: () => view.actions.focusField(error.targetId),
    })),
  });
}
