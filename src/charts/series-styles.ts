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

/** The class that paints an element with the series' colour (see `seriesClassStyles`), e.g. `series-1`. */
export function seriesClass(index: number): string {
  return `series-${(index % SERIES_STYLES.length) + 1}`;
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

/** A marker's path as its first point and the rest in relative commands, so it can be moved by writing one `M`. */
interface MarkerTemplate {
  x0: number;
  y0: number;
  tail: string;
}

const templates = new Map<string, MarkerTemplate>();
const ARGS: Record<string, number> = { M: 2, L: 2, A: 7, H: 1, V: 1, h: 1, v: 1, Z: 0, z: 0 };
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** Rewrites d3's absolute symbol path (M, L, A, h, v, Z) relative to its first point. */
function markerTemplate(marker: SeriesStyle['marker'], size: number): MarkerTemplate {
  const key = `${marker} ${size}`;
  let template = templates.get(key);
  if (template) return template;
  const tokens = markerPath(marker, size).match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let x0 = 0;
  let y0 = 0;
  let tail = '';
  let first = true;
  for (let i = 0; i < tokens.length; ) {
    const command = tokens[i++];
    const count = ARGS[command];
    if (count === undefined) throw new Error(`Unexpected marker path command "${command}"`);
    do {
      const n = tokens.slice(i, i + count).map(Number);
      i += count;
      if (first) {
        if (command !== 'M') throw new Error('A marker path starts with M');
        first = false;
        [x0, y0, x, y, startX, startY] = [n[0], n[1], n[0], n[1], n[0], n[1]];
      } else if (command === 'M' || command === 'L') {
        tail += `${command.toLowerCase()}${round3(n[0] - x)},${round3(n[1] - y)}`;
        [x, y] = n;
        if (command === 'M') [startX, startY] = n;
      } else if (command === 'A') {
        tail += `a${n.slice(0, 5).join(',')},${round3(n[5] - x)},${round3(n[6] - y)}`;
        [x, y] = [n[5], n[6]];
      } else if (command === 'H' || command === 'h') {
        const to = command === 'H' ? n[0] : x + n[0];
        tail += `h${round3(to - x)}`;
        x = to;
      } else if (command === 'V' || command === 'v') {
        const to = command === 'V' ? n[0] : y + n[0];
        tail += `v${round3(to - y)}`;
        y = to;
      } else {
        tail += 'z';
        [x, y] = [startX, startY];
      }
      // A command letter may be followed by more argument groups (implicit repeats).
    } while (count > 0 && i < tokens.length && !/[A-Za-z]/.test(tokens[i]));
  }
  template = { x0, y0, tail };
  templates.set(key, template);
  return template;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Path data of one marker at each point, as one path: a chart draws a series' markers as one
 * element (a radar of 27 axes and 6 series had 162 marker elements, most of its style and layout
 * time). Each marker is one subpath starting with an absolute `M`, in the order of `points`.
 */
export function markersPath(marker: SeriesStyle['marker'], size: number, points: ReadonlyArray<{ x: number; y: number }>): string {
  const { x0, y0, tail } = markerTemplate(marker, size);
  let d = '';
  for (const p of points) d += `M${round2(p.x + x0)},${round2(p.y + y0)}${tail}`;
  return d;
}
