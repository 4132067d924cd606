import { css } from 'lit';
import { focusStyles, tokens } from '../../styles/tokens.js';
import { codeBadgeStyles } from '../../styles/nhs.js';

export const behaviourCardStyles = [
  tokens,
  focusStyles,
  codeBadgeStyles,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    :host([hidden]) {
      display: none;
    }
    .colour-being { --_c: var(--_theme-being); }
    .colour-relating { --_c: var(--_theme-relating); }
    .colour-leading { --_c: var(--_theme-leading); }
    .colour-delivering { --_c: var(--_theme-delivering); }
    .card,
    .unknown {
      box-sizing: border-box;
      height: 100%;
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_color-grey-4);
      border-top: 6px solid var(--_c, var(--_color-border));
      border-radius: var(--_radius);
      background: var(--_color-surface);
      overflow-wrap: anywhere;
    }
    :host([compact]) .card,
    :host([compact]) .unknown {
      padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    }
    .card--supplementary {
      border-style: dashed;
      border-top-style: dashed;
    }
    .card--no-text {
      border-top-style: dashed;
    }
    .eyebrow {
      display: flex;
      align-items: baseline;
      gap: 8px;
      margin: 0 0 8px;
      color: var(--_color-secondary-text);
    }
    .kind {
      font-weight: 600;
    }
    .heading {
      margin: 0 0 8px;
      font-size: 1.25em;
      font-weight: 600;
      line-height: 1.3;
    }
    :host([compact]) .heading {
      font-size: 1.0625em;
    }
    .text {
      margin: 0 0 var(--_space);
    }
    :host([compact]) .text {
      margin-bottom: 8px;
    }
    .tag {
      flex: none;
      padding: 0 8px;
      border: 2px dashed var(--_color-text);
      border-radius: var(--_radius);
      color: var(--_color-text);
      font-weight: 600;
    }
    .items {
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .items li {
      display: flex;
      align-items: baseline;
      gap: 8px;
      margin-bottom: 8px;
    }
    .supplementary-note {
      margin: 0 0 var(--_space);
    }
    .supplementary-label {
      font-style: italic;
    }
    .source {
      margin: 0;
      font-size: 0.875em;
      color: var(--_color-secondary-text);
    }
    .source-label {
      font-weight: 600;
    }
    ::slotted([slot='actions']) {
      margin-top: var(--_space);
    }
    .unknown {
      border: 4px solid var(--_color-error);
    }
    .unknown p {
      margin: 0 0 8px;
    }
    .unknown p:last-of-type {
      margin-bottom: 0;
    }
    code {
      font-family: monospace;
      font-size: 1em;
    }
    .status {
      margin: 0;
      color: var(--_color-secondary-text);
    }
    @media (forced-colors: active) {
      .card,
      .unknown,
      .tag {
        border-color: CanvasText;
      }
    }
  `,
];
