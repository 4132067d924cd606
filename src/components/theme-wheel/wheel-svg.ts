/** The wheel layout of `<lpc-theme-wheel>`: the SVG tree and its key. A view: state comes from the element. */
import { html, nothing, svg } from 'lit';
import { arc } from 'd3-shape';
import { polarToCartesian } from '../../core/polar-labels.js';
import type { WheelLayout } from '../../core/wheel-layout.js';
import type { Theme } from '../../core/types.js';
import { NO_TEXT, wheelNodeName, type WheelNode } from '../../core/wheel-tree.js';

export interface WheelHandlers {
  keydown: (event: KeyboardEvent) => void;
  click: (event: MouseEvent) => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
  pointerover: (event: PointerEvent) => void;
  pointerleave: (event: PointerEvent) => void;
}

export interface WheelView {
  label: string;
  nodes: readonly WheelNode[];
  layout: WheelLayout;
  selectedIndex: number;
  /** The node with the keyboard focus ring, or null. */
  focusRingIndex: number | null;
  /** Whether each node's code is drawn on its segment. */
  codeShown: (node: WheelNode) => boolean;
  on: WheelHandlers;
}

type Ring = { innerRadius: number; outerRadius: number; startAngle: number; endAngle: number };

export function renderWheel(view: WheelView) {
  const { layout, nodes, selectedIndex, on } = view;
  const { radius, holeRadius, themeOuterRadius, itemInnerRadius, viewBox } = layout;
  const segment = arc<Ring>()
    // A 3 px gap between segments, but never more than a third of a tiny segment.
    .padAngle((d) => Math.min(3 / radius, (d.endAngle - d.startAngle) / 3))
    .padRadius(radius);
  const ringOf = (node: WheelNode): Ring => ({
    innerRadius: node.level === 1 ? holeRadius : itemInnerRadius,
    outerRadius: node.level === 1 ? themeOuterRadius : radius,
    startAngle: node.startAngle,
    endAngle: node.endAngle,
  });
  const focusNode = view.focusRingIndex === null ? undefined : nodes[view.focusRingIndex];
  return html`
    <svg class="wheel" part="wheel" role="tree" aria-label=${view.label} tabindex="-1"
      viewBox="${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}"
      width=${Math.ceil(viewBox.width)} height=${Math.ceil(viewBox.height)}
      @keydown=${on.keydown} @click=${on.click} @focusin=${on.focusin} @focusout=${on.focusout}
      @pointerover=${on.pointerover} @pointerleave=${on.pointerleave}>
      <defs aria-hidden="true">
        ${(['being', 'relating', 'leading', 'delivering'] as const).map(
          (name) => svg`<pattern id="hatch-${name}" class="hatch colour-${name}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" class="hatch-background"></rect><rect width="3" height="8" class="hatch-line"></rect></pattern>`,
        )}
      </defs>
      <g class="labels" aria-hidden="true">
        ${layout.labels.map((label) => {
          const index = nodes.findIndex((n) => n.level === 1 && n.themeIndex === label.index);
          const node = nodes[index];
          const from = polarToCartesian((node.startAngle + node.endAngle) / 2, radius + 2);
          const to = { x: Math.max(label.x, Math.min(from.x, label.x + label.width)), y: Math.max(label.y, Math.min(from.y, label.y + label.height)) };
          const anchor = label.align === 'middle' ? 'middle' : label.align;
          const x = label.align === 'middle' ? label.x + label.width / 2 : label.align === 'start' ? label.x : label.x + label.width;
          return svg`<g class="label ${index === selectedIndex ? 'label--selected' : ''}" data-index=${index}>
            <line class="leader colour-${node.colour}" x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>
            <text class="label-text" text-anchor=${anchor} direction="ltr">${label.lines.map(
              (line, i) => svg`<tspan class=${line.bold ? 'label-title' : 'label-note'} x=${x} y=${label.y + (i + 0.5) * layout.lineHeight} dominant-baseline="central">${line.text}</tspan>`,
            )}</text>
          </g>`;
        })}
      </g>
      ${nodes.map((node, index) => {
        const isTheme = node.level === 1;
        const noText = isTheme && node.theme.status === 'no-text-in-source';
        // Outlines would fill a very thin segment: draw them hairline there.
        const thin = !isTheme && radius * (node.endAngle - node.startAngle) < 12;
        const [cx, cy] = segment.centroid(ringOf(node));
        return svg`<g role="treeitem" tabindex="-1" data-index=${index}
            class="node node--${isTheme ? 'theme' : node.item!.kind} colour-${node.colour} ${index === selectedIndex ? 'node--selected' : ''} ${thin ? 'node--thin' : ''}"
            aria-level=${node.level} aria-posinset=${node.posInSet} aria-setsize=${node.setSize}
            aria-selected=${index === selectedIndex ? 'true' : 'false'}
            aria-expanded=${isTheme && !noText ? 'true' : nothing}
            aria-label=${wheelNodeName(node)}>
            <path class="segment" d=${segment(ringOf(node)) ?? ''}></path>
            ${noText
              ? svg`<path class="segment segment--no-text" d=${segment({ ...ringOf(node), innerRadius: itemInnerRadius, outerRadius: radius }) ?? ''}></path>`
              : nothing}
            ${!isTheme && view.codeShown(node) ? svg`<text class="code" x=${cx} y=${cy} text-anchor="middle" dominant-baseline="central">${node.code}</text>` : nothing}
          </g>`;
      })}
      ${focusNode
        ? svg`<g class="focus-ring" aria-hidden="true">
            <path class="focus-ring__outer" d=${segment(ringOf(focusNode)) ?? ''}></path>
            <path class="focus-ring__inner" d=${segment(ringOf(focusNode)) ?? ''}></path>
          </g>`
        : nothing}
    </svg>
  `;
}

