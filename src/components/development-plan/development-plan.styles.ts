import { css } from 'lit';
import { titledBlockStyles } from '../../styles/page.js';

export const developmentPlanStyles = [
  ...titledBlockStyles,
  css`
    [role='heading'] {
      font-weight: 600;
    }
    .section > [role='heading'] {
      font-size: 1.375rem;
      margin: 0 0 12px;
    }
    .section {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .status,
    .hint {
      color: var(--_color-secondary-text);
      margin: 0 0 8px;
    }
    .notice {
      border-left: 8px solid var(--_color-primary);
      background: var(--_color-surface);
      padding: 8px var(--_space);
      margin: 0 0 var(--_space);
    }
    .notice--warning {
      border-left-color: var(--_color-error);
    }
    .suggestions,
    .plan-items,
    .reasons {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .suggestions {
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    }
    .reasons li {
      font-weight: 600;
      margin: 4px 0 0;
    }
    .figures {
      margin: 4px 0 0;
    }
    .checkbox {
      display: flex;
      align-items: center;
      gap: 12px;
      min-height: 44px;
    }
    .checkbox input {
      width: 32px;
      height: 32px;
      margin: 0;
      flex: none;
      accent-color: var(--_color-text);
    }
    .checkbox label {
      cursor: pointer;
      padding: 8px 0;
    }
    .checkbox input:disabled + label {
      color: var(--_color-secondary-text);
      cursor: not-allowed;
    }
    .plan-item {
      border-left: 8px solid var(--_color-primary);
      background: var(--_color-surface);
      padding: var(--_space);
      margin: 0 0 var(--_space);
      break-inside: avoid;
    }
    .plan-item__title {
      font-size: 1.1875rem;
      margin: 0 0 4px;
    }
    .plan-item__theme {
      margin: 0 0 8px;
      color: var(--_color-secondary-text);
    }
    .framework-text,
    .plan-item__figures {
      margin: 0 0 var(--_space);
    }
    .framework-text__label {
      font-weight: 600;
    }
    .field {
      margin: 0 0 var(--_space);
    }
    .field label {
      display: block;
      font-weight: 600;
      margin: 0 0 4px;
    }
    textarea,
    .date {
      box-sizing: border-box;
      width: 100%;
      min-height: 44px;
      padding: 8px;
      border: 2px solid var(--_color-border);
      border-radius: 0;
      font: inherit;
      color: var(--_color-text);
      background: #ffffff;
    }
    .date {
      width: auto;
      max-width: 100%;
    }
    textarea:focus-visible,
    .date:focus-visible {
      outline: 4px solid var(--_color-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_color-focus-text);
      border-color: var(--_color-focus-text);
    }
    .print-text {
      display: none;
      white-space: pre-wrap;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
    }
    @media (forced-colors: active) {
      .plan-item,
      .notice {
        border-left-color: CanvasText;
      }
    }
    /* On paper (A4): the chosen items and the leader's words, without controls or suggestions. */
    @media print {
      .suggestions-section,
      .actions,
      .notice,
      .inset,
      .hint:not(.source),
      textarea,
      .date {
        display: none !important;
      }
      .print-text {
        display: block;
        margin: 0;
      }
      .plan-item {
        border-left: 4px solid #000000;
        padding: 8px 12px;
      }
    }
  `,
];
