import { css } from 'lit';
import { chartBaseStyles, seriesClassStyles } from '../../charts/chart-styles.js';
import { seriesKeyStyles } from '../../charts/series-keys.js';

export const radarChartStyles = [
  ...chartBaseStyles,
  seriesClassStyles,
  seriesKeyStyles,
  css`
    /* Measured by the ResizeObserver: as wide as the host, never taller than nothing. */
    .width-probe {
      height: 0;
    }
    .figure {
      margin: 0;
    }
    /* The chart and its labels: the labels are placed in shares of this box, sized by its width. */
    .plot {
      position: relative;
      margin: 0 auto;
      container-type: inline-size;
    }
    .chart {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .labels {
      position: absolute;
      inset: 0;
      pointer-events: none;
      font-size: min(0.875em, 100cqw * var(--_label-scale));
      line-height: var(--_label-line);
    }
    .rings {
      fill: none;
      stroke: var(--_chart-grid);
    }
    .axis-line {
      fill: none;
      stroke: var(--_chart-grid);
    }
    .axis-line--missing {
      stroke-dasharray: 3 4;
    }
    .axis-line--active {
      stroke: var(--_color-text);
      stroke-width: 3;
    }
    .tick {
      font-size: 0.75em;
      fill: var(--_color-secondary-text);
      paint-order: stroke;
      stroke: var(--_color-surface);
      stroke-width: 3px;
    }
    .series-line {
      fill: none;
      stroke: var(--_series);
      stroke-width: 2.5;
      stroke-linecap: round;
    }
    .markers {
      fill: var(--_series);
      stroke: var(--_series);
      stroke-width: 2;
    }
    .markers--hollow {
      fill: var(--_color-surface);
    }
    .axis-label {
      position: absolute;
      white-space: pre;
      color: var(--_color-text);
    }
    .axis-label--middle {
      transform: translateX(-50%);
      text-align: center;
    }
    /* Physical sides (the chart's geometry), also on right-to-left pages. */
    .axis-label--start {
      text-align: left;
    }
    .axis-label--end {
      text-align: right;
    }
    .no-data {
      font-style: italic;
      color: var(--_color-secondary-text);
    }
    .hit {
      outline: none;
      fill: transparent;
      stroke: none;
      cursor: crosshair;
    }
    .hit:focus-visible {
      fill: rgb(255 235 59 / 35%);
      stroke: var(--_color-focus-text);
      stroke-width: 3;
    }
    .readout {
      overflow-wrap: anywhere;
      margin: 8px 0;
      min-height: 1.5em;
      font-weight: 600;
    }
    .axis-key {
      margin: 8px 0;
      padding-left: 32px;
      font-size: 0.875rem;
      overflow-wrap: anywhere;
    }
    .legend {
      margin: 0 0 8px;
    }
    .empty {
      color: var(--_color-secondary-text);
    }
    @media (prefers-reduced-motion: no-preference) {
      .series-line,
      .markers {
        transition: opacity 150ms ease;
      }
    }
    @media (forced-colors: active) {
      .rings,
      .axis-line,
      .series-line {
        stroke: CanvasText;
      }
      .markers {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .markers--hollow {
        fill: Canvas;
      }
      .tick {
        fill: CanvasText;
      }
      .hit:focus-visible {
        fill: none;
        stroke: Highlight;
      }
    }
    @media print {
      .readout {
        display: none;
      }
      .series-line,
      .markers {
        stroke: #000;
      }
      .markers {
        fill: #000;
      }
      .markers--hollow {
        fill: #fff;
      }
    }
  `,
];
