import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../../directives/css-props.js';
import { property, state } from 'lit/decorators.js';
import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';
import { formatScore } from '../../core/report-tables.js';
import { estimateMeasure, layoutRadar, polarToCartesian, type RadarLayout, type TextMeasure } from '../../core/radar-layout.js';
import { markerPath, seriesStyle } from '../../charts/series-styles.js';
import { RovingFocusController, lineStrategy } from '../../controllers/roving-focus.js';
import { renderDataTable } from '../../charts/data-table.js';
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

const NO_DATA = 'no data';

/**
 * A radar (spider) chart of scores on theme or item axes, for one or more series.
 *
 * @tagname lpc-radar-chart
 * @summary Radar chart for the overall shape of 360 scores. Series differ by colour, dash pattern
 * and marker shape, with a legend. A missing value is never drawn as 0: its axis is labelled
 * "no data". Values show on hover and on keyboard focus (one tab stop; arrow keys move between
 * axes). A table with the same numbers is always available. Labels never overlap, down to 320 px.
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

  /** One tab stop on the axes; arrow keys, Home and End move along them (wrapping). */
  #roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<SVGGElement>('.hit')],
    strategy: lineStrategy(() => this.axes.length),
  });
  /** The table is rebuilt only when its data changes, not on every hover. */
  #table?: { axes: RadarAxis[]; series: RadarSeries[]; label: string; result: TemplateResult };

  #resize?: ResizeObserver;
  #context?: CanvasRenderingContext2D | null;
  #fontFamily = 'sans-serif';

  /** Measures label text with the font the labels use (canvas), or estimates it when that fails. */
  #measure: TextMeasure = (text, fontSize) => {
    if (this.#context === undefined) this.#context = document.createElement('canvas').getContext('2d');
    const context = this.#context;
    if (!context) return estimateMeasure(text, fontSize);
    context.font = `${fontSize}px ${this.#fontFamily}`;
    // A few per cent spare: SVG text and canvas text can round differently.
    return Math.ceil(context.measureText(text).width * 1.04) + 1;
  };

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
      const family = getComputedStyle(this).fontFamily || 'sans-serif';
      if (family !== this.#fontFamily) {
        this.#fontFamily = family;
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

  #radius(value: number, radius: number): number {
    // A linear scale is one line here; d3-scale would add five modules for it.
    const span = this.max - this.min || 1;
    return (Math.min(Math.max(value, this.min), this.max) - this.min) / span * radius;
  }

  #axisHasData(axisId: string): boolean {
    return this.series.some((s) => this.valueFor(s, axisId) !== null);
  }

  #describeAxis(axis: RadarAxis): string {
    const parts = this.series.map((s) => {
      const value = this.valueFor(s, axis.id);
      return `${s.label} ${value === null ? NO_DATA : formatScore(value)}`;
    });
    return `${axis.label}: ${parts.join(', ')}`;
  }

  /** The path of one series: closed when complete, broken at every missing value. */
  #seriesPath(series: RadarSeries, layout: RadarLayout): string {
    const values = this.axes.map((axis) => this.valueFor(series, axis.id));
    const points = values.map((value, i) => ({ value, angle: layout.angles[i] }));
    const line = lineRadial<{ value: number | null; angle: number }>()
      .angle((p) => p.angle)
      .radius((p) => this.#radius(p.value ?? this.min, layout.radius))
      .defined((p) => p.value !== null);
    if (values.every((v) => v !== null)) return line.curve(curveLinearClosed)(points) ?? '';
    // Start just after a gap so the line never joins across a missing axis.
    const start = (values.indexOf(null) + 1) % values.length;
    const rotated = [...points.slice(start), ...points.slice(0, start)];
    const last = rotated[0];
    // Join the last point back to the first only when both have data.
    const closing = rotated[rotated.length - 1].value !== null && last.value !== null ? [{ ...last, angle: last.angle + Math.PI * 2 }] : [];
    return line.curve(curveLinear)([...rotated, ...closing]) ?? '';
  }

  #renderTable() {
    const cached = this.#table;
    if (cached && cached.axes === this.axes && cached.series === this.series && cached.label === this.label) return cached.result;
    const result = renderDataTable(
      {
        caption: this.label,
        headers: ['Axis', ...this.series.map((s) => s.label)],
        rows: this.axes.map((axis) => [axis.label, ...this.series.map((s) => {
          const value = this.valueFor(s, axis.id);
          return value === null ? NO_DATA : formatScore(value);
        })]),
      },
      { rowKey: { attribute: 'data-axis', values: this.axes.map((a) => a.id) } },
    );
    this.#table = { axes: this.axes, series: this.series, label: this.label, result };
    return result;
  }

  protected override render() {
    return html`<div class="width-probe" aria-hidden="true"></div>${this.axes.length ? this.#renderChart() : html`<p class="empty">No scores to show.</p>`}`;
  }

  #renderChart() {
    // Many axes on a narrow screen: number the axes and list their labels under the chart.
    const numbered = this.axes.length > 8 && this.width < 560;
    const labels = this.axes.map((axis, i) => ({
      text: numbered ? String(i + 1) : axis.label,
      note: this.#axisHasData(axis.id) ? undefined : NO_DATA,
    }));
    // Later renders read the font now; the first one is corrected by the ResizeObserver if needed.
    if (this.hasUpdated) this.#fontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
    const layout = layoutRadar(labels, this.width, { measure: this.#measure });
    const { radius, angles, view } = layout;
    const ticks: number[] = [];
    for (let t = Math.ceil(this.min + 1); t <= this.max; t++) ticks.push(t);
    const step = (Math.PI * 2) / this.axes.length;
    const active = this.axes[this.activeAxis];

    return html`
      <figure class="figure">
        <svg
          part="chart"
          class="chart"
          role="group"
          aria-label="${this.label}. Use the arrow keys to hear each axis, or open the table below."
          viewBox="${view.x} ${view.y} ${view.width} ${view.height}"
          width="${view.width}"
          ${cssProps({ maxWidth: `min(100%, ${Math.ceil(view.width)}px)` })}
          @keydown=${this.#roving.handleKeydown}
          @pointerleave=${() => (this.activeAxis = -1)}
        >
          <g class="grid" aria-hidden="true">
            ${ticks.map((t) => svg`<circle class="ring" r="${this.#radius(t, radius)}"></circle>`)}
            ${angles.map((angle, i) => {
              const end = polarToCartesian(angle, radius);
              const missing = !this.#axisHasData(this.axes[i].id);
              return svg`<line class="axis-line ${missing ? 'axis-line--missing' : ''} ${i === this.activeAxis ? 'axis-line--active' : ''}" x1="0" y1="0" x2="${end.x}" y2="${end.y}"></line>`;
            })}
            ${ticks.map((t) => {
              // Between the first two axes, so tick numbers never sit on a marker.
              const p = polarToCartesian(this.axes.length > 1 ? step / 2 : Math.PI / 4, this.#radius(t, radius));
              return svg`<text class="tick" x="${p.x}" y="${p.y}" dy="0.35em" text-anchor="middle">${t}</text>`;
            })}
          </g>
          <g class="series" aria-hidden="true">
            ${this.series.map((series, s) => {
              const style = seriesStyle(s);
              return svg`<g class="series-item" data-series="${series.id}" data-dash="${style.dash || 'solid'}" data-marker="${style.marker}"
                  ${cssProps({ '--_series': style.paint })}>
                <path class="series-line" d="${this.#seriesPath(series, layout)}" stroke-dasharray="${style.dash || nothing}"></path>
                ${this.axes.map((axis, i) => {
                  const value = this.valueFor(series, axis.id);
                  if (value === null) return nothing;
                  const p = polarToCartesian(angles[i], this.#radius(value, radius));
                  return svg`<path class="marker ${style.filled ? '' : 'marker--hollow'}" data-axis="${axis.id}" data-value="${value}"
                    transform="translate(${p.x} ${p.y})" d="${markerPath(style.marker, style.filled ? 70 : 120)}"></path>`;
                })}
              </g>`;
            })}
          </g>
          <g class="labels" aria-hidden="true">
            ${layout.labels.map((label) => {
              const x = label.align === 'start' ? label.x : label.align === 'end' ? label.x + label.width : label.x + label.width / 2;
              const anchor = label.align === 'middle' ? 'middle' : label.align;
              const missing = !this.#axisHasData(this.axes[label.index].id);
              return svg`<text class="axis-label ${missing ? 'axis-label--missing' : ''}" data-axis="${this.axes[label.index].id}" text-anchor="${anchor}" y="${label.y}">
                ${label.lines.map((line, n) => svg`<tspan x="${x}" y="${label.y + n * layout.lineHeight + layout.fontSize}" class="${missing && n === label.lines.length - 1 ? 'no-data' : ''}">${line}</tspan>`)}
              </text>`;
            })}
          </g>
          <g class="hits">
            ${angles.map((angle, i) => {
              const a0 = angle - step / 2;
              const a1 = angle + step / 2;
              const p0 = polarToCartesian(a0, radius + 4);
              const p1 = polarToCartesian(a1, radius + 4);
              const large = step > Math.PI ? 1 : 0;
              const d = this.axes.length === 1
                ? `M0 ${-radius - 4}A${radius + 4} ${radius + 4} 0 1 1 0 ${radius + 4}A${radius + 4} ${radius + 4} 0 1 1 0 ${-radius - 4}Z`
                : `M0 0L${p0.x} ${p0.y}A${radius + 4} ${radius + 4} 0 ${large} 1 ${p1.x} ${p1.y}Z`;
              return svg`<g class="hit" role="img" tabindex="-1" data-axis-index="${i}"
                  aria-label="${this.#describeAxis(this.axes[i])}"
                  @pointerenter=${() => (this.activeAxis = i)}
                  @focus=${() => { this.activeAxis = i; this.#roving.active = i; }}
                  @blur=${() => (this.activeAxis = -1)}>
                <path class="hit-area" d="${d}"></path>
              </g>`;
            })}
          </g>
        </svg>
        ${numbered
          ? html`<ol class="axis-key" aria-label="Axes">${this.axes.map((axis) => html`<li>${axis.label}</li>`)}</ol>`
          : nothing}
        <p class="readout" part="readout">
          ${active ? this.#describeAxis(active) : 'Point at or tab to the chart to see the values of each axis.'}
        </p>
        <ul class="legend" part="legend" aria-label="Key">
          ${this.series.map((series, s) => {
            const style = seriesStyle(s);
            return html`<li ${cssProps({ '--_series': style.paint })}>
              <svg class="key" viewBox="-22 -8 44 16" width="44" height="16" aria-hidden="true">
                <line class="series-line" x1="-20" x2="20" y1="0" y2="0" stroke-dasharray="${style.dash || nothing}"></line>
                <path class="marker ${style.filled ? '' : 'marker--hollow'}" d="${markerPath(style.marker)}"></path>
              </svg>
              ${series.label} <span class="visually-hidden">(${style.dash ? 'dashed' : 'solid'} line, ${style.marker} markers)</span>
            </li>`;
          })}
        </ul>
      </figure>
      <details part="table" class="table-details" ?open=${this.tableOpen}>
        <summary>Show the numbers as a table</summary>
        ${this.#renderTable()}
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-radar-chart': LpcRadarChart;
  }
}
