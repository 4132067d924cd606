import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { arc } from 'd3-shape';
import { frameworkContext } from '../../context.js';
import type { Framework, FrameworkItem, Theme } from '../../core/types.js';
import { polarToCartesian } from '../../core/polar-labels.js';
import { layoutWheel, wheelAngles, type WheelAngles, type WheelLayout } from '../../core/wheel-layout.js';
import { LpcSelectEvent } from '../../events/select-event.js';
import { isTreeKey, nextNode, type TreeNode } from './tree-navigation.js';
import { themeColourName } from '../../styles/theme-colours.js';
import { themeWheelStyles } from './theme-wheel.styles.js';

/** One node of the tree: a theme (level 1) or an item (level 2), in document order. */
interface WheelNode extends TreeNode {
  id: string;
  themeIndex: number;
  theme: Theme;
  item?: FrameworkItem;
  /** `B1`, `Q2` ... for items. */
  code: string;
  startAngle: number;
  endAngle: number;
  /** Position in its ring and the ring's size, for aria-posinset / aria-setsize. */
  posInSet: number;
  setSize: number;
  colour: string;
}

const NO_TEXT = 'No text in the framework';

function kindName(item: FrameworkItem): string {
  return item.kind === 'behaviour' ? 'systems leadership behaviour' : 'leadership for personalised care quality';
}

function countText(theme: Theme): string {
  const b = theme.behaviours.length;
  const q = theme.qualities.length;
  return `${b} ${b === 1 ? 'behaviour' : 'behaviours'} and ${q} ${q === 1 ? 'quality' : 'qualities'}`;
}

/**
 * @tagname lpc-theme-wheel
 * An interactive wheel of the framework: themes in the inner ring, their behaviours and qualities
 * in the outer ring. A theme the framework gives no text for (Leading and visioning) is drawn
 * hatched and says so in words.
 *
 * Keyboard: the WAI-ARIA Authoring Practices **tree view** pattern, with every theme expanded.
 * Tab enters the wheel once (roving tabindex). Up and Down move round the current ring, Right
 * moves into the item ring (the theme's first item), Left moves back out to the theme, Home and
 * End go to the first and last node of the ring, Enter or Space selects, Escape clears the
 * selection. Left and Right swap in right-to-left pages.
 *
 * When the wheel and its labels cannot fit the width at the page's text size (narrow screens,
 * large text), it becomes a list with the same keyboard model instead of shrinking the text.
 * The "Show as a list" button gives the same list on request.
 *
 * @summary The framework as a wheel of themes and items; select a theme or item by pointer, touch or keyboard.
 *
 * @fires {LpcSelectEvent} lpc-select - The user selected a theme or item, or cleared the selection with Escape. `detail: { themeId, itemId }` (`itemId` is `null` for a theme; both are `null` when cleared). Cancelable. Never fired when `selected` is set by the page.
 *
 * @csspart base - The wrapper.
 * @csspart wheel - The SVG wheel (`role="tree"`).
 * @csspart list - The list layout (`role="tree"`).
 * @csspart layout-toggle - The "Show as a list" / "Show as a wheel" button.
 * @csspart legend - The key to the item markers and the hatched "no text" state.
 * @csspart notes - The framework's notes on themes without text.
 *
 * @cssproperty --lpc-theme-being - Colour of the Being theme (default NHS blue #005eb8).
 * @cssproperty --lpc-theme-relating - Colour of Relating and communicating (default NHS purple #330072).
 * @cssproperty --lpc-theme-leading - Colour of Leading and visioning (default NHS grey #4c6272).
 * @cssproperty --lpc-theme-delivering - Colour of Delivering (default NHS green #007f3b).
 * @cssproperty --lpc-color-focus - Focus ring colour (default NHS yellow #ffeb3b).
 */
export class LpcThemeWheel extends LitElement {
  static override styles = themeWheelStyles;

  /** Id of the selected theme or item, e.g. `being` or `being.authenticity`. Reflects. */
  @property({ type: String, reflect: true }) selected: string | null = null;

  /** `wheel` (default): a wheel when it fits, else a list. `list`: always a list. */
  @property({ type: String }) layout: 'wheel' | 'list' = 'wheel';

