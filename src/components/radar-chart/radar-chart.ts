import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../directives/css-props.js';
import { formatScore } from '../../core/report-tables.js';
import type { TextMeasure } from '../../core/radar-layout.js';
import { textWidth } from '../../charts/text-measure.js';
import { seriesClass, seriesStyle } from '../../charts/series-styles.js';
import { RovingFocusController, lineStrategy } from '../../controllers/roving-focus.js';
import { TableDisclosure } from '../../charts/table-disclosure.js';
import { NO_DATA, drawRadar, markActiveAxis, type RadarDrawing } from './radar-svg.js';
import { radarChartStyles } from './radar-chart.styles.js';

/** One axis of the radar: a theme or an item. */
export interface RadarAxis {
  id: string;
  label: string;
}

/** One line on the radar, e.g. "You (self)" or "All raters". A missing value is `null`, never 0. */
export interface RadarSeries {
  id: string;
  label: string;
  values: Record<string, number | null | undefined>;
}

/**
 * A radar (spider) chart of scores on theme or item axes, for one or more series.
 *
 * @tagname lpc-radar-chart
 * @summary Radar chart for the overall shape of 360 scores. Series differ by colour, dash pattern
 * and marker shape, with a legend. A missing value is never drawn as 0: its axis is labelled
 * "no data". Values show on hover and on keyboard focus (one tab stop; arrow keys move between
 * axes). A table with the same numbers is always available. Labels never overlap, down to 320 px,
 * and the scale's numbers sit where no line or marker crosses them. Text follows the page's size.
 * Radar shapes change with axis order: read values from the table or `<lpc-gap-chart>`.
 *
 * @csspart chart - The SVG.
 * @csspart legend - The legend list.
 * @csspart readout - The line that shows the values of the axis under the pointer or focus.
 * @csspart table - The `<details>` holding the data table.
 *
 * @cssproperty --lpc-chart-series-1 - Colour of the first series (and so on to 6).
 * @cssproperty --lpc-chart-grid - Colour of the grid rings and axes.
 */
export class LpcRadarChart extends LitElement {
  static override styles = radarChartStyles;

  /** The axes, in drawing order (clockwise from 12 o'clock). */
  @property({ type: Array, attribute: false }) axes: RadarAxis[] = [];

  /** The series. Values are keyed by axis id; `null` or absent means no data. */
  @property({ type: Array, attribute: false }) series: RadarSeries[] = [];

  /** Value at the centre. */
  @property({ type: Number }) min = 0;

  /** Value at the outer ring. */
  @property({ type: Number }) max = 5;

  /** Accessible name and table caption. */
  @property({ type: String }) label = 'Radar chart';

  /** Open the data table from the start (it can always be opened). */
  @property({ type: Boolean, attribute: 'table-open' }) tableOpen = false;

  /** The axis whose values are shown (hover or focus). */
  @state() protected activeAxis = -1;
  @state() protected width = 600;
  /** The host's font size in px: labels are drawn at 0.875 of it, scale numbers at 0.75. */
  @state() protected fontSize = 16;

