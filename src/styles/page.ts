import { css } from 'lit';
import { insetTextStyles, linkButtonStyles, nhsButtonStyles, pageHeadingStyles, warningCalloutStyles } from './nhs.js';
import { errorSummaryStyles, focusStyles, tokens, visuallyHidden } from './tokens.js';

/**
 * The shared base of an element that is a page of NHS.UK content with forms (the assessment, the
 * facilitator pages): tokens, focus, hidden text, the error summary, buttons, inset text, the
 * warning callout and page headings. Each element adds its own rules after these.
 */
export const nhsPageStyles = [
  tokens,
  focusStyles,
  visuallyHidden,
  errorSummaryStyles,
  nhsButtonStyles,
  linkButtonStyles,
  insetTextStyles,
  warningCalloutStyles,
  pageHeadingStyles,
];

/**
 * The shared base of a block element with a title (`.title`, a heading by role) that shows results
 * with buttons and notes: the development plan and the cohort report. Long words and links wrap
 * rather than widen the page.
 */
export const titledBlockStyles = [
  tokens,
  focusStyles,
  errorSummaryStyles,
  nhsButtonStyles,
  insetTextStyles,
  css`
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    .title {
      margin: 0 0 var(--_space);
      font-size: 1.75rem;
      font-weight: 600;
      line-height: 1.25;
    }
  `,
];
