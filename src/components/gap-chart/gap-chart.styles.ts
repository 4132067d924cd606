import { css } from 'lit';
import { chartBaseStyles } from '../../charts/chart-styles.js';

export const gapChartStyles = [
  ...chartBaseStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .figure {
      margin: 0;
    }
    /* On screen the plot's table is a stack of grid rows (a table only on paper, see print). */
    .chart,
    .scale,
    .rows,
    .row > td {
      display: block;
      padding: 0;
      border: 0;
    }
    /* Not the data table's look (dataTableStyles styles every table and cell). */
    .chart {
      width: 100%;
      margin: 0;
      border-spacing: 0;
      font-size: inherit;
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
      /* A long dot plot runs over pages: the plot is a table again on paper, and its header (the
         scale) repeats at the top of each page. Chromium repeats only a real <thead>, and none
         inside a size container, so the host is not one on paper. */
      :host {
        container-type: normal;
      }
      .chart {
        display: table;
        border-collapse: collapse;
      }
      .scale {
        display: table-header-group;
      }
      .rows {
        display: table-row-group;
      }
      .row {
        display: table-row;
        break-inside: avoid;
      }
      .row > .row__label,
      .row > .plot {
        display: table-cell;
        /* Marks sit at the top of the plot cell, level with the label's first line. */
        vertical-align: top;
        border-bottom: 1px solid var(--_color-grey-4);
        padding: 6px 16px 6px 0;
      }
      .row > .row__label {
        width: 40%;
      }
      .row > .plot {
        position: relative;
        height: 28px;
        padding: 0;
        /* Marks are placed in the padding box: transparent side borders inset it as the margins do on screen. */
        border-inline: 12px solid transparent;
      }
      .scale .row > .row__label,
      .scale .row > .plot {
        border-bottom: 0;
      }
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
