import { LitElement, html, type TemplateResult } from 'lit';
import { cssProps } from '../../directives/css-props.js';
import { property } from 'lit/decorators.js';
import { formatGap, formatScore } from '../../core/report-tables.js';
import { markerPath, seriesStyle, type SeriesStyle } from '../../charts/series-styles.js';
import { renderDataTable } from '../../charts/data-table.js';
import { TableDisclosure } from '../../charts/table-disclosure.js';
import { gapRows } from './gap-rows.js';
import { gapChartStyles } from './gap-chart.styles.js';

/** One row of the dot plot. Missing values are `null`: shown as "no data", never as 0. */
export interface GapItem {
  id: string;
  label: string;
  /** Group heading shown in the table, e.g. the theme. */
  group?: string;
  self: number | null;
  others: number | null;
  /** Lowest and highest score given by others (the range). */
  low: number | null;
  high: number | null;
}

export type GapSort = 'others' | 'gap' | 'none';

const SELF_STYLE = seriesStyle(0);
const OTHERS_STYLE = seriesStyle(1);

/**
 * A sorted dot plot: for each item, the leader's own score, the mean of all raters and the range of
 * raters' scores. This is the chart to read values from; the radar shows the overall shape.
 *
 * @tagname lpc-gap-chart
 * @summary Dot plot of self versus others per item, sorted, with each item's range (lowest to
 * highest score). Self and others differ by marker shape and fill as well as colour. Every row has a
 * text alternative, and a table with the same numbers is always available (built when it is first
 * opened, or from the start with `table-open`).
 *
 * @csspart chart - The plot.
 * @csspart row - One item's row.
 * @csspart legend - The key.
 * @csspart table - The `<details>` holding the data table.
 *
 * @cssproperty --lpc-chart-series-1 - Colour of the self marker.
 * @cssproperty --lpc-chart-series-2 - Colour of the others marker.
 * @cssproperty --lpc-chart-range - Colour of the range bar.
 * @cssproperty --lpc-chart-grid - Colour of the scale lines.
 */
export class LpcGapChart extends LitElement {
  static override styles = gapChartStyles;

  /** The items to plot. */
  @property({ type: Array, attribute: false }) items: GapItem[] = [];

  /** Lowest value of the scale (left edge). */
  @property({ type: Number }) min = 1;

  /** Highest value of the scale (right edge). */
  @property({ type: Number }) max = 5;

  /** Order of the rows: by others' score (highest first), by gap (biggest first) or as given. */
  @property({ type: String }) sort: GapSort = 'others';

  /** Accessible name and table caption. */
  @property({ type: String }) label = 'Self and others by item';

  @property({ type: String, attribute: 'self-label' }) selfLabel = 'You (self)';
  @property({ type: String, attribute: 'others-label' }) othersLabel = 'All raters';

  /** Open the data table from the start. */
  @property({ type: Boolean, attribute: 'table-open' }) tableOpen = false;

  /** The rows in display order. */
  get sortedItems(): GapItem[] {
    const rows = [...(this.items ?? [])];
    const missingLast = (v: number | null) => (v === null ? -Infinity : v);
    if (this.sort === 'others') rows.sort((a, b) => missingLast(b.others) - missingLast(a.others));
    if (this.sort === 'gap') {
      const gap = (i: GapItem) => (i.self === null || i.others === null ? -Infinity : Math.abs(i.others - i.self));
      rows.sort((a, b) => gap(b) - gap(a));
    }
    return rows;
  }

