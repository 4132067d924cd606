/**
 * How chart series look: each differs by colour AND dash pattern AND marker shape, so they can be
 * told apart in black and white, in forced colours and by people who do not see colour.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';

export interface SeriesStyle {
  /** Custom property a host can set, e.g. `--lpc-chart-series-1` (its default is in `chartTokens`). */
  colorVar: string;
  /** The CSS colour to paint with: the element's private token, which reads `colorVar`. */
  paint: string;
  /** SVG `stroke-dasharray`; empty for a solid line. */
  dash: string;
  /** Name of the marker shape, for tests and legends. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';
  /** Hollow markers add one more difference between neighbouring series. */
  filled: boolean;
}

const SHAPES: Record<SeriesStyle['marker'], SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
};

export const SERIES_STYLES: SeriesStyle[] = [
  { colorVar: '--lpc-chart-series-1', paint: 'var(--_chart-series-1)', dash: '', marker: 'diamond', filled: false },
  { colorVar: '--lpc-chart-series-2', paint: 'var(--_chart-series-2)', dash: '8 4', marker: 'circle', filled: true },
  { colorVar: '--lpc-chart-series-3', paint: 'var(--_chart-series-3)', dash: '2 4', marker: 'triangle', filled: true },
  { colorVar: '--lpc-chart-series-4', paint: 'var(--_chart-series-4)', dash: '12 4 2 4', marker: 'square', filled: false },
  { colorVar: '--lpc-chart-series-5', paint: 'var(--_chart-series-5)', dash: '4 4', marker: 'cross', filled: true },
  { colorVar: '--lpc-chart-series-6', paint: 'var(--_chart-series-6)', dash: '1 3', marker: 'star', filled: true },
];

/** The style of the series at `index` (styles repeat after six series). */
export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length];
}

const markerPaths = new Map<string, string>();

/** SVG path data of a marker centred on (0, 0); `size` is the area in px². */
export function markerPath(marker: SeriesStyle['marker'], size = 80): string {
  // A chart draws the same few shapes many times (two per row of a dot plot): work each out once.
  const key = `${marker} ${size}`;
  let path = markerPaths.get(key);
  if (path === undefined) {
    path = symbol(SHAPES[marker], size)() ?? '';
    markerPaths.set(key, path);
  }
  return path;
}