  /** One tab stop on the axes; arrow keys, Home and End move along them (wrapping). */
  #roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<SVGGElement>('.hit')],
    strategy: lineStrategy(() => this.axes.length),
  });
  #table = new TableDisclosure(this);
  #resize?: ResizeObserver;
  #fontFamily = 'sans-serif';
  /** Everything drawn from the data, rebuilt only when the data, size or font change (not on hover). */
  #drawing?: RadarDrawing;

  /** Measures label text with the font the labels use, a few per cent spare (SVG and canvas text can round differently). */
  #measure: TextMeasure = (text, fontSize) => Math.ceil(textWidth(text, `${fontSize}px ${this.#fontFamily}`) * 1.04) + 1;

  override connectedCallback(): void {
    super.connectedCallback();
    // The observer reports the width after the browser's layout, in the same frame, before paint:
    // reading it (and the font) there costs nothing, where reading clientWidth and the computed
    // font during the first render forced a layout and style pass of the whole page mid-render.
    // It watches a zero-height probe, not the host: redrawing changes the host's height, which
    // would be a ResizeObserver loop.
    this.#resize = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      // Ignore sub-pixel changes, and a hidden chart (width 0).
      if (next > 0 && Math.abs(next - this.width) >= 2) this.width = next;
      const style = getComputedStyle(this);
      const size = parseFloat(style.fontSize) || 16;
      if (Math.abs(size - this.fontSize) > 0.1) this.fontSize = size;
      if ((style.fontFamily || 'sans-serif') !== this.#fontFamily) {
        this.#fontFamily = style.fontFamily || 'sans-serif';
        this.#drawing = undefined;
        this.requestUpdate();
      }
    });
    // Connected again after a first render: the probe is already there (else firstUpdated finds it).
    const probe = this.renderRoot?.querySelector('.width-probe');
    if (probe) this.#resize.observe(probe);
  }

  protected override firstUpdated(): void {
    const probe = this.renderRoot.querySelector('.width-probe');
    if (probe) this.#resize?.observe(probe);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  /** The value of a series on an axis, or `null`. */
  valueFor(series: RadarSeries, axisId: string): number | null {
    const value = series.values?.[axisId];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }

  #describeAxis(axis: RadarAxis): string {
    const parts = this.series.map((s) => {
      const value = this.valueFor(s, axis.id);
      return `${s.label} ${value === null ? NO_DATA : formatScore(value)}`;
    });
    return `${axis.label}: ${parts.join(', ')}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const data = ['axes', 'series', 'min', 'max', 'label', 'width', 'fontSize'] as const;
    if (data.some((key) => changed.has(key))) this.#drawing = undefined;
  }

  #onPointerEnter = { handleEvent: (event: Event) => this.#activate(event), capture: true };

  #activate(event: Event): void {
    const hit = (event.target as Element).closest?.('.hit');
    if (hit) this.activeAxis = Number(hit.getAttribute('data-axis-index'));
  }

  #onFocusIn = (event: FocusEvent): void => {
    this.#activate(event);
    if (this.activeAxis >= 0) this.#roving.active = this.activeAxis;
  };

  protected override updated(): void {
    // The drawing is kept between renders: mark the active axis on it directly (a new drawing starts unmarked).
    if (this.#drawing) markActiveAxis(this.#drawing, this.activeAxis);
  }

  protected override render() {
    return html`<div class="width-probe" aria-hidden="true"></div>${this.axes.length ? this.#renderChart() : html`<p class="empty">No scores to show.</p>`}`;
  }

  #renderChart() {
    this.#drawing ??= drawRadar({
      axes: this.axes, series: this.series, min: this.min, max: this.max, label: this.label, width: this.width, fontSize: this.fontSize,
      measure: this.#measure, valueFor: (series, axisId) => this.valueFor(series, axisId), describe: (axis) => this.#describeAxis(axis),
    });
    const { layout, numbered } = this.#drawing;
    const { view } = layout;
    const active = this.axes[this.activeAxis];
    return html`
      <figure class="figure">
        <div class="plot" ${cssProps({ maxWidth: `min(100%, ${Math.ceil(view.width)}px)`, fontSize: `${this.fontSize}px` })}>
          <svg part="chart" class="chart" role="group"
            aria-label="${this.label}. Use the arrow keys to hear each axis, or open the table below."
            viewBox="${view.x} ${view.y} ${view.width} ${view.height}" width="${view.width}"
            @keydown=${this.#roving.handleKeydown} @pointerenter=${this.#onPointerEnter}
            @focusin=${this.#onFocusIn} @focusout=${() => (this.activeAxis = -1)} @pointerleave=${() => (this.activeAxis = -1)}>
            ${this.#drawing.layers}
          </svg>
          ${this.#drawing.labels}
        </div>
        ${numbered ? html`<ol class="axis-key" aria-label="Axes">${this.axes.map((axis) => html`<li>${axis.label}</li>`)}</ol>` : nothing}
        <p class="readout" part="readout">
          ${active ? this.#describeAxis(active) : 'Point at or tab to the chart to see the values of each axis.'}
        </p>
        ${this.#renderLegend()}
      </figure>
      ${this.#table.render(this.tableOpen, this.#drawing.table)}
    `;
  }

  #renderLegend() {
    return html`<ul class="legend" part="legend" aria-label="Key">
      ${this.series.map((series, s) => {
        const style = seriesStyle(s);
        return html`<li class="${seriesClass(s)}">
          <span class="key" aria-hidden="true"></span>
          ${series.label} <span class="visually-hidden">(${style.dash ? 'dashed' : 'solid'} line, ${style.marker} markers)</span>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-radar-chart': LpcRadarChart;
  }
}