  /** Accessible name of the wheel and list. */
  @property({ type: String }) label = 'Themes and items of the framework';

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  /** Content width and font size of the host in px, measured by ResizeObservers. */
  @state() protected width = 0;
  @state() protected fontSize = 16;
  /** The node that has tabindex 0 (roving tabindex). */
  @state() protected activeIndex = 0;
  /** The node showing the focus ring in the wheel (keyboard focus only). */
  @state() protected focusRingIndex: number | null = null;

  #nodes: WheelNode[] = [];
  #angles?: WheelAngles;
  #layout?: WheelLayout;
  #resize?: ResizeObserver;
  #frame = 0;
  #context?: CanvasRenderingContext2D | null;
  /** The host's font family, read when the layout is built (reading it per label is slow). */
  #fontFamily = 'sans-serif';
  #widths = new Map<string, number>();
  /** Whether the wheel has room for the B1 / Q1 labels (the key mentions them only then). */
  #codesShown = true;

  /** Tree nodes in order: each theme, then its items. Handy for tests and hosts. */
  get nodes(): ReadonlyArray<{ id: string; level: 1 | 2 }> {
    return this.#nodes;
  }

  /** True while the wheel (not the list) is shown. */
  get showingWheel(): boolean {
    return this.layout !== 'list' && !!this.#layout?.fits && this.width > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measure in the next frame: re-rendering inside the observer's callback would resize the
    // observed elements again in the same frame (a "ResizeObserver loop").
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#measure());
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  protected override firstUpdated(): void {
    this.#resize?.observe(this);
    const probe = this.renderRoot.querySelector('.em-probe');
    if (probe) this.#resize?.observe(probe);
    this.#measure();
    // The first render drew only the probe; draw the wheel or list now that the width is known.
    this.requestUpdate();
  }

  #measure(): void {
    const probe = this.renderRoot.querySelector<HTMLElement>('.em-probe');
    const width = Math.floor(this.getBoundingClientRect().width);
    const fontSize = probe ? probe.getBoundingClientRect().width : 16;
    if (width !== this.width) this.width = width;
    if (fontSize && Math.abs(fontSize - this.fontSize) > 0.1) this.fontSize = fontSize;
  }

  /** Width of a line of text in the host's font, measured on a canvas (no layout needed). */
  #measureText = (text: string, bold: boolean): number => {
    this.#context ??= document.createElement('canvas').getContext('2d');
    const context = this.#context;
    if (!context) return text.length * this.fontSize * 0.6;
    const font = `${bold ? 600 : 400} ${this.fontSize}px ${this.#fontFamily}`;
    const key = `${font}|${text}`;
    const known = this.#widths.get(key);
    if (known !== undefined) return known;
    if (context.font !== font) context.font = font;
    const width = context.measureText(text).width;
    if (this.#widths.size > 2000) this.#widths.clear();
    this.#widths.set(key, width);
    return width;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('framework')) this.#buildNodes();
    if (changed.has('framework') || changed.has('width') || changed.has('fontSize')) this.#buildLayout();
    if (changed.has('selected') || changed.has('framework')) {
      const index = this.#indexOf(this.selected);
      if (index >= 0) this.activeIndex = index;
      else if (this.activeIndex >= this.#nodes.length) this.activeIndex = 0;
    }
  }

