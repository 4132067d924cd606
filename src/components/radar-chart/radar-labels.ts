import type { RadarLayout } from '../../core/radar-layout.js';
import type { RadarAxis } from './radar-chart.js';

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The axis labels, as HTML over the SVG: one block per label, its wrapped lines split by newlines
 * (`white-space: pre`), "no data" in italics under an axis without values. A CPU profile of a
 * warm render (27 axes x 6 series) put the SVG text (one `<tspan>` per line, each glyph placed by
 * SVG text layout) at about 40% of the browser's style and layout work; HTML text lays out in
 * about half the time. Positions are shares of the view box and the size follows the chart's
 * width (`cqw`), so the labels scale with the SVG exactly as SVG text did.
 */
export function labelLayer(layout: RadarLayout, axes: RadarAxis[], hasData: boolean[]): HTMLElement {
  const { view } = layout;
  const layer = document.createElement('div');
  layer.className = 'labels';
  layer.setAttribute('aria-hidden', 'true');
  // The label's size as a share of the chart's width, for when the SVG scales down (narrower than
  // its view); 0.1% spare so a chart at its full size keeps the exact font size (min() in the styles).
  layer.style.setProperty('--_label-scale', String(layout.fontSize / (view.width * 0.999)));
  layer.style.setProperty('--_label-line', String(layout.lineHeight / layout.fontSize));
  const share = (v: number, of: number) => `${round(v / of * 1e4) / 100}%`;
  for (const label of layout.labels) {
    const missing = !hasData[label.index];
    const block = document.createElement('div');
    block.className = `axis-label axis-label--${label.align}${missing ? ' axis-label--missing' : ''}`;
    block.setAttribute('data-axis', axes[label.index].id);
    const { style } = block;
    style.top = share(label.y - view.y, view.height);
    if (label.align === 'start') style.left = share(label.x - view.x, view.width);
    else if (label.align === 'end') style.right = share(view.x + view.width - label.x - label.width, view.width);
    else style.left = share(label.x + label.width / 2 - view.x, view.width);
    const lines = missing ? label.lines.slice(0, -1) : label.lines;
    block.textContent = lines.join('\n');
    if (missing) {
      const note = document.createElement('span');
      note.className = 'no-data';
      note.textContent = `${lines.length ? '\n' : ''}${label.lines[label.lines.length - 1]}`;
      block.append(note);
    }
    layer.append(block);
  }
  return layer;
}
