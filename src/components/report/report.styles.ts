import { css } from 'lit';
import { errorSummaryStyles, focusStyles, tokens, visuallyHidden } from '../../styles/tokens.js';
import { dataTableStyles } from '../../charts/data-table.js';
import { insetTextStyles, nhsButtonStyles, warningCalloutStyles } from '../../styles/nhs.js';

export const reportStyles = [
  tokens,
  focusStyles,
  visuallyHidden,
  errorSummaryStyles,
  dataTableStyles,
  nhsButtonStyles,
  insetTextStyles,
  warningCalloutStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .title {
      margin: 0 0 var(--_space);
      font-size: 1.75rem;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.375rem;
      margin: 0 0 12px;
    }
    h4 {
      font-size: 1.125rem;
      margin: var(--_space) 0 8px;
    }
    .section {
      margin: 0 0 calc(var(--_space) * 2);
    }
    /* Sections below the first screen are laid out and painted when they come near the viewport
       (they stay in the accessibility tree and find-in-page), so a long report shows sooner. */
    .section--deferred {
      content-visibility: auto;
      /* About the height of a theme's table with its comments, until the real height is known. */
      contain-intrinsic-size: auto 1000px;
      /* content-visibility clips painting to the section: leave room for the focus ring. */
      overflow-clip-margin: 12px;
    }
    .downloads {
      contain-intrinsic-size: auto 150px;
    }
    /* Containment stops the last child's margin (and its last item's) collapsing into the
       section's: drop them instead, so the spacing stays as it was. */
    .section--deferred > :last-child,
    .section--deferred > .comments:last-child > li:last-child {
      margin-bottom: 0;
    }
    .status,
    .hint {
      color: var(--_color-secondary-text);
    }
    .file {
      font-family: monospace;
    }
    .upload {
      border: 2px dashed var(--_color-border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .upload--dragging {
      border-color: var(--_color-primary);
      background: #e8f1f8;
    }
    .upload__label {
      display: block;
      font-weight: 600;
      font-size: 1.125rem;
    }
    .upload__hint {
      margin: 4px 0 8px;
      color: var(--_color-secondary-text);
    }
    .upload__input {
      min-height: 44px;
      max-width: 100%;
      font: inherit;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
      gap: 0 calc(var(--_space) * 2);
    }
    .item-name {
      font-weight: 600;
    }
    ul,
    ol {
      padding-left: 24px;
    }
    li {
      margin-bottom: 6px;
      overflow-wrap: anywhere;
    }
    .comment-item {
      font-weight: 600;
      margin: 12px 0 4px;
    }
    .comments {
      margin-top: 0;
    }
    .comment-from {
      color: var(--_color-secondary-text);
    }
    .file-details summary {
      color: var(--_color-link);
      cursor: pointer;
      text-decoration: underline;
      padding: 10px 0;
    }
    .file-list {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
    }
    .file-list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding: 4px 0;
      border-bottom: 1px solid var(--_color-grey-4);
    }
    .file-status {
      color: var(--_color-secondary-text);
    }
    .download-list {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .download-list .button {
      margin: 0;
    }
    .file-list .button {
      margin: 0 0 0 auto;
    }
    lpc-radar-chart,
    lpc-gap-chart {
      margin: 0 0 var(--_space);
    }
    @media (forced-colors: active) {
      .upload--dragging {
        border-color: Highlight;
      }
    }
    @media print {
      .upload,
      .files,
      .downloads,
      .hint {
        display: none;
      }
      /* A theme starts a page, unless it is a short note (a theme with nothing to rate). */
      .theme:not(.theme--empty) {
        break-before: page;
      }
      /* "Comments" and its first item never end a page without what follows. */
      .keep-together,
      h3,
      h4,
      .comment-item {
        break-inside: avoid;
        break-after: avoid;
      }
      .section {
        break-inside: auto;
      }
      .section--deferred {
        content-visibility: visible;
      }
      lpc-radar-chart {
        break-inside: avoid;
      }
      .inset,
      .error-summary {
        border-color: #000;
      }
    }
  `,
];
