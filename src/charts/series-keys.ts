/**
 * The key beside each series in a chart's legend, drawn with CSS alone: the series' dash pattern
 * as a repeating gradient and its marker as a `clip-path` of the same shape the chart draws
 * (hollow markers: a smaller shape in the surface colour inside). One `<span class="key">` per
 * series, where an inline SVG per series was about a third of the radar's legend layout time
 * (six SVG roots of their own).
 *
 * Shapes match the chart's SVG: its markers are d3 symbols of area 80 with a 2 px stroke and its
 * lines are 2.5 px wide with round caps, so here each marker is the symbol grown by 1 px (hollow:
 * with a hole shrunk by 1 px) and each dash is longer by the caps. Forced colours and print keep
 * the key: its colours are set for both modes below.
 */
import { unsafeCSS } from 'lit';
import { SERIES_STYLES, markersPath, seriesClass, type SeriesStyle } from './series-styles.js';

const WIDTH = 44;
const HEIGHT = 16;
const LINE = 2.5;
/** Area of the chart's markers; half the side of a square of that area, for growing by 1 px. */
const SIZE = 80;
const HALF = Math.sqrt(SIZE) / 2;

/** The marker's shape grown (or shrunk) by `by` px, centred in the key. */
function markerClip(marker: SeriesStyle['marker'], by: number): string {
  const scale = (HALF + by) / HALF;
  return `path("${markersPath(marker, SIZE * scale * scale, [{ x: WIDTH / 2, y: HEIGHT / 2 }])}")`;
}

/** The dash pattern as a repeating gradient, each dash longer by the round caps (`stroke-linecap: round`). */
function dashImage(dash: string): string {
  if (!dash) return 'linear-gradient(var(--_series), var(--_series))';
  const lengths = dash.split(/\s+/).map(Number);
  let at = 0;
  const stops = lengths.map((length, i) => {
    const grown = i % 2 === 0 ? length + LINE : Math.max(length - LINE, 1);
    const stop = `${i % 2 === 0 ? 'var(--_series)' : 'transparent'} ${at}px ${at + grown}px`;
    at += grown;
    return stop;
  });
  return `repeating-linear-gradient(to right, ${stops.join(', ')})`;
}

export const seriesKeyStyles = /* @__PURE__ */ (() =>
  // Built from constants only (no data).
  unsafeCSS(`
  .key {
    position: relative;
    flex: none;
    width: ${WIDTH}px;
    height: ${HEIGHT}px;
    background-repeat: no-repeat;
    background-position: 2px 50%;
    background-size: ${WIDTH - 4}px ${LINE}px;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .key::before,
  .key::after {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_series);
  }
  .key::after {
    display: none;
    background: var(--_color-surface);
  }
  ${SERIES_STYLES.map((style, i) => `
  .${seriesClass(i)} .key { background-image: ${dashImage(style.dash)}; }
  .${seriesClass(i)} .key::before { clip-path: ${markerClip(style.marker, 1)}; }
  ${style.filled ? '' : `.${seriesClass(i)} .key::after { display: block; clip-path: ${markerClip(style.marker, -1)}; }`}`).join('')}
  @media (forced-colors: active) {
    .key {
      --_series: CanvasText;
      --_color-surface: Canvas;
    }
  }
  @media print {
    .key {
      --_series: #000;
      --_color-surface: #fff;
    }
  }
`))();