  #percent(value: number): number {
    const span = this.max - this.min || 1;
    return ((Math.min(Math.max(value, this.min), this.max) - this.min) / span) * 100;
  }

  #describe(item: GapItem): string {
    const value = (v: number | null) => (v === null ? 'no data' : formatScore(v));
    const range = item.low !== null && item.high !== null ? `, range ${formatScore(item.low)} to ${formatScore(item.high)}` : '';
    return `${item.label}: ${this.selfLabel} ${value(item.self)}, ${this.othersLabel} ${value(item.others)}${range}`;
  }

  #ticks(): number[] {
    const ticks: number[] = [];
    for (let t = Math.ceil(this.min); t <= this.max; t++) ticks.push(t);
    return ticks;
  }

  #renderTable(rows: GapItem[]) {
    const score = (v: number | null, empty = 'no data') => (v === null ? empty : formatScore(v));
    return renderDataTable(
      {
        caption: this.label,
        headers: ['Item', this.selfLabel, this.othersLabel, 'Lowest', 'Highest', 'Gap (others minus self)'],
        rows: rows.map((item) => [
          item.label, score(item.self), score(item.others), score(item.low, ''), score(item.high, ''),
          item.self === null || item.others === null ? '' : formatGap(item.others - item.self),
        ]),
      },
      { rowKey: { attribute: 'data-item', values: rows.map((item) => item.id) } },
    );
  }

  /**
   * The rows, and the table once it is wanted, built again only when what they show changes (not
   * when the table opens).
   */
  #built?: { inputs: unknown[]; rows: DocumentFragment; table: () => TemplateResult };

  /** "Show the numbers as a table": its table is built when it is first opened. */
  #table = new TableDisclosure(this);

  #build(rows: GapItem[], ticks: number[]) {
    const inputs = [this.items, this.sort, this.min, this.max, this.label, this.selfLabel, this.othersLabel];
    if (!this.#built || inputs.some((value, i) => value !== this.#built!.inputs[i])) {
      let table: TemplateResult | undefined;
      this.#built = {
        inputs,
        rows: gapRows(rows, {
          ticks, percent: (value) => this.#percent(value), describe: (item) => this.#describe(item),
          self: { style: SELF_STYLE, label: this.selfLabel }, others: { style: OTHERS_STYLE, label: this.othersLabel },
        }),
        table: () => (table ??= this.#renderTable(rows)),
      };
    }
    return this.#built;
  }

  protected override render() {
    const rows = this.sortedItems;
    if (!rows.length) {
      // The built rows have left the DOM with the plot: never hand their (now empty) fragment back.
      this.#built = undefined;
      return html`<p class="empty">No scores to show.</p>`;
    }
    const ticks = this.#ticks();
    const built = this.#build(rows, ticks);
    return html`
      <figure class="figure">
        <ul class="legend" part="legend" aria-label="Key">
          ${[[SELF_STYLE, this.selfLabel], [OTHERS_STYLE, this.othersLabel]].map(([style, text]) => html`<li>
            <svg class="key-dot" viewBox="-10 -10 20 20" width="20" height="20" aria-hidden="true" ${cssProps({ '--_series': (style as SeriesStyle).paint })}>
              <path class="marker ${(style as SeriesStyle).filled ? '' : 'marker--hollow'}" d="${markerPath((style as SeriesStyle).marker, 90)}"></path>
            </svg>
            ${text} <span class="visually-hidden">(${(style as SeriesStyle).filled ? 'filled' : 'hollow'} ${(style as SeriesStyle).marker})</span>
          </li>`)}
          <li><span class="key-range" aria-hidden="true"></span> Range of raters' scores (lowest to highest)</li>
        </ul>
        <table class="chart" part="chart" role="presentation">
          <thead class="scale" aria-hidden="true"><tr class="row row--scale">
            <td class="row__label"></td>
            <td class="plot plot--scale">
              ${ticks.map((t) => html`<span class="tick" ${cssProps({ left: `${this.#percent(t)}%` })}>${t}</span>`)}
            </td>
          </tr></thead>
          <tbody class="rows" role="list" aria-label="${this.label}">${built.rows}</tbody>
        </table>
      </figure>
      ${this.#table.render(this.tableOpen, built.table)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-gap-chart': LpcGapChart;
  }
}
