import { css } from 'lit';
import { chartBaseStyles, seriesClassStyles } from '../../charts/chart-styles.js';

export const radarChartStyles = [
  ...chartBaseStyles,
  seriesClassStyles,
  css`
    /* Measured by the ResizeObserver: as wide as the host, never taller than nothing. */
    .width-probe {
      height: 0;
    }
    .figure {
      margin: 0;
    }
    .chart {
      display: block;
      margin: 0 auto;
      width: 100%;
      max-width: 100%;
      height: auto;
      overflow: visible;
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
    .marker,
    .markers {
      fill: var(--_series);
      stroke: var(--_series);
      stroke-width: 2;
    }
    .marker--hollow,
    .markers--hollow {
      fill: var(--_color-surface);
    }
    .axis-label {
      font-size: 0.875em;
      fill: var(--_color-text);
    }
    .no-data {
      font-style: italic;
      fill: var(--_color-secondary-text);
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
    .key {
      overflow: visible;
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
      .marker,
      .markers {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .marker--hollow,
      .markers--hollow {
        fill: Canvas;
      }
      .axis-label,
      .tick,
      .no-data {
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
      .marker,
      .markers {
        stroke: #000;
      }
      .marker,
      .markers {
        fill: #000;
      }
      .marker--hollow,
      .markers--hollow {
        fill: #fff;
      }
    }
  `,
];
