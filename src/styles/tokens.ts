import { css } from 'lit';

/**
 * Global design tokens. A host page sets `--lpc-*` custom properties (they inherit into shadow
 * roots); each element reads them through the private `--_*` names below, which default to the
 * NHS.UK palette. Theme colours were checked for 4.5:1 text contrast with white text.
 */
export const tokens = css`
  :host {
    --_color-text: var(--lpc-color-text, #212b32);
    --_color-secondary-text: var(--lpc-color-secondary-text, #4c6272);
    --_color-primary: var(--lpc-color-primary, #005eb8);
    --_color-link: var(--lpc-color-link, #005eb8);
    --_color-button: var(--lpc-color-button, #007f3b);
    --_color-button-shadow: var(--lpc-color-button-shadow, #00401e);
    --_color-error: var(--lpc-color-error, #d5281b);
    --_color-focus: var(--lpc-color-focus, #ffeb3b);
    --_color-focus-text: var(--lpc-color-focus-text, #212b32);
    --_color-border: var(--lpc-color-border, #4c6272);
    --_color-surface: var(--lpc-color-surface, #ffffff);
    --_color-background: var(--lpc-color-background, #f0f4f5);
    --_color-grey-4: var(--lpc-color-grey-4, #d8dde0);
    --_theme-being: var(--lpc-theme-being, #005eb8);
    --_theme-relating: var(--lpc-theme-relating, #330072);
    --_theme-leading: var(--lpc-theme-leading, #4c6272);
    --_theme-delivering: var(--lpc-theme-delivering, #007f3b);
    --_space: var(--lpc-space, 16px);
    --_radius: var(--lpc-radius, 4px);
    color: var(--_color-text);
    font-family: inherit;
    line-height: 1.5;
  }
`;

/** NHS.UK focus style: yellow background or outline with a thick dark bottom edge. */
export const focusStyles = css`
  :focus-visible {
    outline: 4px solid transparent;
    box-shadow: 0 0 0 4px var(--_color-focus), 0 4px 0 4px var(--_color-focus-text);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 4px solid Highlight;
      outline-offset: 2px;
    }
  }
`;

/**
 * Chart tokens, one default each: the series colours (also told apart by dash and marker, see
 * `src/charts/series-styles.ts`), the grid and the range bar. Adopted by the chart elements.
 */
export const chartTokens = /* @__PURE__ */ (() => css`
  :host {
    --_chart-series-1: var(--lpc-chart-series-1, #7c2855);
    --_chart-series-2: var(--lpc-chart-series-2, #005eb8);
    --_chart-series-3: var(--lpc-chart-series-3, #007f3b);
    --_chart-series-4: var(--lpc-chart-series-4, #330072);
    --_chart-series-5: var(--lpc-chart-series-5, #4c6272);
    --_chart-series-6: var(--lpc-chart-series-6, #212b32);
    --_chart-grid: var(--lpc-chart-grid, #aeb7bd);
    --_chart-range: var(--lpc-chart-range, #aeb7bd);
  }
`)();

// Bundlers do not know a `css` tagged template is pure, so they would keep an unused block in every
// bundle. The optional blocks below are built in a call marked pure, which a bundle without them drops.

/** Text for screen readers only. */
export const visuallyHidden = /* @__PURE__ */ (() => css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`)();

/** The NHS.UK error summary, shared by every element that reports problems. */
export const errorSummaryStyles = /* @__PURE__ */ (() => css`
  .error-summary {
    border: 4px solid var(--_color-error);
    padding: var(--_space);
    margin: 0 0 var(--_space);
    background: var(--_color-surface);
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }
  .error-summary:focus {
    outline: 4px solid var(--_color-focus);
    outline-offset: 0;
  }
  .error-summary__title {
    margin: 0 0 12px;
    font-size: 1.375rem;
    font-weight: 600;
    line-height: 1.3;
  }
  .error-summary__list {
    margin: 0;
    padding-left: 20px;
  }
  .error-summary__list li {
    margin-bottom: 8px;
    color: var(--_color-error);
    font-weight: 600;
  }
  .error-summary__path {
    font-family: monospace;
    font-weight: 400;
    color: var(--_color-text);
  }
  @media (forced-colors: active) {
    .error-summary { border-color: CanvasText; }
    .error-summary__list li { color: CanvasText; }
  }
`)();
