import { css } from 'lit';
import { focusStyles, tokens, visuallyHidden } from '../../styles/tokens.js';
import { nhsButtonStyles } from '../../styles/nhs.js';

export const frameworkSheetStyles = [
  tokens,
  focusStyles,
  visuallyHidden,
  nhsButtonStyles,
  css`
    :host { display: block; overflow-wrap: anywhere; }
    h2, h3, h4, h5, h6 { line-height: 1.3; margin: 0 0 8px; }
    .source, .footer, .item__source, .status { color: var(--_color-secondary-text); }
    .item__source, .footer { font-size: 0.875em; }
    .actions { display: flex; flex-wrap: wrap; gap: 0 var(--_space); margin: var(--_space) 0; }
    .colour-being { --_c: var(--_theme-being); }
    .colour-relating { --_c: var(--_theme-relating); }
    .colour-leading { --_c: var(--_theme-leading); }
    .colour-delivering { --_c: var(--_theme-delivering); }
    .theme { border-inline-start: 8px solid var(--_c); padding: 4px 0 4px var(--_space); margin: 0 0 calc(var(--_space) * 1.5); }
    .kind { font-weight: 600; margin: var(--_space) 0 4px; }
    .no-text { font-style: italic; }
    .items { list-style: none; margin: 0; padding: 0; }
    .item { display: flex; gap: 12px; margin: 0 0 10px; break-inside: avoid; }
    .item p { margin: 0; }
    .item__heading { font-weight: 600; }
    .code { flex: none; min-width: 2.5em; height: fit-content; text-align: center; border: 2px solid var(--_c); border-radius: var(--_radius); font-weight: 600; font-size: 0.875em; }
    .supplementary { border-top: 1px dashed var(--_color-border); margin-top: var(--_space); }
    @media (forced-colors: active) {
      .theme, .code { border-color: CanvasText; }
    }
    @media print {
      :host { font-size: 10.5pt; color: #000; }
      .actions { display: none; }
      .theme { break-inside: auto; border-inline-start-color: #000; }
      h2, h3, h4, .kind { break-after: avoid; }
      .item { break-inside: avoid; }
      .code { border-color: #000; }
    }
  `,
];