/** The key under the wheel: solid behaviours, pale qualities, hatched "no text". */
export function renderWheelLegend(codesShown: boolean, hasNoText: boolean) {
  const swatch = (kind: string) => html`<svg class="swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    ${kind === 'no-text'
      ? svg`<rect x="1" y="1" width="22" height="22" class="legend-no-text"></rect>
          <defs><pattern id="legend-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" class="hatch colour-leading">
          <rect width="8" height="8" class="hatch-background"></rect><rect width="3" height="8" class="hatch-line"></rect></pattern></defs>`
      : svg`<rect x="1" y="1" width="22" height="22" class="legend-${kind}"></rect>`}
  </svg>`;
  return html`<ul class="legend" part="legend" aria-label="Key">
    <li>${swatch('behaviour')}<span>${codesShown ? html`<strong>B1, B2 …</strong> ` : nothing}Solid: systems leadership behaviours</span></li>
    <li>${swatch('quality')}<span>${codesShown ? html`<strong>Q1, Q2 …</strong> ` : nothing}Pale with an outline: leadership for personalised care qualities</span></li>
    ${hasNoText ? html`<li>${swatch('no-text')}<span>Striped: ${NO_TEXT.toLowerCase()}</span></li>` : nothing}
  </ul>`;
}

/** The line under the wheel naming the segment under the pointer, else the focused one (screen readers hear the segment's own name). */
export function renderWheelReadout(node: WheelNode | undefined) {
  return html`<p class="readout" part="readout" aria-hidden="true">${node ? wheelNodeName(node) : 'Point at or tab to a segment to see its name.'}</p>`;
}

/** The framework's own notes on themes it gives no text for. */
export function renderWheelNotes(themes: Theme[]) {
  return themes.length
    ? html`<div class="notes" part="notes">${themes.map((theme) => html`<p><strong>${theme.title}:</strong> ${theme.statusNote ?? NO_TEXT}</p>`)}</div>`
    : nothing;
}
