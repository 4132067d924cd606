import { css, unsafeCSS } from 'lit';
import { chartTokens, focusStyles, tokens, visuallyHidden } from '../styles/tokens.js';
import { dataTableStyles } from './data-table.js';
import { SERIES_STYLES, seriesClass } from './series-styles.js';

/**
 * Styles every chart shares: the key under the chart (one entry per series, wrapping on narrow
 * screens) and the "Show the numbers as a table" disclosure around the data table.
 */
export const chartStyles = css`
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .table-details summary {
    color: var(--_color-link);
    cursor: pointer;
    text-decoration: underline;
    padding: 10px 0;
    min-height: 24px;
  }
  @media print {
    .table-details summary {
      display: none;
    }
  }
`;

/** What every chart element starts its styles with: the tokens, focus, the key, the data table, a block host. */
export const chartBaseStyles = [
  tokens,
  chartTokens,
  focusStyles,
  visuallyHidden,
  chartStyles,
  dataTableStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];

/**
 * `--_series` (the paint of a series' lines and markers) set by a class per series, e.g.
 * `.series-2`: set once by a style rule on the series' group or key, not per element in the DOM.
 */
export const seriesClassStyles = /* @__PURE__ */ (() =>
  // Built from constants only (no data): each rule names a private colour token.
  unsafeCSS(SERIES_STYLES.map((style, i) => `.${seriesClass(i)} { --_series: ${style.paint}; }`).join('\n')))();
