/**
 * The drawing of `<lpc-radar-chart>`: grid, series with their markers, scale numbers, axis labels
 * and the focusable hit areas, built as DOM once per change of data, size or font: a marker per
 * axis and series is hundreds of elements, and one Lit template each cost more than the rest of
 * the chart (the element re-renders on every hover; the drawing stays).
 * Text only as text nodes and attributes (labels are untrusted).
 */
import type { TemplateResult } from 'lit';
import { markerPath, seriesStyle } from '../../charts/series-styles.js';
import { renderDataTable } from '../../charts/data-table.js';
import { formatScore } from '../../core/report-tables.js';
import { placeScaleLabels, polarToCartesian, type Box } from '../../core/polar-labels.js';
import { layoutRadar, radarLine, radarRadius, type RadarLayout, type TextMeasure } from '../../core/radar-layout.js';
import type { RadarAxis, RadarSeries } from './radar-chart.js';

export const NO_DATA = 'no data';

const SVG = 'http://www.w3.org/2000/svg';

function el(name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  return node;
}

export interface SeriesDrawing {
  series: RadarSeries;
  path: string;
  points: Array<{ x: number; y: number } | null>;
  values: Array<number | null>;
  segments: Array<{ x1: number; y1: number; x2: number; y2: number }>;
}

/** One `<g class="series-item">` per series: its line, then a marker per value. */
export function seriesLayer(axes: RadarAxis[], drawings: SeriesDrawing[]): SVGGElement {
  const layer = el('g', { class: 'series', 'aria-hidden': 'true' }) as SVGGElement;
  drawings.forEach(({ series, path, points, values }, s) => {
    const style = seriesStyle(s);
    const group = el('g', { class: 'series-item', 'data-series': series.id, 'data-dash': style.dash || 'solid', 'data-marker': style.marker });
    group.style.setProperty('--_series', style.paint);
    const line = el('path', { class: 'series-line', d: path });
    if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
    group.append(line);
    const d = markerPath(style.marker, style.filled ? 70 : 120);
    const className = style.filled ? 'marker' : 'marker marker--hollow';
    points.forEach((p, i) => {
      if (!p) return;
      group.append(el('path', { class: className, 'data-axis': axes[i].id, 'data-value': values[i]!, transform: `translate(${p.x} ${p.y})`, d }));
    });
    layer.append(group);
  });
  return layer;
}

/**
 * The hit areas: one wedge per axis, each a focusable `role="img"` named with the axis's values
 * (the keyboard's roving tab stop moves between them).
 */
export function hitLayer(angles: number[], radius: number, names: string[]): SVGGElement {
  const layer = el('g', { class: 'hits' }) as SVGGElement;
  const step = (Math.PI * 2) / Math.max(angles.length, 1);
  const r = radius + 4;
  angles.forEach((angle, i) => {
    const p0 = polarToCartesian(angle - step / 2, r);
    const p1 = polarToCartesian(angle + step / 2, r);
    const d = angles.length === 1
      ? `M0 ${-r}A${r} ${r} 0 1 1 0 ${r}A${r} ${r} 0 1 1 0 ${-r}Z`
      : `M0 0L${p0.x} ${p0.y}A${r} ${r} 0 ${step > Math.PI ? 1 : 0} 1 ${p1.x} ${p1.y}Z`;
    layer.append(el('path', { class: 'hit', role: 'img', tabindex: -1, 'data-axis-index': i, 'aria-label': names[i], d }));
  });
  return layer;
}

export interface RadarInput {
  axes: RadarAxis[];
  series: RadarSeries[];
  min: number;
  max: number;
  label: string;
  width: number;
  /** The host's font size in px: labels are 0.875 of it, scale numbers 0.75. */
  fontSize: number;
  measure: TextMeasure;
  valueFor: (series: RadarSeries, axisId: string) => number | null;
  describe: (axis: RadarAxis) => string;
}

export interface RadarDrawing {
  layout: RadarLayout;
  /** Many axes on a narrow screen: the axes are numbered and listed under the chart. */
  numbered: boolean;
  /** The SVG's layers in drawing order: grid, series, scale numbers, axis labels, hit areas. */
  layers: SVGGElement[];
  /** The axis lines, to mark the active one. */
  axisLines: SVGElement[];
  table: TemplateResult;
}

