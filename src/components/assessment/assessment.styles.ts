import { css } from 'lit';
import { nhsPageStyles } from '../../styles/page.js';

export const assessmentStyles = [
  ...nhsPageStyles,
  css`
    :host {
      display: block;
      max-width: 44em;
    }
    :host([hidden]) {
      display: none;
    }
    .assessment {
      overflow-wrap: anywhere;
    }
    .caption {
      margin: 0 0 4px;
      color: var(--_color-secondary-text);
    }
    .lede {
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .item {
      padding-bottom: var(--_space);
      border-bottom: 1px solid var(--_color-grey-4);
    }
    .error-summary__list a {
      color: var(--_color-error);
      font-weight: 600;
    }
    .error-summary__list a:focus-visible {
      color: var(--_color-focus-text);
      background: var(--_color-focus);
      text-decoration: none;
    }
    .supplementary {
      margin: var(--_space) 0;
      padding: var(--_space);
      border: 2px dashed var(--_color-border);
    }
    .supplementary__label {
      margin-top: 0;
      font-weight: 600;
    }
    .supplementary__source {
      color: var(--_color-secondary-text);
      margin-bottom: 0;
    }
    .summary-list {
      margin: 0 0 var(--_space);
      padding: 0;
    }
    .summary-list__row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1.4fr) auto;
      gap: 4px var(--_space);
      padding: 8px 0;
      border-bottom: 1px solid var(--_color-grey-4);
    }
    .summary-list__key {
      font-weight: 600;
    }
    .summary-list__value,
    .summary-list__actions {
      margin: 0;
    }
    .summary-list__actions {
      text-align: end;
    }
    @media (min-width: 40.0625em) {
      .summary-list__actions .link-button {
        /* Keep the 44 px target but line the text up with the row's first line. */
        margin-top: -11px;
      }
    }
    .comment-text {
      display: block;
      color: var(--_color-secondary-text);
    }
    .missing {
      color: var(--_color-error);
      font-weight: 600;
    }
    .form-group {
      margin: var(--_space) 0;
    }
    .form-group--error {
      border-inline-start: 4px solid var(--_color-error);
      padding-inline-start: var(--_space);
    }
    .fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .fieldset__legend {
      margin-bottom: 8px;
      font-size: 1.25rem;
      font-weight: 600;
    }
    .error-message {
      margin: 0 0 8px;
      color: var(--_color-error);
      font-weight: 600;
    }
    .radios__item {
      position: relative;
      display: grid;
      grid-template-columns: 44px 1fr;
      align-items: center;
      margin-bottom: 8px;
    }
    .radios__input {
      width: 40px;
      height: 40px;
      margin: 2px;
      accent-color: var(--_color-text);
      cursor: pointer;
    }
    .radios__label {
      padding: 8px;
      cursor: pointer;
    }
    .radios__hint {
      grid-column: 2;
      margin: -8px 0 0;
      padding: 0 8px;
      color: var(--_color-secondary-text);
    }
    .panel {
      margin-bottom: var(--_space);
      padding: var(--_space);
      background: var(--_color-button);
      color: #ffffff;
    }
    .panel__title {
      margin: 0;
    }
    .status {
      color: var(--_color-secondary-text);
    }
    @media (max-width: 40em) {
      .summary-list__row {
        grid-template-columns: 1fr;
      }
      .summary-list__actions {
        text-align: start;
      }
    }
    @media (forced-colors: active) {
      .button,
      .button--secondary {
        border-color: ButtonText;
      }
      .warning,
      .panel,
      .inset {
        border: 2px solid CanvasText;
      }
      .form-group--error {
        border-color: CanvasText;
      }
    }
  `,
];
