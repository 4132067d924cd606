/**
 * The drawing of `<lpc-radar-chart>`: grid, series with their markers, scale numbers, the
 * focusable hit areas and the axis labels (HTML over the SVG, see `radar-labels.ts`), built as DOM
 * once per change of data, size or font (the element re-renders on every hover; the drawing stays).
 * The data table is built only when first asked for.
 *
 * Few elements: the browser's style and layout work grows with the number of SVG elements, and
 * was most of a warm render (a CPU profile of 27 axes x 6 series: 162 marker elements, 27 axis
 * lines and 4 rings, each its own style and layout object). So the rings are one path, the axis
 * lines two (with data, dashed without), and each series is a group of two paths: its line and
 * all its markers. Only the labels, scale numbers and hit areas (one focusable wedge per axis)
 * are an element each.
 * Text only as text nodes and attributes (labels are untrusted).
 */
import type { TemplateResult } from 'lit';
import { markersPath, seriesClass, seriesStyle } from '../../charts/series-styles.js';
import { renderDataTable } from '../../charts/data-table.js';
import { formatScore } from '../../core/report-tables.js';
import { placeScaleLabels, polarToCartesian, type Box } from '../../core/polar-labels.js';
import { layoutRadar, radarLine, radarRadius, type RadarLayout, type TextMeasure } from '../../core/radar-layout.js';
import type { RadarAxis, RadarSeries } from './radar-chart.js';
import { labelLayer } from './radar-labels.js';

export const NO_DATA = 'no data';

const SVG = 'http://www.w3.org/2000/svg';

function el(name: string, className: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  node.setAttribute('class', className);
  return node;
}

const round = (v: number) => Math.round(v * 100) / 100;

export interface SeriesDrawing {
  series: RadarSeries;
  path: string;
  points: Array<{ x: number; y: number } | null>;
  values: Array<number | null>;
  segments: Array<{ x1: number; y1: number; x2: number; y2: number }>;
}

/**
 * One `<g class="series-item">` per series: its line, then one path with a marker per value.
 * The markers path lists the axis index and value of each marker (one subpath each, in order).
 */
export function seriesLayer(drawings: SeriesDrawing[]): SVGGElement {
  const layer = el('g', 'series') as SVGGElement;
  layer.setAttribute('aria-hidden', 'true');
  drawings.forEach(({ series, path, points, values }, s) => {
    const style = seriesStyle(s);
    const group = el('g', `series-item ${seriesClass(s)}`);
    group.setAttribute('data-series', series.id);
    group.setAttribute('data-dash', style.dash || 'solid');
    group.setAttribute('data-marker', style.marker);
    const line = el('path', 'series-line');
    line.setAttribute('d', path);
    if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
    const shown: Array<{ x: number; y: number }> = [];
    const indexes: number[] = [];
    const shownValues: number[] = [];
    points.forEach((p, i) => {
      if (!p) return;
      shown.push(p);
      indexes.push(i);
      shownValues.push(values[i]!);
    });
    const markers = el('path', style.filled ? 'markers' : 'markers markers--hollow');
    markers.setAttribute('data-axis-index', indexes.join(' '));
    markers.setAttribute('data-value', shownValues.join(' '));
    markers.setAttribute('d', markersPath(style.marker, style.filled ? 70 : 120, shown));
    group.append(line, markers);
    layer.append(group);
  });
  return layer;
}

/**
 * The hit areas: one wedge per axis, each a focusable `role="img"` named with the axis's values
 * (the keyboard's roving tab stop moves between them).
 */
