import { css } from 'lit';
import { chartTokens, focusStyles, tokens, visuallyHidden } from '../../styles/tokens.js';
import { chartStyles } from '../../charts/chart-styles.js';
import { dataTableStyles } from '../../charts/data-table.js';

export const gapChartStyles = [
  tokens,
  chartTokens,
  focusStyles,
  visuallyHidden,
  chartStyles,
  dataTableStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    .figure {
      margin: 0;
    }
    .legend {
      margin: 0 0 12px;
    }
    .key-range {
      display: inline-block;
      width: 32px;
      height: 6px;
      background: var(--_chart-range);
      border-radius: 3px;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: 4px 16px;
      align-items: center;
      padding: 6px 0;
      border-bottom: 1px solid var(--_color-grey-4);
    }
    .row--scale {
      border-bottom: 0;
      padding-bottom: 0;
    }
    .row__label {
      overflow-wrap: anywhere;
    }
    .plot {
      position: relative;
      display: block;
      height: 28px;
      margin: 0 12px;
    }
    .plot--scale {
      height: 20px;
    }
    .tick {
      position: absolute;
      transform: translateX(-50%);
      font-size: 0.875rem;
      color: var(--_color-secondary-text);
    }
    .grid {
      position: absolute;
      top: 0;
      bottom: 0;
      border-left: 1px solid var(--_chart-grid);
    }
    .range {
      position: absolute;
      top: 11px;
      height: 6px;
      background: var(--_chart-range);
      border-radius: 3px;
      min-width: 2px;
    }
    .dot {
      position: absolute;
      top: 4px;
      transform: translateX(-50%);
      overflow: visible;
    }
    .marker {
      fill: var(--_series);
      stroke: var(--_series);
      stroke-width: 2.5;
    }
    .marker--hollow {
      fill: none;
    }
    .missing {
      position: absolute;
      right: 0;
      top: 4px;
      font-style: italic;
      font-size: 0.875rem;
      color: var(--_color-secondary-text);
    }
    .empty {
      color: var(--_color-secondary-text);
    }
    @container (max-width: 480px) {
      .row {
        grid-template-columns: minmax(0, 1fr);
      }
      .row--scale .row__label {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .marker {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .marker--hollow {
        fill: Canvas;
      }
      .range,
      .key-range {
        background: GrayText;
        forced-color-adjust: none;
      }
      .grid {
        border-color: GrayText;
      }
    }
    @media print {
      .marker {
        fill: #000;
        stroke: #000;
      }
      .marker--hollow {
        fill: #fff;
      }
      .range,
      .key-range {
        background: #999;
        print-color-adjust: exact;
      }
      .row {
        break-inside: avoid;
      }
    }
  `,
];
