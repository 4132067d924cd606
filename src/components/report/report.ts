import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { aggregate, type AggregateResult, type ResponseInput } from '../../core/aggregate.js';
import type { AnonymityOptions } from '../../core/anonymity.js';
import { toCsv } from '../../core/csv.js';
import type { ReportTable } from '../../core/report-tables.js';
import type { DevelopmentPlan, Framework, Validated } from '../../core/types.js';
import { validateAggregateResult } from '../../core/validate-result.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { downloadFile } from '../../utils/download.js';
import '../radar-chart/index.js';
import '../gap-chart/index.js';
import { CollectorReportController } from './collector-source.js';
import { readResponseFiles } from './intake.js';
import { renderCollectorState } from './sections/collector-states.js';
import { renderDifferences } from './sections/differences.js';
import { renderChange } from './sections/change.js';
import { compareResults } from '../../core/change.js';
import { validatePlan } from '../../core/plan.js';
import { renderDownloads } from './sections/downloads.js';
import { renderFiles } from './sections/files.js';
import { renderItems } from './sections/items.js';
import { renderOverview } from './sections/overview.js';
import { renderRejected } from './sections/problems.js';
import { renderRespondents } from './sections/respondents.js';
import { renderTheme } from './sections/theme.js';
import { reportStyles } from './report.styles.js';

