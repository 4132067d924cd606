import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { aggregate, type AggregateResult, type ResponseInput } from '../../core/aggregate.js';
import type { AnonymityOptions } from '../../core/anonymity.js';
import { toCsv } from '../../core/csv.js';
import { itemsTable, reportTables, respondentsTable, themesTable, type ReportTable } from '../../core/report-tables.js';
import type { Framework, Problem } from '../../core/types.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import type { GapItem } from '../gap-chart/gap-chart.js';
import type { RadarAxis, RadarSeries } from '../radar-chart/radar-chart.js';
import '../radar-chart/index.js';
import '../gap-chart/index.js';
import { renderComments, renderExtremes, renderGaps, renderTable } from './report-sections.js';
import { reportStyles } from './report.styles.js';

/** Largest response file read from the picker (a real response is a few kB). */
const MAX_FILE_BYTES = 5_000_000;

/**
 * A leader's 360 report: who responded, the theme radar, the self-versus-others dot plot, theme and
 * item tables, blind spots and hidden strengths, highest and lowest items, and comments by theme.
 *
 * @tagname lpc-report
 * @summary Reads self and rater responses (a `.responses` property, a file picker, or drag and drop
 * of several JSON files), applies the anonymity rules and shows the results. Each rejected file gets
 * an NHS-style error naming the file, the JSON path and the reason; the rest are still used. Every
 * chart has a table; the tables download as CSV; the report prints on A4.
 *
 * @csspart error-summary - The list of files that could not be used.
 * @csspart upload - The file picker and drop zone.
 * @csspart downloads - The CSV download buttons.
 * @csspart section - Each section of the report.
 *
 * @cssproperty --lpc-color-primary - Headings' accent and the drop zone border.
 * @cssproperty --lpc-chart-series-1 - Colour of "You (self)" in the charts.
 * @cssproperty --lpc-chart-series-2 - Colour of "All raters" in the charts.
 */
export class LpcReport extends LitElement {
  static override styles = reportStyles;

  /** The framework: from the enclosing `<lpc-framework>`, or set directly. */
  @consume({ context: frameworkContext, subscribe: true })
  @property({ attribute: false })
  framework?: Framework;

  /** Responses to read: `{ name, json }` (or `{ name, text }` for raw file text). Bad ones are listed, never thrown. */
  @property({ type: Array, attribute: false }) responses: ResponseInput[] = [];

  /** Number of raters invited, for the response rate. */
  @property({ type: Number }) invited?: number;

  /** How far self and others must differ to be a blind spot or hidden strength. */
  @property({ type: Number }) margin = 1;

  /** Minimum group sizes (see the README); the rules' floors always apply. */
  @property({ type: Object, attribute: false }) anonymity: AnonymityOptions = {};

  /** Report heading. */
  @property({ type: String }) heading = 'Your 360 feedback report';

  /** Hide the file picker and drop zone (responses come from `.responses` only). */
  @property({ type: Boolean, attribute: 'no-upload' }) noUpload = false;

  /** Files the user added with the picker or by dropping them. */
  @state() protected loaded: ResponseInput[] = [];
  @state() protected dragging = false;
  @state() protected result?: AggregateResult;

  /**
   * What the report derives from the current result (tables, chart data), made once per result:
   * a re-render for another reason (a file dragged over the report) must not rebuild the tables
   * or hand the charts new arrays, which would redraw them.
   */
  #derived = new Map<string, unknown>();