  #buildNodes(): void {
    const framework = this.framework;
    this.#nodes = [];
    this.#angles = undefined;
    if (!framework) return;
    const angles = wheelAngles(framework);
    this.#angles = angles;
    const themeCount = framework.themes.length;
    const itemCount = angles.items.length;
    let itemPosition = 0;
    framework.themes.forEach((theme, themeIndex) => {
      const span = angles.themes[themeIndex];
      const colour = themeColourName(theme.id, themeIndex);
      const parent = this.#nodes.length;
      this.#nodes.push({ id: theme.id, level: 1, parent: null, themeIndex, theme, code: '', startAngle: span.startAngle, endAngle: span.endAngle, posInSet: themeIndex + 1, setSize: themeCount, colour });
      for (const itemSpan of angles.items.filter((entry) => entry.themeIndex === themeIndex)) {
        this.#nodes.push({
          id: itemSpan.item.id, level: 2, parent, themeIndex, theme, item: itemSpan.item, code: itemSpan.code,
          startAngle: itemSpan.startAngle, endAngle: itemSpan.endAngle, posInSet: ++itemPosition, setSize: itemCount, colour,
        });
      }
    });
  }

  #buildLayout(): void {
    this.#layout = undefined;
    if (!this.framework || !this.#angles || this.width <= 0) return;
    this.#fontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
    this.#layout = layoutWheel(
      this.#angles.themes,
      this.framework.themes.map((theme, i) => ({ title: theme.title, note: this.#angles!.themes[i].noText ? NO_TEXT : null })),
      { width: this.width, fontSize: this.fontSize, measure: this.#measureText },
    );
  }

  #indexOf(id: string | null): number {
    return id ? this.#nodes.findIndex((node) => node.id === id) : -1;
  }

  #nodeName(node: WheelNode): string {
    if (!node.item) return `${node.theme.title}: ${node.theme.status === 'no-text-in-source' ? NO_TEXT.toLowerCase() : countText(node.theme)}`;
    const text = node.item.kind === 'behaviour' ? node.item.heading : node.item.text;
    return `${node.code} ${text} (${kindName(node.item)}, ${node.theme.title})`;
  }

  /** Selects a node because the user asked; fires `lpc-select` unless the page cancels it. */
  #userSelect(index: number | null): void {
    const node = index === null ? undefined : this.#nodes[index];
    const id = node?.id ?? null;
    const event = new LpcSelectEvent({ themeId: node?.theme.id ?? null, itemId: node?.item ? node.id : null });
    if (!this.dispatchEvent(event)) return;
    this.selected = id;
  }

  #focusNode(index: number): void {
    this.activeIndex = index;
    // Wait for the new tabindex to render, then move focus.
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement | SVGElement>(`[role="treeitem"][data-index="${index}"]`)?.focus();
    });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const target = (event.target as Element).closest?.('[role="treeitem"]');
    if (!target) return;
    const current = Number(target.getAttribute('data-index'));
    if (isTreeKey(event.key)) {
      const rtl = getComputedStyle(this).direction === 'rtl';
      const next = nextNode(this.#nodes, current, event.key, rtl);
      event.preventDefault();
      if (next !== null) this.#focusNode(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#userSelect(current);
    } else if (event.key === 'Escape' && this.selected !== null) {
      event.preventDefault();
      this.#userSelect(null);
    }
  };

  #onClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest?.('[data-index]');
    if (!target) return;
    const index = Number(target.getAttribute('data-index'));
    this.activeIndex = index;
    this.#userSelect(index);
    // Clicking a label moves focus to its segment, so the keyboard carries on from there.
    this.renderRoot.querySelector<SVGElement | HTMLElement>(`[role="treeitem"][data-index="${index}"]`)?.focus({ preventScroll: true });
  };

  #onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    const index = Number(target.getAttribute?.('data-index'));
    if (Number.isNaN(index) || !target.matches('[role="treeitem"]')) return;
    this.activeIndex = index;
    this.focusRingIndex = target.matches(':focus-visible') ? index : null;
  };

  #onFocusOut = (): void => {
    this.focusRingIndex = null;
  };

  #toggleLayout = (): void => {
    this.layout = this.showingWheel ? 'list' : 'wheel';
  };

  protected override render() {
    const framework = this.framework;
    let content: unknown = nothing;
    if (!framework) {
      content = html`<p class="status">The framework has not loaded yet.</p>`;
    } else if (this.hasUpdated || this.layout === 'list') {
      // Before the first update only the probe is rendered, and firstUpdated measures the width:
      // drawing the list first, reading its layout, then replacing it with the wheel doubled the
      // first render's cost.
      const wheel = this.showingWheel;
      const canShowWheel = !!this.#layout?.fits;
      const noTextThemes = framework.themes.filter((theme) => theme.status === 'no-text-in-source');
      content = html`
        ${canShowWheel
          ? html`<div class="toolbar"><button type="button" class="toggle" part="layout-toggle" @click=${this.#toggleLayout}>
              ${wheel ? 'Show as a list' : 'Show as a wheel'}</button></div>`
          : nothing}
        ${wheel ? this.#renderWheel() : this.#renderList()}
        ${wheel ? this.#renderLegend() : nothing}
        ${wheel && noTextThemes.length
          ? html`<div class="notes" part="notes">${noTextThemes.map((theme) => html`<p><strong>${theme.title}:</strong> ${theme.statusNote ?? NO_TEXT}</p>`)}</div>`
          : nothing}
      `;
    }
    // One outer template in every state, so the probe the ResizeObserver watches stays the same element.
    return html`<div class="base" part="base">${content}<span class="em-probe" aria-hidden="true"></span></div>`;
  }

  #renderWheel() {
    const layout = this.#layout!;
    const { radius, holeRadius, themeOuterRadius, itemInnerRadius, viewBox } = layout;
    const gap = 3;
    const segment = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>()
      // A 3 px gap between segments, but never more than a third of a tiny segment.
      .padAngle((d) => Math.min(gap / radius, (d.endAngle - d.startAngle) / 3))
      .padRadius(radius);
    const selectedIndex = this.#indexOf(this.selected);
    const itemMid = (itemInnerRadius + radius) / 2;
    const ringThickness = radius - itemInnerRadius;
    const pathOf = (node: WheelNode) =>
      segment({
        innerRadius: node.level === 1 ? holeRadius : itemInnerRadius,
        outerRadius: node.level === 1 ? themeOuterRadius : radius,
        startAngle: node.startAngle,
        endAngle: node.endAngle,
      }) ?? '';
    const codeFits = (node: WheelNode) => {
      const chord = 2 * itemMid * Math.sin(Math.min(Math.PI / 2, (node.endAngle - node.startAngle) / 2));
      return ringThickness >= layout.lineHeight && chord >= this.#measureText(node.code, true) + 8;
    };
    const focusNode = this.focusRingIndex === null ? undefined : this.#nodes[this.focusRingIndex];
    this.#codesShown = this.#nodes.some((node) => node.level === 2 && codeFits(node));
    return html`
      <svg
        class="wheel"
        part="wheel"
        role="tree"
        aria-label=${this.label}
        tabindex="-1"
        viewBox="${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}"
        width=${Math.ceil(viewBox.width)}
        height=${Math.ceil(viewBox.height)}
        @keydown=${this.#onKeyDown}
        @click=${this.#onClick}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
      >
        <defs aria-hidden="true">
          ${(['being', 'relating', 'leading', 'delivering'] as const).map(
            (name) => svg`<pattern id="hatch-${name}" class="hatch colour-${name}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" class="hatch-background"></rect><rect width="3" height="8" class="hatch-line"></rect></pattern>`,
          )}
        </defs>
        <g class="labels" aria-hidden="true">
          ${layout.labels.map((label) => {
            const node = this.#nodes.find((n) => n.level === 1 && n.themeIndex === label.index)!;
            const mid = (node.startAngle + node.endAngle) / 2;
            const from = polarToCartesian(mid, radius + 2);
            const to = { x: Math.max(label.x, Math.min(from.x, label.x + label.width)), y: Math.max(label.y, Math.min(from.y, label.y + label.height)) };
            const anchor = label.align === 'middle' ? 'middle' : label.align === 'start' ? 'start' : 'end';
            const x = label.align === 'middle' ? label.x + label.width / 2 : label.align === 'start' ? label.x : label.x + label.width;
            const index = this.#nodes.indexOf(node);
            return svg`<g class="label ${index === selectedIndex ? 'label--selected' : ''}" data-index=${index}>
              <line class="leader colour-${node.colour}" x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>
              <text class="label-text" text-anchor=${anchor} direction="ltr">${label.lines.map(
                (line, i) => svg`<tspan class=${line.bold ? 'label-title' : 'label-note'} x=${x} y=${label.y + (i + 0.5) * layout.lineHeight} dominant-baseline="central">${line.text}</tspan>`,
              )}</text>
            </g>`;
          })}
        </g>
        ${this.#nodes.map((node, index) => {
          const isTheme = node.level === 1;
          const noText = isTheme && node.theme.status === 'no-text-in-source';
          const kind = isTheme ? 'theme' : node.item!.kind;
          // Outlines would fill a very thin segment: draw them hairline there.
          const thin = !isTheme && radius * (node.endAngle - node.startAngle) < 12;
          const [cx, cy] = segment.centroid({ innerRadius: isTheme ? holeRadius : itemInnerRadius, outerRadius: isTheme ? themeOuterRadius : radius, startAngle: node.startAngle, endAngle: node.endAngle });
          return svg`<g
              role="treeitem"
              class="node node--${kind} colour-${node.colour} ${index === selectedIndex ? 'node--selected' : ''} ${thin ? 'node--thin' : ''}"
              data-index=${index}
              tabindex=${index === this.activeIndex ? 0 : -1}
              aria-level=${node.level}
              aria-posinset=${node.posInSet}
              aria-setsize=${node.setSize}
              aria-selected=${index === selectedIndex ? 'true' : 'false'}
              aria-expanded=${isTheme && !noText ? 'true' : nothing}
              aria-label=${this.#nodeName(node)}
            >
              <path class="segment" d=${pathOf(node)}></path>
              ${noText
                ? svg`<path class="segment segment--no-text" d=${segment({ innerRadius: itemInnerRadius, outerRadius: radius, startAngle: node.startAngle, endAngle: node.endAngle }) ?? ''}></path>`
                : nothing}
              ${!isTheme && codeFits(node) ? svg`<text class="code" x=${cx} y=${cy} text-anchor="middle" dominant-baseline="central">${node.code}</text>` : nothing}
            </g>`;
        })}
        ${focusNode
          ? svg`<g class="focus-ring" aria-hidden="true">
              <path class="focus-ring__outer" d=${pathOf(focusNode)}></path>
              <path class="focus-ring__inner" d=${pathOf(focusNode)}></path>
            </g>`
          : nothing}
      </svg>
    `;
  }

  #renderLegend() {
    const swatch = (kind: string) => html`<svg class="swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      ${kind === 'no-text'
        ? svg`<rect x="1" y="1" width="22" height="22" class="legend-no-text"></rect>
            <defs><pattern id="legend-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" class="hatch colour-leading">
            <rect width="8" height="8" class="hatch-background"></rect><rect width="3" height="8" class="hatch-line"></rect></pattern></defs>`
        : svg`<rect x="1" y="1" width="22" height="22" class="legend-${kind}"></rect>`}
    </svg>`;
    return html`<ul class="legend" part="legend" aria-label="Key">
      <li>${swatch('behaviour')}<span>${this.#codesShown ? html`<strong>B1, B2 …</strong> ` : nothing}Solid: systems leadership behaviours</span></li>
      <li>${swatch('quality')}<span>${this.#codesShown ? html`<strong>Q1, Q2 …</strong> ` : nothing}Pale with an outline: leadership for personalised care qualities</span></li>
      ${this.framework?.themes.some((theme) => theme.status === 'no-text-in-source')
        ? html`<li>${swatch('no-text')}<span>Striped: ${NO_TEXT.toLowerCase()}</span></li>`
        : nothing}
    </ul>`;
  }

  /**
   * The list layout: the same tree, flat (`aria-level` gives the depth, as in the wheel), so each
   * treeitem's name is its own visible text.
   */
  #renderList() {
    const selectedIndex = this.#indexOf(this.selected);
    return html`
      <ul
        class="list"
        part="list"
        role="tree"
        aria-label=${this.label}
        @keydown=${this.#onKeyDown}
        @click=${this.#onClick}
        @focusin=${this.#onFocusIn}
      >
        ${this.#nodes.map((node, index) => {
          const common = {
            tabindex: index === this.activeIndex ? 0 : -1,
            selected: index === selectedIndex ? 'true' : 'false',
          };
          if (!node.item) {
            const noText = node.theme.status === 'no-text-in-source';
            return html`<li
              role="treeitem"
              class="list-theme colour-${node.colour}"
              data-index=${index}
              tabindex=${common.tabindex}
              aria-level="1"
              aria-posinset=${node.posInSet}
              aria-setsize=${node.setSize}
              aria-selected=${common.selected}
              aria-expanded=${noText ? nothing : 'true'}
            >
              <div class="row row--theme ${noText ? 'row--no-text' : ''}">
                <span class="row-text"><span class="list-title" dir="auto">${node.theme.title}</span>
                <span class="count">${noText ? `${NO_TEXT}. ${node.theme.statusNote ?? ''}` : countText(node.theme)}</span></span>
              </div>
            </li>`;
          }
          const item = node.item;
          return html`<li
            role="treeitem"
            class="list-item colour-${node.colour}"
            data-index=${index}
            tabindex=${common.tabindex}
            aria-level="2"
            aria-posinset=${node.posInSet}
            aria-setsize=${node.setSize}
            aria-selected=${common.selected}
          >
            <div class="row row--item">
              <span class="code-badge code-badge--${item.kind}">${node.code}</span>
              <span class="row-text"><span dir="auto">${item.kind === 'behaviour' ? item.heading : item.text}</span>
                <span class="visually-hidden">(${kindName(item)})</span></span>
            </div>
          </li>`;
        })}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-theme-wheel': LpcThemeWheel;
  }
}
