import type { AssessmentView, Page } from '../view.js';
import { renderCheckPage } from './check.js';
import { renderConfirmationPage } from './confirmation.js';
import { renderStartPage } from './start.js';
import { renderThemePage } from './theme.js';

/** The template of each page of the questionnaire. */
export function renderPage(page: Page, view: AssessmentView) {
  switch (page.kind) {
    case 'start':
      return renderStartPage(view);
    case 'theme':
      return renderThemePage(view, Math.min(page.index, view.framework.themes.length - 1));
    case 'check':
      return renderCheckPage(view);
    case 'confirmation':
      return renderConfirmationPage(view);
  }
}