export function hitLayer(angles: number[], radius: number, names: string[]): SVGGElement {
  const layer = el('g', 'hits') as SVGGElement;
  const step = (Math.PI * 2) / Math.max(angles.length, 1);
  const r = radius + 4;
  angles.forEach((angle, i) => {
    const p0 = polarToCartesian(angle - step / 2, r);
    const p1 = polarToCartesian(angle + step / 2, r);
    const d = angles.length === 1
      ? `M0 ${-r}A${r} ${r} 0 1 1 0 ${r}A${r} ${r} 0 1 1 0 ${-r}Z`
      : `M0 0L${p0.x} ${p0.y}A${r} ${r} 0 ${step > Math.PI ? 1 : 0} 1 ${p1.x} ${p1.y}Z`;
    const hit = el('path', 'hit');
    hit.setAttribute('role', 'img');
    hit.setAttribute('tabindex', '-1');
    hit.setAttribute('data-axis-index', String(i));
    hit.setAttribute('aria-label', names[i]);
    hit.setAttribute('d', d);
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
  /** Many axes on a narrow screen, or labels that would be cut: the axes are numbered and listed under the chart. */
  numbered: boolean;
  /** The SVG's layers in drawing order: grid, series, scale numbers, hit areas. */
  layers: SVGElement[];
  /** The axis labels, laid over the SVG. */
  labels: HTMLElement;
  /** The line drawn over the active axis (empty when none is), and where each axis ends. */
  activeLine: SVGElement;
  axisEnds: Array<{ x: number; y: number }>;
  /** Axes where no series has a value (their line is dashed, also when active). */
  axisMissing: boolean[];
  /** The axis the active line is on (-1: none). */
  active: number;
  /** The data table, built on the first call (when the disclosure is first opened). */
  table: () => TemplateResult;
}

/** Rings (one path), axis lines (one path, one more dashed for axes where no series has a value) and the active axis's line. */
function gridLayer(ringRadii: number[], ends: Array<{ x: number; y: number }>, hasData: boolean[]): { layer: SVGGElement; active: SVGElement } {
  const layer = el('g', 'grid') as SVGGElement;
  layer.setAttribute('aria-hidden', 'true');
  const rings = el('path', 'rings');
  rings.setAttribute('d', ringRadii.map((r) => `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`).join(''));
  let withData = '';
  let missing = '';
  ends.forEach((end, i) => {
    const spoke = `M0,0L${round(end.x)},${round(end.y)}`;
    if (hasData[i]) withData += spoke;
    else missing += spoke;
  });
  const lines = el('path', 'axis-line');
  lines.setAttribute('d', withData);
  layer.append(rings, lines);
  if (missing) {
    const dashed = el('path', 'axis-line axis-line--missing');
    dashed.setAttribute('d', missing);
    layer.append(dashed);
  }
  const active = el('path', 'axis-line axis-line--active');
  layer.append(active);
  return { layer, active };
}

/** Draws the active axis's line over its axis, or none (`index` -1); only when it changes. */
export function markActiveAxis(drawing: RadarDrawing, index: number): void {
  if (drawing.active === index) return;
  drawing.active = index;
  const end = drawing.axisEnds[index];
  if (end) {
    drawing.activeLine.setAttribute('d', `M0,0L${round(end.x)},${round(end.y)}`);
    drawing.activeLine.classList.toggle('axis-line--missing', drawing.axisMissing[index]);
  } else drawing.activeLine.removeAttribute('d');
}

function tickLayer(ticks: Array<Box & { value: number }>): SVGGElement {
  const layer = el('g', 'ticks') as SVGGElement;
  layer.setAttribute('aria-hidden', 'true');
  for (const t of ticks) {
    const text = el('text', 'tick');
    text.setAttribute('x', String(t.x + t.width / 2));
    text.setAttribute('y', String(t.y + t.height / 2));
    text.setAttribute('dy', '0.35em');
    text.setAttribute('text-anchor', 'middle');
    text.textContent = String(t.value);
    layer.append(text);
  }
  return layer;
}

/** Lays out and draws everything that depends on the data, once per change of data, size or font. */
export function drawRadar(input: RadarInput): RadarDrawing {
  const { axes, series, min, max, fontSize, measure, valueFor } = input;
  const hasData = axes.map((axis) => series.some((s) => valueFor(s, axis.id) !== null));
  const labelsOf = (numbers: boolean) => axes.map((axis, i) => ({ text: numbers ? String(i + 1) : axis.label, note: hasData[i] ? undefined : NO_DATA }));
  const options = { measure, fontSize: fontSize * 0.875 };
  let numbered = axes.length > 8 && input.width < 560;
  let layout = layoutRadar(labelsOf(numbered), input.width, options);
  // Labels that had to be cut to fit ("Deliver…", at 320 px with 200% text): number the axes
  // instead, with the full labels listed under the chart.
  if (!numbered && layout.cut) {
    numbered = true;
    layout = layoutRadar(labelsOf(true), input.width, options);
  }
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
  let built: TemplateResult | undefined;
  const table = () => (built ??= renderDataTable(
    {
      caption: input.label,
      headers: ['Axis', ...series.map((s) => s.label)],
      rows: axes.map((axis, i) => [axis.label, ...drawings.map((d) => (d.values[i] === null ? NO_DATA : formatScore(d.values[i]!)))]),
    },
    { rowKey: { attribute: 'data-axis', values: axes.map((a) => a.id) } },
  ));
  const axisEnds = layout.angles.map((angle) => polarToCartesian(angle, layout.radius));
  const grid = gridLayer(ticks.map((t) => radiusOf(t.value)), axisEnds, hasData);
  const layers = [
    grid.layer, seriesLayer(drawings), tickLayer(ticks),
    hitLayer(layout.angles, layout.radius, axes.map((axis) => input.describe(axis))),
  ];
  return { layout, numbered, layers, labels: labelLayer(layout, axes, hasData), activeLine: grid.active, axisEnds, axisMissing: hasData.map((has) => !has), active: -1, table };
}