/**
 * A leader's 360 report: who responded, the theme radar, the self-versus-others dot plot, theme and
 * item tables, blind spots and hidden strengths, highest and lowest items, and comments by theme.
 *
 * @tagname lpc-report
 * @summary Shows a 360's figures from one of three sources, first match wins: `.result` (an
 * `AggregateResult` worked out elsewhere), `collector` and `token` (the leader's report from the
 * collector's `GET /report`; before release a page says it is not ready and how many have responded),
 * or response files (`.responses`, a file picker, drag and drop) for offline use. Results from outside
 * the page are checked against `schemas/aggregate-result.schema.json`; each rejected file gets an
 * NHS-style error naming the file, the JSON path and the reason. Every chart has a table; the tables
 * and comments download as CSV; the report prints on A4.
 *
 * @csspart error-summary - The list of files or figures that could not be used.
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

  /** The framework, for file mode: from the enclosing `<lpc-framework>`, or set directly. */
  @consume({ context: frameworkContext, subscribe: true })
  @property({ attribute: false })
  framework?: Framework;

  /** A result worked out elsewhere (e.g. `aggregate()` on a server). Checked before it is shown. */
  @property({ attribute: false }) result?: AggregateResult;

  /** The leader's previous 360 (an `AggregateResult`): the report then shows the change since. From the collector, its `previous`. */
  @property({ attribute: false }) previous?: AggregateResult;

  /** The plan made after the previous 360: its items are marked in the change since. */
  @property({ attribute: false }) previousPlan?: DevelopmentPlan;

  /** Base URL of the collector API (e.g. `/api/v1`): the report is loaded from `GET /report`. */
  @property({ type: String }) collector?: string;

  /** The leader's (or facilitator's) token, sent as a bearer token. The host reads it from its URL fragment. */
  @property({ type: String }) token?: string;

  /** Responses to read in file mode: `{ name, json }` (or `{ name, text }` for raw file text). Bad ones are listed, never thrown. */
  @property({ type: Array, attribute: false }) responses: ResponseInput[] = [];

  /** Number of raters invited, for the response rate (file mode). */
  @property({ type: Number }) invited?: number;

  /** How far self and others must differ to be a blind spot or hidden strength (file mode). */
  @property({ type: Number }) margin = 1;

  /** Minimum group sizes (file mode; see the README); the rules' floors always apply. */
  @property({ type: Object, attribute: false }) anonymity: AnonymityOptions = {};

  /** Report heading. */
  @property({ type: String }) heading = 'Your 360 feedback report';

  /** Hide the file picker and drop zone (responses come from `.responses` only). */
  @property({ type: Boolean, attribute: 'no-upload' }) noUpload = false;

  @state() protected loaded: ResponseInput[] = [];
  @state() protected removed: ResponseInput[] = [];
  @state() protected dragging = false;

  #fromCollector = new CollectorReportController(this);
  #given?: Validated<AggregateResult>;
  #fromFiles?: AggregateResult;

  /** The figures on show, or `undefined` while there are none. */
  get report(): AggregateResult | undefined {
    if (this.result) return this.#given?.ok ? this.#given.value : undefined;
    if (this.collector) return this.#fromCollector.value.state === 'released' ? this.#fromCollector.value.result : undefined;
    return this.#fromFiles;
  }

  /** Files (from `.responses` and the picker) the user has not removed. */
  get #inputs(): ResponseInput[] {
    return [...(Array.isArray(this.responses) ? this.responses : []), ...this.loaded].filter((r) => !this.removed.includes(r));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('result')) this.#given = this.result ? validateAggregateResult(this.result) : undefined;
    if (changed.has('collector') || changed.has('token')) {
      if (this.collector) this.#fromCollector.load(this.collector, this.token);
      else this.#fromCollector.clear();
    }
    // The files' figures are worked out only while they are the ones shown (no `.result`, no collector).
    const fileInputs = ['framework', 'responses', 'loaded', 'removed', 'invited', 'margin', 'anonymity', 'result', 'collector'] as const;
    if (this.result || this.collector) this.#fromFiles = undefined;
    else if (fileInputs.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
      this.#fromFiles = this.framework
        ? aggregate(this.framework, this.#inputs, { ...this.anonymity, invited: this.invited, margin: this.margin })
        : undefined;
    }
  }

  async #addFiles(list: FileList | null | undefined): Promise<void> {
    const read = await readResponseFiles(list ?? [], this.framework);
    if (read.length) this.loaded = [...this.loaded, ...read];
  }

  async #remove(input: ResponseInput): Promise<void> {
    if (this.loaded.includes(input)) this.loaded = this.loaded.filter((r) => r !== input);
    else this.removed = [...this.removed, input];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#files-title')?.focus();
  }

  #download(table: ReportTable): void {
    downloadFile(this.renderRoot as ShadowRoot, `360-report-${table.id}.csv`,
      new Blob(['\ufeff', toCsv(table.headers, table.rows)], { type: 'text/csv;charset=utf-8' }));
  }

  /** The change since the previous 360, when there is one (checked before use, like `result`). */
  #renderChange(result: AggregateResult) {
    const given = this.previous ?? (this.#fromCollector.value.state === 'released' ? this.#fromCollector.value.previous : null);
    if (!given) return nothing;
    if (this.#previous?.input !== given) this.#previous = { input: given, checked: validateAggregateResult(given) };
    if (!this.#previous.checked.ok) return nothing;
    const plan = this.previousPlan ? validatePlan(this.previousPlan) : undefined;
    return renderChange(compareResults(result, this.#previous.checked.value, { previousPlan: plan?.ok ? plan.value : null }));
  }

  #previous?: { input: AggregateResult; checked: Validated<AggregateResult> };

  #renderFigures(result: AggregateResult) {
    return html`
      ${renderRespondents(result)}
      ${result.respondents.raters === 0
        ? html`<div class="inset" role="note"><p>No raters' responses yet: only your own scores are shown. Raters' averages appear once at least ${result.minimums.allRaters} raters have responded.</p></div>`
        : nothing}
      ${renderOverview(result)}
      ${renderItems(result)}
      ${renderDifferences(result)}
      ${this.#renderChange(result)}
      ${result.themes.map((theme) => renderTheme(result, theme))}
      ${result.withheldComments
        ? html`<p class="hint">${result.withheldComments} ${result.withheldComments === 1 ? 'comment was' : 'comments were'} left out because ${result.withheldComments === 1 ? 'it' : 'they'} came from a group too small to keep them anonymous.</p>`
        : nothing}
      ${renderDownloads(result, (table) => this.#download(table))}
    `;
  }

  #renderFileMode() {
    const result = this.#fromFiles;
    if (!result) return html`<p class="status" role="status">Waiting for the leadership framework to load.</p>`;
    const leftOut = new Set(result.rejected.map((r) => r.name));
    return html`
      ${renderRejected(result)}
      ${renderFiles({
        entries: this.#inputs.map((input) => ({ input, used: !leftOut.has(input.name) })),
        upload: !this.noUpload,
        dragging: this.dragging,
        onFiles: (files) => this.#addFiles(files),
        onDragging: (dragging) => (this.dragging = dragging),
        onRemove: (input) => void this.#remove(input),
      })}
      ${result.used === 0
        ? html`<p class="status">No responses yet. ${this.noUpload ? '' : 'Add your own response and your raters\' response files above.'}</p>`
        : this.#renderFigures(result)}
    `;
  }

  protected override render() {
    const header = html`<h2 class="title">${this.heading}</h2>`;
    if (this.result) {
      const given = this.#given!;
      return html`${header}${given.ok
        ? this.#renderFigures(given.value)
        : renderErrorSummary({ id: 'report-result-error', title: 'The report figures could not be shown', problems: given.problems })}`;
    }
    if (this.collector) {
      const loaded = this.#fromCollector.value;
      return html`${header}${renderCollectorState(loaded, () => this.#fromCollector.load(this.collector!, this.token))}
        ${loaded.state === 'released' ? this.#renderFigures(loaded.result) : nothing}`;
    }
    return html`${header}${this.#renderFileMode()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-report': LpcReport;
  }
}
