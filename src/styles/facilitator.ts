import { css } from 'lit';
import { nhsPageStyles } from './page.js';

/**
 * NHS.UK form, table and panel styles for the facilitator pages (`<lpc-360-setup>`,
 * `<lpc-360-progress>`); buttons, inset text and the warning callout are the shared ones (styles/nhs.ts).
 */
export const facilitatorStyles = [
  ...nhsPageStyles,
  css`
    :host {
      display: block;
      max-width: 48em;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    p {
      margin: 0 0 var(--_space);
    }
    .hint {
      margin: 0 0 8px;
      color: var(--_color-secondary-text);
    }
    .form-group {
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .form-group--error {
      border-inline-start: 4px solid var(--_color-error);
      padding-inline-start: var(--_space);
    }
    .label {
      display: block;
      margin: 0 0 4px;
      font-weight: 600;
    }
    .fieldset {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .fieldset__legend {
      margin-bottom: 8px;
      padding: 0;
      font-size: 1.3rem;
      font-weight: 600;
    }
    .error-message {
      margin: 0 0 8px;
      color: var(--_color-error);
      font-weight: 600;
    }
    .input,
    .textarea {
      box-sizing: border-box;
      min-height: 44px;
      max-width: 100%;
      padding: 4px 8px;
      border: 2px solid var(--_color-border);
      border-radius: 0;
      background: var(--_color-surface);
      color: var(--_color-text);
      font: inherit;
    }
    .input {
      width: 100%;
    }
    .input--number {
      width: 6em;
    }
    .input--date {
      width: 12em;
    }
    .textarea {
      width: 100%;
      min-height: 5em;
    }
    .input--error,
    .textarea--error {
      border-color: var(--_color-error);
    }
    .input:focus-visible,
    .textarea:focus-visible {
      outline: 4px solid var(--_color-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_color-focus-text);
      border-color: var(--_color-focus-text);
    }
    .input[readonly] {
      background: var(--_color-background);
    }
    .checkbox {
      display: grid;
      grid-template-columns: 44px 1fr;
      align-items: center;
      gap: 8px;
    }
    .checkbox input {
      width: 40px;
      height: 40px;
      margin: 2px;
      accent-color: var(--_color-text);
    }
    .group-row {
      margin: 0 0 var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_color-grey-4);
      background: var(--_color-surface);
    }
    .group-row__fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_space) * 1.5);
    }
    .group-row__fields > .form-group {
      margin-bottom: var(--_space);
    }
    .group-row__name {
      margin: 0 0 8px;
      font-size: 1.15rem;
    }
    details {
      margin: 0 0 8px;
    }
    .group-row details {
      margin: 0;
    }
    summary {
      display: inline-block;
      min-height: 44px;
      padding: 8px 4px;
      color: var(--_color-link);
      text-decoration: underline;
      cursor: pointer;
    }
    summary:focus-visible {
      background: var(--_color-focus);
      color: var(--_color-focus-text);
      text-decoration: none;
    }
    .details__text {
      padding: 8px 0 0 var(--_space);
      border-inline-start: 4px solid var(--_color-grey-4);
    }
    .button--warning {
      background: var(--_color-error);
      box-shadow: 0 4px 0 #6b140e;
    }
    .button--small {
      margin: 0;
      padding: 6px 12px;
    }
    a {
      color: var(--_color-link);
    }
    a:focus-visible {
      background: var(--_color-focus);
      color: var(--_color-focus-text);
      text-decoration: none;
      outline: 4px solid transparent;
      box-shadow: 0 -2px var(--_color-focus), 0 4px var(--_color-focus-text);
    }
    .panel {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: var(--_space);
      background: var(--_color-button);
      color: #ffffff;
    }
    .panel h2 {
      margin: 0 0 8px;
    }
    .panel p {
      margin: 0;
    }
    .tag {
      display: inline-block;
      padding: 2px 8px;
      border: 1px solid currentColor;
      font-weight: 600;
    }
    .tag--open {
      color: #00401e;
      background: #cce5d8;
    }
    .tag--closed {
      color: #212b32;
      background: #d8dde0;
    }
    .tag--released {
      color: #002f5c;
      background: #cce0f1;
    }
    .table-region {
      overflow-x: auto;
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    .table-region:focus-visible {
      outline: 4px solid var(--_color-focus);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      /* Words stay whole in cells (the region scrolls if a table cannot fit), unlike the page's text. */
      overflow-wrap: break-word;
    }
    caption {
      margin-bottom: 8px;
      font-weight: 600;
      font-size: 1.15rem;
      text-align: start;
    }
    th,
    td {
      padding: 8px 16px 8px 0;
      border-bottom: 1px solid var(--_color-grey-4);
      text-align: start;
      vertical-align: top;
    }
    .numeric {
      text-align: end;
    }
    .link-list {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      list-style: none;
    }
    .link-item {
      padding: 12px 0;
      border-bottom: 1px solid var(--_color-grey-4);
    }
    .link-item__row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .link-item__row .input {
      flex: 1 1 14em;
      font-family: monospace;
    }
    .status {
      min-height: 1.5em;
      color: var(--_color-secondary-text);
    }
    @media (forced-colors: active) {
      .panel,
      .tag {
        border: 2px solid CanvasText;
      }
      .form-group--error {
        border-color: CanvasText;
      }
    }
    @media print {
      .button,
      .button-group {
        display: none;
      }
    }
  `,
];
