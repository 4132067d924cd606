import { css } from 'lit';
import { focusStyles, tokens, visuallyHidden } from '../../styles/tokens.js';

// `.points`: the scale's points in order on one row, else stacked; never wrapped 2-2-1, which
// breaks the order of the scale. (Comments out here are not shipped; those in the CSS would be.)
export const ratingStyles = [
  tokens,
  focusStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      --_rating-selected: var(--lpc-rating-selected-color, var(--_color-primary));
      --_rating-target: var(--lpc-rating-target-size, 44px);
      margin: 0 0 calc(var(--_space) * 1.5);
    }
    :host([hidden]) {
      display: none;
    }
    .group {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
      container-type: inline-size;
    }
    .group--error {
      border-inline-start: 4px solid var(--_color-error);
      padding-inline-start: var(--_space);
    }
    .label {
      margin: 0 0 4px;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .description,
    .hint {
      margin: 0 0 8px;
      overflow-wrap: anywhere;
    }
    .hint {
      color: var(--_color-secondary-text);
    }
    .error-message {
      margin: 0 0 8px;
      color: var(--_color-error);
      font-weight: 600;
    }
    .options {
      display: grid;
      gap: 8px;
      margin: 0;
    }
    .points {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
      gap: 8px;
    }
    @container (max-width: 40em) {
      .points {
        grid-auto-flow: row;
      }
      .points .option {
        flex-direction: row;
        justify-content: flex-start;
        gap: 8px;
        text-align: start;
      }
    }
    .option {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 4px;
      min-width: var(--_rating-target);
      min-height: var(--_rating-target);
      padding: 8px;
      text-align: center;
      overflow-wrap: break-word;
      border: 2px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      color: var(--_color-text);
      cursor: pointer;
      user-select: none;
    }
    .option:hover {
      border-color: var(--_rating-selected);
    }
    .option[aria-checked='true'] {
      border-color: var(--_rating-selected);
      box-shadow: inset 0 0 0 2px var(--_rating-selected);
      font-weight: 600;
    }
    .option[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .dot {
      flex: none;
      box-sizing: border-box;
      width: 20px;
      height: 20px;
      border: 2px solid currentColor;
      border-radius: 50%;
    }
    .option[aria-checked='true'] .dot {
      background: radial-gradient(circle, var(--_rating-selected) 0 45%, transparent 50%);
      border-color: var(--_rating-selected);
    }
    .option--not-observed {
      flex-direction: row;
      justify-content: flex-start;
      gap: 8px;
      text-align: start;
    }
    .option:focus-visible {
      background: var(--_color-focus);
      color: var(--_color-focus-text);
      border-color: var(--_color-focus-text);
    }
    .comment {
      margin-top: 12px;
    }
    .comment label {
      display: block;
      margin-bottom: 4px;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 5em;
      padding: 4px 8px;
      border: 2px solid var(--_color-border);
      border-radius: 0;
      font: inherit;
      color: inherit;
      background: var(--_color-surface);
    }
    textarea:focus-visible {
      outline: 4px solid var(--_color-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_color-focus-text);
    }
    .unknown {
      color: var(--_color-error);
    }
    @media (forced-colors: active) {
      .option {
        border-color: ButtonText;
      }
      .option[aria-checked='true'] {
        border-color: Highlight;
        box-shadow: inset 0 0 0 2px Highlight;
      }
      .option[aria-checked='true'] .dot {
        background: Highlight;
        forced-color-adjust: none;
      }
      .group--error {
        border-color: CanvasText;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .option {
        transition: border-color 0.1s;
      }
    }
  `,
];
