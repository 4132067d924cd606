/**
 * Geometry of the radar chart: radius, axis angles, wrapped label lines and label boxes (placed
 * with the shared `placePolarLabels`, so labels never overlap). Pure: no DOM.
 */
import { boundsOf, estimateTextWidth, placePolarLabels, polarToCartesian, type Box, type PlacedLabel } from './polar-labels.js';

export interface RadarLabelInput {
  text: string;
  /** Extra line under the label, e.g. "no data". */
  note?: string;
}

export interface RadarLayout {
  radius: number;
  angles: number[];
  labels: Array<PlacedLabel & { lines: string[] }>;
  /** The viewBox: every label and the circle fit inside it. */
  view: Box;
  fontSize: number;
  lineHeight: number;
  /** Some label had to be cut to fit its lines (it ends in "…"). */
  cut: boolean;
}

/** Width of a line of text in px at a font size. */
export type TextMeasure = (text: string, fontSize: number) => number;

/** Label widths are estimated a little generously when nothing better is known (e.g. in Node). */
export const estimateMeasure: TextMeasure = (text, fontSize) => estimateTextWidth(text, fontSize * 1.12);

/** Splits text into lines no wider than `maxWidth`, at most `maxLines` (the last one ends in "…" if cut). */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3, measure: TextMeasure = estimateMeasure): string[] {
  const fits = (line: string) => measure(line, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate) || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  // A single word wider than the line (e.g. a long id) is cut to fit.
  const cut = lines.map((l) => (fits(l) ? l : shorten(l, maxWidth, fontSize, measure)));
  if (cut.length <= maxLines) return cut;
  const kept = cut.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]}…`, maxWidth, fontSize, measure);
  return kept;
}

function shorten(line: string, maxWidth: number, fontSize: number, measure: TextMeasure): string {
  let text = line.replace(/…$/, '');
  while (text.length > 1 && measure(`${text}…`, fontSize) > maxWidth) text = text.slice(0, -1);
  return `${text.trimEnd()}…`;
}

/**
 * Lays the chart out for a given width: as large a circle as fits with the labels around it,
 * never smaller than `minRadius`.
 */
export function layoutRadar(
  labels: RadarLabelInput[],
  width: number,
  options: { fontSize?: number; minRadius?: number; maxRadius?: number; measure?: TextMeasure } = {},
): RadarLayout {
  const measure = options.measure ?? estimateMeasure;
  const fontSize = options.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.25);
  const minRadius = options.minRadius ?? 50;
  const count = Math.max(labels.length, 1);
  const angles = labels.map((_, i) => (i / count) * Math.PI * 2);
  // Label widths in em, so large text wraps to as many words per line as small text (not cut).
  const base = Math.max(fontSize * 4.5, Math.min(fontSize * 13, width * (count > 8 ? 0.24 : 0.3)));
  // Room for the longest word, if that costs little, so words are not cut ("communic…").
  const longestWord = Math.max(0, ...labels.flatMap((l) => l.text.split(/\s+/).map((w) => measure(w, fontSize))));
  const maxLabelWidth = Math.max(base, Math.min(longestWord, width * 0.36, fontSize * 13));
  const wrapped = labels.map((l) => wrapText(l.text, maxLabelWidth, fontSize, 3, measure));
  // Wrapping only splits between words: lines that do not join back into the words were cut.
  const cut = wrapped.some((ls, i) => ls.join(' ') !== labels[i].text.split(/\s+/).filter(Boolean).join(' '));
  const lines = wrapped.map((ls, i) => [...ls, ...(labels[i].note ? [labels[i].note!] : [])]);
  const requests = lines.map((ls, i) => ({
    angle: angles[i],
    width: Math.max(...ls.map((line) => measure(line, fontSize))),
    height: ls.length * lineHeight,
  }));

  const widest = Math.max(0, ...requests.map((r) => r.width));
  let radius = Math.max(minRadius, Math.min(options.maxRadius ?? 200, width / 2 - widest - 8));
  let placed = placePolarLabels(requests, { radius });
  for (let step = 0; step < 40 && radius > minRadius; step++) {
    const bounds = boundsOf([...placed, circleBox(radius)]);
    if (bounds.width <= width) break;
    radius = Math.max(minRadius, radius - 8);
    placed = placePolarLabels(requests, { radius });
  }
  const pad = 4;
  const bounds = boundsOf([...placed, circleBox(radius + 8)]);
  const view = { x: bounds.x - pad, y: bounds.y - pad, width: bounds.width + pad * 2, height: bounds.height + pad * 2 };
  return { radius, angles, labels: placed.map((p) => ({ ...p, lines: lines[p.index] })), view, fontSize, lineHeight, cut };
}

function circleBox(radius: number): Box {
  return { x: -radius, y: -radius, width: radius * 2, height: radius * 2 };
}

export { polarToCartesian };

/** Distance from the centre of a value on a scale from `min` (centre) to `max` (outer ring). */
export function radarRadius(value: number, min: number, max: number, radius: number): number {
  const span = max - min || 1;
  return ((Math.min(Math.max(value, min), max) - min) / span) * radius;
}

/**
 * The points of one series, one per axis (`null` where the value is missing), and the segments
 * of its line: closed when every value is there, broken at each missing value (never joined across
 * a gap, and never drawn to the centre as if the value were 0).
 */
export function radarLine(values: Array<number | null>, angles: number[], radiusOf: (value: number) => number): {
  points: Array<{ x: number; y: number } | null>;
  segments: Array<{ x1: number; y1: number; x2: number; y2: number }>;
  path: string;
} {
  const points = values.map((value, i) => (value === null ? null : polarToCartesian(angles[i], radiusOf(value))));
  const n = points.length;
  const complete = points.every((p) => p !== null);
  const segments: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  for (let i = 0; i < n; i++) {
    const a = points[i];
    const b = points[(i + 1) % n];
    // Neighbours join when both have data (the last joins the first the same way).
    if (a && b && n > 1) segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  let path = '';
  if (complete && n > 0) {
    path = points.map((p, i) => `${i ? 'L' : 'M'}${round(p!.x)},${round(p!.y)}`).join('') + (n > 2 ? 'Z' : '');
  } else {
    // Runs of consecutive points with data, starting after a gap so a run never wraps across one.
    const start = (points.findIndex((p) => p === null) + 1) % n;
    let run = '';
    for (let k = 0; k <= n; k++) {
      const p = points[(start + k) % n];
      if (!p || k === n) {
        path += run;
        run = '';
        continue;
      }
      run += `${run ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
    }
  }
  return { points, segments, path };
}
