/**
 * The dot plot's rows, built as DOM: a report's plot has a row per item (27 in the framework), each
 * with grid lines, a range bar and two markers. One Lit template per row, with a directive per mark,
 * cost more than the rest of the report's first render together; a clone of one prepared row, with
 * only the text, attributes and positions filled in, costs a fraction of that. Text goes in as text
 * nodes only and positions through the CSSOM (no style attribute, so a strict CSP holds).
 */
import { markerPath, type SeriesStyle } from '../../charts/series-styles.js';
import type { GapItem } from './gap-chart.js';

export interface GapRowsOptions {
  /** Scale values with a grid line. */
  ticks: readonly number[];
  /** Where a value sits along the plot, in percent. */
  percent: (value: number) => number;
  /** The row's text alternative. */
  describe: (item: GapItem) => string;
  self: { style: SeriesStyle; label: string };
  others: { style: SeriesStyle; label: string };
}

const SVG = 'http://www.w3.org/2000/svg';

function marker(style: SeriesStyle, kind: 'self' | 'others'): SVGSVGElement {
  // The hollow self marker is larger, so an equal others dot shows inside it.
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', `dot dot--${kind}`);
  svg.setAttribute('data-marker', style.marker);
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('class', style.filled ? 'marker' : 'marker marker--hollow');
  path.setAttribute('d', markerPath(style.marker, style.filled ? 60 : 150));
  svg.append(path);
  svg.style.setProperty('--_series', style.paint);
  return svg;
}

function span(className: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  return el;
}

/** The rows in the given order, in a fragment for the chart's `<tbody>`. */
export function gapRows(items: readonly GapItem[], options: GapRowsOptions): DocumentFragment {
  const { ticks, percent, describe, self, others } = options;
  const row = document.createElement('tr');
  row.className = 'row';
  row.setAttribute('part', 'row');
  row.setAttribute('role', 'listitem');
  const label = document.createElement('td');
  label.className = 'row__label';
  label.setAttribute('aria-hidden', 'true');
  const plot = document.createElement('td');
  plot.className = 'plot';
  plot.setAttribute('role', 'img');
  // What every row shares (grid lines, series colours) is set once on the prototypes: a clone keeps
  // CSSOM-set styles, under a strict CSP too.
  for (const t of ticks) {
    const grid = span('grid');
    grid.style.setProperty('left', `${percent(t)}%`);
    plot.append(grid);
  }
  row.append(label, plot);
  const selfMarker = marker(self.style, 'self');
  const othersMarker = marker(others.style, 'others');
  const range = span('range');
  const missing = span('missing');
  missing.setAttribute('aria-hidden', 'true');

  const place = (prototype: SVGSVGElement, value: number) => {
    const dot = prototype.cloneNode(true) as SVGSVGElement;
    dot.setAttribute('data-value', String(value));
    dot.style.setProperty('left', `${percent(value)}%`);
    return dot;
  };

  const fragment = document.createDocumentFragment();
  for (const item of items) {
    const tr = row.cloneNode(true) as HTMLTableRowElement;
    tr.setAttribute('data-item', item.id);
    const [labelCell, plotCell] = tr.children as unknown as [HTMLElement, HTMLElement];
    labelCell.textContent = item.label;
    plotCell.setAttribute('aria-label', describe(item));
    if (item.low !== null && item.high !== null) {
      const bar = range.cloneNode() as HTMLSpanElement;
      bar.setAttribute('data-low', String(item.low));
      bar.setAttribute('data-high', String(item.high));
      bar.style.setProperty('left', `${percent(item.low)}%`);
      bar.style.setProperty('width', `${percent(item.high) - percent(item.low)}%`);
      plotCell.append(bar);
    }
    if (item.self !== null) plotCell.append(place(selfMarker, item.self));
    if (item.others !== null) plotCell.append(place(othersMarker, item.others));
    if (item.self === null || item.others === null) {
      const note = missing.cloneNode() as HTMLSpanElement;
      note.textContent = item.self === null && item.others === null ? 'no data'
        : item.self === null ? `${self.label}: no data` : `${others.label}: no data`;
      plotCell.append(note);
    }
    fragment.append(tr);
  }
  return fragment;
}
