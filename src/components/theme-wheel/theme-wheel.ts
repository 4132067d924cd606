import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import type { Framework } from '../../core/types.js';
import { codeFits, layoutWheelWithCodes, wheelAngles, type WheelAngles, type WheelLayout } from '../../core/wheel-layout.js';
import { NO_TEXT, wheelNodes, type WheelNode } from '../../core/wheel-tree.js';
import { RovingFocusController, treeStrategy } from '../../controllers/roving-focus.js';
import { HostSizeController } from '../../controllers/host-size.js';
import { LpcSelectEvent } from '../../events/select-event.js';
import { themeColourName } from '../../styles/theme-colours.js';
import { textWidth } from '../../charts/text-measure.js';
import { renderWheel, renderWheelLegend, renderWheelNotes, renderWheelReadout, type WheelHandlers } from './wheel-svg.js';
import { renderWheelList } from './wheel-list.js';
import { themeWheelStyles } from './theme-wheel.styles.js';

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
 * Pointing at a segment or focusing it names it in the line under the wheel (below it, so the
 * wheel never moves under the pointer).
 *
 * When the wheel and its labels (the theme names and every item's B/Q code) cannot fit the width
 * at the page's text size (narrow screens, large text), it becomes a list with the same keyboard
 * model instead of shrinking the text or dropping the codes.
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
 * @csspart readout - The line under the wheel naming the segment under the pointer or focus.
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

  /** Content width and font size of the host in px (from the HostSizeController). */
  @state() protected width = 0;
  @state() protected fontSize = 16;
  /** The node showing the focus ring in the wheel (keyboard focus only). */
  @state() protected focusRingIndex: number | null = null;
  /** The node named in the readout: under the pointer, else focused; -1 for none. */
  @state() protected pointerIndex = -1;
  @state() protected focusIndex = -1;

  #nodes: WheelNode[] = [];
  #angles?: WheelAngles;
  #layout?: WheelLayout;
  /** Whether the wheel can show every item's code at this size (or the items are too many for codes at any size). */
  #codesFit = true;
  /** The host's font family, read when the layout is built (reading it per label is slow). */
  #fontFamily = 'sans-serif';

  /** The tree view keyboard pattern, one tab stop (roving tabindex). */
  #roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement | SVGGElement>('[role="treeitem"]')],
    strategy: treeStrategy(() => this.#nodes),
    onActivate: (index) => this.#userSelect(index),
  });

  constructor() {
    super();
    // The controller adds itself to the element; it measures after the first render and each resize.
    new HostSizeController(this, '.em-probe', ({ width, fontSize }) => {
      if (width !== this.width) this.width = width;
      if (fontSize && Math.abs(fontSize - this.fontSize) > 0.1) this.fontSize = fontSize;
    });
  }

  /** Tree nodes in order: each theme, then its items. Handy for tests and hosts. */
  get nodes(): ReadonlyArray<{ id: string; level: 1 | 2 }> {
    return this.#nodes;
  }

  /** True while the wheel (not the list) is shown. */
  get showingWheel(): boolean {
    return this.layout !== 'list' && !!this.#layout?.fits && this.#codesFit && this.width > 0;
  }

  protected override firstUpdated(): void {
    // The first render drew only the probe, now measured; draw the wheel or list now that the width is known.
    this.requestUpdate();
  }

  /** Width of a line of text in the host's font. */
  #measureText = (text: string, bold: boolean): number => textWidth(text, `${bold ? 600 : 400} ${this.fontSize}px ${this.#fontFamily}`);

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('framework')) {
      this.#angles = this.framework ? wheelAngles(this.framework) : undefined;
      this.#nodes = this.framework && this.#angles ? wheelNodes(this.framework, this.#angles, themeColourName) : [];
    }
    if (changed.has('framework') || changed.has('width') || changed.has('fontSize')) this.#buildLayout();
    if (changed.has('selected') || changed.has('framework')) {
      // The selected node becomes the tab stop; arrowing away from it moves the tab stop on.
      const index = this.#indexOf(this.selected);
      if (index >= 0) this.#roving.active = index;
    }
  }

  #buildLayout(): void {
    this.#layout = undefined;
    if (!this.framework || !this.#angles || this.width <= 0) return;
    this.#fontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
    const titles = this.framework.themes.map((theme) => theme.title);
    ({ layout: this.#layout, codesFit: this.#codesFit } = layoutWheelWithCodes(this.#angles, titles, NO_TEXT, { width: this.width, fontSize: this.fontSize, measure: this.#measureText }));
  }

  #indexOf(id: string | null): number {
    return id ? this.#nodes.findIndex((node) => node.id === id) : -1;
  }

  /** Selects a node because the user asked; fires `lpc-select` unless the page cancels it. */
  #userSelect(index: number | null): void {
    const node = index === null ? undefined : this.#nodes[index];
    const event = new LpcSelectEvent({ themeId: node?.theme.id ?? null, itemId: node?.item ? node.id : null });
    if (!this.dispatchEvent(event)) return;
    this.selected = node?.id ?? null;
  }

  #indexFrom(event: Event, selector = '[role="treeitem"]'): number {
    const target = (event.target as Element).closest?.(selector);
    return target ? Number(target.getAttribute('data-index')) : -1;
  }

  #on: WheelHandlers = {
    keydown: (event) => {
      if (this.#roving.handleKeydown(event) || event.key !== 'Escape' || this.selected === null || this.#indexFrom(event) < 0) return;
      event.preventDefault();
      this.#userSelect(null);
    },
    click: (event) => {
      const index = this.#indexFrom(event, '[data-index]');
      if (index < 0) return;
      this.#roving.active = index;
      this.#userSelect(index);
      // Clicking a label moves focus to its segment, so the keyboard carries on from there.
      this.renderRoot.querySelector<SVGElement | HTMLElement>(`[role="treeitem"][data-index="${index}"]`)?.focus({ preventScroll: true });
    },
    focusin: (event) => {
      const target = event.target as Element;
      const index = this.#indexFrom(event);
      if (index < 0 || !target.matches('[role="treeitem"]')) return;
      this.#roving.active = index;
      this.focusIndex = index;
      this.focusRingIndex = target.matches(':focus-visible') ? index : null;
    },
    focusout: () => {
      this.focusRingIndex = null;
      this.focusIndex = -1;
    },
    pointerover: (event) => {
      this.pointerIndex = this.#indexFrom(event, '[data-index]');
    },
    pointerleave: () => {
      this.pointerIndex = -1;
    },
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
      const selectedIndex = this.#indexOf(this.selected);
      const noTextThemes = framework.themes.filter((theme) => theme.status === 'no-text-in-source');
      const layout = this.#layout;
      const codeShown = (node: WheelNode) => !!layout && codeFits(layout.radius, layout.lineHeight, node, this.#measureText(node.code, true));
      content = html`
        ${layout?.fits && this.#codesFit
          ? html`<div class="toolbar"><button type="button" class="toggle" part="layout-toggle" @click=${this.#toggleLayout}>
              ${wheel ? 'Show as a list' : 'Show as a wheel'}</button></div>`
          : nothing}
        ${wheel
          ? renderWheel({
              label: this.label, nodes: this.#nodes, layout: layout!, selectedIndex, focusRingIndex: this.focusRingIndex, codeShown, on: this.#on,
            })
          : renderWheelList(this.label, this.#nodes, selectedIndex, this.#on)}
        ${wheel ? renderWheelReadout(this.#nodes[this.pointerIndex >= 0 ? this.pointerIndex : this.focusIndex]) : nothing}
        ${wheel ? renderWheelLegend(this.#nodes.some((n) => n.level === 2 && codeShown(n)), noTextThemes.length > 0) : nothing}
        ${wheel ? renderWheelNotes(noTextThemes) : nothing}
      `;
    }
    // One outer template in every state, so the probe the ResizeObserver watches stays the same element.
    return html`<div class="base" part="base">${content}<span class="em-probe" aria-hidden="true"></span></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-theme-wheel': LpcThemeWheel;
  }
}
