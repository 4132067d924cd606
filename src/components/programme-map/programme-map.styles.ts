import { css } from 'lit';
import { errorSummaryStyles, focusStyles, tokens, visuallyHidden } from '../../styles/tokens.js';
import { insetTextStyles, nhsButtonStyles } from '../../styles/nhs.js';

export const programmeMapStyles = [
  tokens,
  focusStyles,
  visuallyHidden,
  errorSummaryStyles,
  insetTextStyles,
  nhsButtonStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      overflow-wrap: anywhere;
    }
    h2, h3, h4, h5, h6 { line-height: 1.3; margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2); }
    .provider { margin-top: 0; font-size: 1.1em; }
    .secondary, .kind, .description { color: var(--_color-secondary-text); font-weight: 400; }
    .kind { display: block; font-size: 0.875em; }
    .description { display: block; font-size: 0.875em; margin-top: 4px; }
    .summary { font-weight: 600; }
    .hint { color: var(--_color-secondary-text); }
    .table-wrap { max-width: 100%; }
    table { border-collapse: collapse; width: 100%; margin: 0 0 var(--_space); }
    th, td { text-align: start; vertical-align: top; padding: 8px; border-bottom: 1px solid var(--_color-grey-4); }
    thead th { border-bottom: 2px solid var(--_color-border); font-size: 0.9375em; }
    .matrix td { text-align: center; }
    .theme-row th { background: var(--_color-background); font-size: 1.05em; }
    .theme-row .secondary { display: block; font-size: 0.875em; }
    .no-items { text-align: start !important; color: var(--_color-secondary-text); }
    .cell {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-width: 44px;
      min-height: 44px;
      cursor: pointer;
    }
    .cell input { width: 24px; height: 24px; margin: 0; accent-color: var(--_color-primary); cursor: pointer; }
    .cell__module { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .mark--yes { font-weight: 600; }
    .modules ul, [part='gaps'] ul { margin: 4px 0 0; padding-inline-start: 20px; }
    .modules li, [part='gaps'] li { margin-bottom: 4px; }
    .count { font-weight: 600; }
    .gap-theme { font-weight: 600; margin-bottom: 0; }
    .actions { display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--_space); margin-top: calc(var(--_space) * 1.5); }
    .actions .button { margin: 0; }
    .file { display: flex; flex-direction: column; gap: 4px; }
    .file input { font: inherit; min-height: 44px; max-width: 100%; }
    .status { color: var(--_color-secondary-text); }

    /* Narrow containers (a phone, or 200% text): each item becomes a labelled block, each module a line. */
    @container (max-width: 40em) {
      .matrix, .matrix tbody, .matrix tr, .matrix th, .matrix td { display: block; }
      .matrix thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .matrix td { text-align: start; border-bottom: 0; padding: 0 8px; }
      .matrix tr { border-bottom: 1px solid var(--_color-grey-4); padding-bottom: 8px; }
      .matrix th[scope='row'] { border-bottom: 0; }
      .cell { justify-content: flex-start; }
      .cell__module { position: static; width: auto; height: auto; overflow: visible; clip-path: none; white-space: normal; }
      .mark { display: block; padding: 4px 0; }
      .modules, .modules tbody, .modules tr, .modules th, .modules td { display: block; }
      .modules thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .modules th { border-bottom: 0; }
    }
    @media (forced-colors: active) {
      .theme-row th { border-bottom: 2px solid CanvasText; }
    }
    @media print {
      .actions, .hint { display: none; }
      .matrix tr { break-inside: avoid; }
    }
  `,
];