/** Rings and axis lines (dashed where no series has a value). */
function gridLayer(layout: RadarLayout, ringRadii: number[], hasData: boolean[]): { layer: SVGGElement; lines: SVGElement[] } {
  const layer = el('g', { class: 'grid', 'aria-hidden': 'true' }) as SVGGElement;
  for (const r of ringRadii) layer.append(el('circle', { class: 'ring', r }));
  const lines = layout.angles.map((angle, i) => {
    const end = polarToCartesian(angle, layout.radius);
    return el('line', { class: hasData[i] ? 'axis-line' : 'axis-line axis-line--missing', x1: 0, y1: 0, x2: end.x, y2: end.y });
  });
  layer.append(...lines);
  return { layer, lines };
}

function tickLayer(ticks: Array<Box & { value: number }>): SVGGElement {
  const layer = el('g', { class: 'ticks', 'aria-hidden': 'true' }) as SVGGElement;
  for (const t of ticks) {
    const text = el('text', { class: 'tick', x: t.x + t.width / 2, y: t.y + t.height / 2, dy: '0.35em', 'text-anchor': 'middle' });
    text.textContent = String(t.value);
    layer.append(text);
  }
  return layer;
}

/** The axis labels, one `<tspan>` per wrapped line; "no data" in italics under an axis without values. */
function labelLayer(layout: RadarLayout, axes: RadarAxis[], hasData: boolean[]): SVGGElement {
  const layer = el('g', { class: 'labels', 'aria-hidden': 'true' }) as SVGGElement;
  for (const label of layout.labels) {
    const x = label.align === 'start' ? label.x : label.align === 'end' ? label.x + label.width : label.x + label.width / 2;
    const missing = !hasData[label.index];
    const text = el('text', { class: missing ? 'axis-label axis-label--missing' : 'axis-label', 'data-axis': axes[label.index].id, 'text-anchor': label.align, y: label.y });
    label.lines.forEach((line, n) => {
      const tspan = el('tspan', { x, y: label.y + n * layout.lineHeight + layout.fontSize });
      if (missing && n === label.lines.length - 1) tspan.setAttribute('class', 'no-data');
      tspan.textContent = line;
      text.append(tspan);
    });
    layer.append(text);
  }
  return layer;
}

/** Lays out and draws everything that depends on the data, once per change of data, size or font. */
export function drawRadar(input: RadarInput): RadarDrawing {
  const { axes, series, min, max, fontSize, measure, valueFor } = input;
  const hasData = axes.map((axis) => series.some((s) => valueFor(s, axis.id) !== null));
  const numbered = axes.length > 8 && input.width < 560;
  const labels = axes.map((axis, i) => ({ text: numbered ? String(i + 1) : axis.label, note: hasData[i] ? undefined : NO_DATA }));
  const layout = layoutRadar(labels, input.width, { measure, fontSize: fontSize * 0.875 });
  const radiusOf = (value: number) => radarRadius(value, min, max, layout.radius);
  const drawings: SeriesDrawing[] = series.map((s) => {
    const values = axes.map((axis) => valueFor(s, axis.id));
    return { series: s, values, ...radarLine(values, layout.angles, radiusOf) };
  });
  // Scale numbers on their rings between two axes (half-way if it is clear), where no line or marker crosses them.
  const tickSize = fontSize * 0.75;
  const values: number[] = [];
  for (let t = Math.ceil(min + 1); t <= max; t++) values.push(t);
  const step = (Math.PI * 2) / Math.max(axes.length, 1);
  const markers = drawings.flatMap((d) => d.points.flatMap((p) => (p ? [{ x: p.x - 6, y: p.y - 6, width: 12, height: 12 }] : [])));
  const spokes = axes.length > 1 ? [0.5, 0.25, 0.75].flatMap((share) => layout.angles.map((a) => a + step * share)) : [Math.PI / 4];
  const ticks = placeScaleLabels(
    values.map((v) => ({ radius: radiusOf(v), width: measure(String(v), tickSize) + 4, height: tickSize * 1.2 })),
    { spokes, segments: drawings.flatMap((d) => d.segments), boxes: [...markers, ...layout.labels] },
  ).map((box) => ({ ...box, value: values[box.index] }));
  const table = renderDataTable(
    {
      caption: input.label,
      headers: ['Axis', ...series.map((s) => s.label)],
      rows: axes.map((axis, i) => [axis.label, ...drawings.map((d) => (d.values[i] === null ? NO_DATA : formatScore(d.values[i]!)))]),
    },
    { rowKey: { attribute: 'data-axis', values: axes.map((a) => a.id) } },
  );
  const grid = gridLayer(layout, ticks.map((t) => radiusOf(t.value)), hasData);
  const layers = [
    grid.layer, seriesLayer(axes, drawings), tickLayer(ticks), labelLayer(layout, axes, hasData),
    hitLayer(layout.angles, layout.radius, axes.map((axis) => input.describe(axis))),
  ];
  return { layout, numbered, layers, axisLines: grid.lines, table };
}
