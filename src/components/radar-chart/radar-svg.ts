/**
 * The parts of `<lpc-radar-chart>`'s SVG that hold most of its elements (the series with their
 * markers, and the focusable hit areas), built as DOM once per layout: a marker per axis and
 * series is hundreds of elements, and one Lit template each cost more than the rest of the chart.
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
    const hit = el('g', { class: 'hit', role: 'img', tabindex: -1, 'data-axis-index': i, 'aria-label': names[i] });
    hit.append(el('path', { class: 'hit-area', d }));
    layer.append(hit);
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
  series: SVGGElement;
  hits: SVGGElement;
  ticks: Array<Box & { value: number }>;
  table: TemplateResult;
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
  const hits = hitLayer(layout.angles, layout.radius, axes.map((axis) => input.describe(axis)));
  return { layout, numbered, series: seriesLayer(axes, drawings), hits, ticks, table };
}