  /** The worked-out report, or `undefined` before a framework is available. */
  get report(): AggregateResult | undefined {
    return this.result;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['framework', 'responses', 'loaded', 'invited', 'margin', 'anonymity'].some((key) => changed.has(key))) {
      this.result = this.framework
        ? aggregate(this.framework, [...(Array.isArray(this.responses) ? this.responses : []), ...this.loaded], {
            ...this.anonymity,
            invited: this.invited,
            margin: this.margin,
          })
        : undefined;
      this.#derived.clear();
    }
  }

  /** Reads files chosen or dropped by the user; each is checked when the report recalculates. */
  async #addFiles(list: FileList | null | undefined): Promise<void> {
    const files = [...(list ?? [])];
    if (!files.length) return;
    const read = await Promise.all(files.map(async (file): Promise<ResponseInput> => {
      if (file.size > MAX_FILE_BYTES) {
        return { name: file.name, error: `The file is too large (${Math.round(file.size / 1000)} kB). A response file is a few kB: check it is the right file.` };
      }
      try {
        return { name: file.name, text: await file.text() };
      } catch {
        return { name: file.name, error: 'The file could not be read. Check it is not open in another program, then add it again.' };
      }
    }));
    this.loaded = [...this.loaded, ...read];
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.#addFiles(event.dataTransfer?.files);
  }

  #onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #download(table: ReportTable): void {
    const blob = new Blob(['\ufeff', toCsv(table.headers, table.rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `360-report-${table.id}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #renderUpload() {
    if (this.noUpload) return nothing;
    return html`
      <div class="upload ${this.dragging ? 'upload--dragging' : ''}" part="upload"
        @dragover=${this.#onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.#onDrop}>
        <label class="upload__label" for="files">Add response files</label>
        <p class="upload__hint" id="files-hint">Choose one or more .json files, or drag and drop them here.</p>
        <input id="files" class="upload__input" type="file" multiple accept=".json,application/json"
          aria-describedby="files-hint" @change=${(e: Event) => { const input = e.target as HTMLInputElement; void this.#addFiles(input.files).then(() => { input.value = ''; }); }}>
      </div>
    `;
  }

  #once<T>(key: string, make: () => T): T {
    if (!this.#derived.has(key)) this.#derived.set(key, make());
    return this.#derived.get(key) as T;
  }

  #renderRejected(result: AggregateResult) {
    const errors = result.rejected.filter((r) => r.kind === 'invalid' || r.kind === 'other-assessment');
    const notices = result.rejected.filter((r) => r.kind === 'duplicate' || r.kind === 'second-self');
    const problems: Problem[] = errors.flatMap((r) =>
      r.problems.map((p) => ({ path: `${r.name}${p.path ? ` at ${p.path}` : ''}`, message: p.message })));
    return html`
      ${errors.length
        ? renderErrorSummary({
            id: 'report-error-title',
            title: errors.length === 1 ? '1 file could not be used' : `${errors.length} files could not be used`,
            description: `These files were left out. The report uses the other ${result.used} ${result.used === 1 ? 'response' : 'responses'}. Fix or replace each file and add it again.`,
            problems,
          })
        : nothing}
      ${notices.length
        ? html`<div class="inset" role="note">
            <p>Left out so nothing is counted twice:</p>
            <ul>${notices.map((r) => html`<li><span class="file">${r.name}</span>: ${r.problems[0]?.message}</li>`)}</ul>
          </div>`
        : nothing}
    `;
  }

  #renderRespondents(result: AggregateResult) {
    const { respondents } = result;
    const rate = respondents.responseRate !== undefined
      ? html`<p>${respondents.raters} of ${respondents.invited} invited raters responded (${Math.round(respondents.responseRate * 100)}%).</p>`
      : html`<p>${respondents.raters} ${respondents.raters === 1 ? 'rater' : 'raters'} responded${respondents.self ? ', and you answered about yourself' : ''}.</p>`;
    return html`
      <section part="section" class="section" aria-labelledby="who">
        <h3 id="who">Who responded</h3>
        ${rate}
        ${this.#once('respondents', () => renderTable(respondentsTable(result), 'table-respondents'))}
        <p class="hint">Groups smaller than their minimum are never shown on their own, so nobody can work out one person's answers.</p>
      </section>
    `;
  }

  #radarData(result: AggregateResult): { axes: RadarAxis[]; series: RadarSeries[] } {
    return {
      axes: result.themes.map((t) => ({ id: t.themeId, label: t.title })),
      series: [
        { id: 'self', label: 'You (self)', values: Object.fromEntries(result.themes.map((t) => [t.themeId, t.self])) },
        { id: 'all-raters', label: 'All raters', values: Object.fromEntries(result.themes.map((t) => [t.themeId, t.allRaters?.mean ?? null])) },
      ],
    };
  }

  #gapItems(result: AggregateResult): GapItem[] {
    return result.items.map((i) => ({
      id: i.itemId,
      label: i.label,
      group: result.themes.find((t) => t.themeId === i.themeId)?.title,
      self: i.self,
      others: i.allRaters.status === 'shown' ? i.allRaters.mean : null,
      low: i.allRaters.status === 'shown' ? i.allRaters.min : null,
      high: i.allRaters.status === 'shown' ? i.allRaters.max : null,
    }));
  }

  protected override render() {
    const result = this.result;
    const header = html`<h2 class="title">${this.heading}</h2>`;
    if (!this.framework || !result) {
      return html`${header}<p class="status" role="status">Waiting for the leadership framework to load.</p>`;
    }
    const scale = result.scale.values;
    const { axes, series } = this.#once('radar', () => this.#radarData(result));
    const nothingYet = result.used === 0;
    return html`
      ${header}
      ${this.#renderRejected(result)}
      ${this.#renderUpload()}
      ${nothingYet
        ? html`<p class="status">No responses yet. ${this.noUpload ? '' : 'Add your own response and your raters\' response files above.'}</p>`
        : html`
          ${this.#renderRespondents(result)}
          ${result.respondents.raters === 0
            ? html`<div class="inset" role="note"><p>No raters' responses yet: only your own scores are shown. Raters' averages appear once at least ${result.minimums.allRaters} raters have responded.</p></div>`
            : nothing}
          <section part="section" class="section" aria-labelledby="overview">
            <h3 id="overview">Overview by theme</h3>
            <p>The radar shows the overall shape of your scores. Its shape changes with the order of the themes, so read exact values from the table and the dot plot below.</p>
            <lpc-radar-chart label="Scores by theme: you and all raters" .axes=${axes} .series=${series} min=${scale[0] - 1} max=${scale[scale.length - 1]}></lpc-radar-chart>
            ${this.#once('themes', () => renderTable(themesTable(result), 'table-themes'))}
          </section>
          <section part="section" class="section section--deferred" aria-labelledby="items">
            <h3 id="items">Every item: you and all raters</h3>
            <p>Items are sorted from the highest rated by others to the lowest. The bar shows the range from the lowest to the highest score raters gave.</p>
            <lpc-gap-chart label="Scores by item: you and all raters" .items=${this.#once('gap', () => this.#gapItems(result))} min=${scale[0]} max=${scale[scale.length - 1]}></lpc-gap-chart>
          </section>
          <section part="section" class="section section--deferred" aria-labelledby="differences">
            ${renderGaps(result)}
            ${renderExtremes(result)}
          </section>
          ${result.themes.map((theme) => html`
            <section part="section" class="section theme ${theme.items.length ? 'section--deferred' : ''}" aria-labelledby="theme-${theme.themeId}">
              <h3 id="theme-${theme.themeId}">${theme.title}</h3>
              ${theme.items.length === 0
                ? html`<p>${theme.statusNote ?? 'This theme has nothing to rate.'} It has no score.</p>`
                : html`${this.#once(`items-${theme.themeId}`, () => renderTable(itemsTable(result, theme.themeId), `table-items-${theme.themeId}`))}
                    ${renderComments(result.comments, result, theme.themeId)}`}
            </section>`)}
          ${result.withheldComments
            ? html`<p class="hint">${result.withheldComments} ${result.withheldComments === 1 ? 'comment was' : 'comments were'} left out because ${result.withheldComments === 1 ? 'it' : 'they'} came from a group too small to keep them anonymous.</p>`
            : nothing}
          <section part="downloads" class="section section--deferred downloads" aria-labelledby="downloads">
            <h3 id="downloads">Download the tables</h3>
            <p>CSV files open in a spreadsheet. They hold the same figures as the tables above.</p>
            <ul class="download-list">
              ${this.#once('downloads', () => reportTables(result)).map((table) => html`<li><button type="button" class="button" @click=${() => this.#download(table)}>
                Download ${table.caption.toLowerCase()} (CSV)</button></li>`)}
            </ul>
          </section>
        `}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-report': LpcReport;
  }
}
