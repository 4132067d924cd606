import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AggregateResult } from '../../core/aggregate.js';
import { cohortReport, cohortTables, DEFAULT_COHORT_MINIMUM, type CohortResult } from '../../core/cohort.js';
import { toCsv } from '../../core/csv.js';
import type { ReportTable } from '../../core/report-tables.js';
import type { Problem } from '../../core/types.js';
import { validateAggregateResult } from '../../core/validate-result.js';
import { renderDataTable } from '../../charts/data-table.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { downloadCsv } from '../../utils/download.js';
import { getCohortReport } from './cohort-client.js';
import { cohortReportStyles } from './cohort-report.styles.js';

const DOWNLOAD_NAMES: Record<string, string> = {
  'cohort-themes': 'themes',
  'cohort-items': 'items',
  'cohort-blind-spots': 'blind spots',
  'cohort-responses': 'response rates',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * @tagname lpc-cohort-report
 * The cohort view for programme and organisation leads: how the leaders of a programme or
 * organisation were seen, as a group. Per theme and per item, the mean of the leaders' all-raters
 * means and how many leaders fall in each band of the scale, the same for their self-versus-others
 * gaps, the items most often a blind spot, and response rates.
 *
 * No leader can be picked out: there is no per-leader row, every figure is a distribution over
 * leaders (never one leader's own figure, such as a minimum or maximum), and no figure is shown
 * from fewer leaders than the minimum (5 by default, never fewer than 3). Each leader's own report
 * rules apply underneath: a figure hidden in a leader's report never enters the cohort.
 *
 * From the collector (`collector` and a cohort lead's `token`: `GET /cohort/report`) or from
 * `.results` (leaders' `AggregateResult`s, each checked first). Tables download as CSV and the
 * view prints on A4.
 *
 * @summary A cohort of leaders' 360s, as distributions; no leader can be picked out.
 *
 * @csspart section - Each section of the view.
 * @csspart downloads - The CSV download buttons.
 * @csspart error-summary - The error summary (results that could not be used, a failed load).
 *
 * @cssproperty --lpc-color-primary - Inset text edge.
 * @cssproperty --lpc-color-button - Background of the download buttons (NHS green).
 */
export class LpcCohortReport extends LitElement {
  static override styles = cohortReportStyles;

  /** Leaders' report results (`AggregateResult`s), when not loading from the collector. */
  @property({ attribute: false }) results?: unknown[];

  /** Leaders needed before a figure is shown, for `.results` (default 5, never below 3). The collector uses the cohort's own. */
  @property({ type: Number, attribute: 'minimum-leaders' }) minimumLeaders = DEFAULT_COHORT_MINIMUM;

  /** Heading of the view. */
  @property({ type: String }) heading = 'Cohort report';

  /** Level of the main heading, 1 to 5 (sections are one level below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Base URL of the collector API, e.g. `/api/v1`. With `token`, the view comes from `GET /cohort/report`. */
  @property({ type: String }) collector = '';

  /** The cohort lead's token (from the page's URL fragment). Sent only as a bearer token. */
  @property({ type: String }) token = '';

  @state() protected fromCollector?: { name: string; report: CohortResult };
  @state() protected loadProblems: Problem[] = [];
  @state() protected loading = false;

  #fromResults?: { view: CohortResult; unusable: Problem[] };
  #loadedFor = '';

  /** The cohort view on show, or `undefined` while there is none. */
  get view(): CohortResult | undefined {
    return this.fromCollector?.report ?? this.#fromResults?.view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('results') || changed.has('minimumLeaders')) {
      if (Array.isArray(this.results)) {
        // Each result is checked as the report checks one; unusable ones are counted, never shown.
        const unusable: Problem[] = [];
        const usable: AggregateResult[] = [];
        this.results.forEach((r, index) => {
          const checked = validateAggregateResult(r);
          if (checked.ok) usable.push(checked.value);
          else unusable.push({ path: `/${index}`, message: 'These figures could not be read, so they were left out.' });
        });
        this.#fromResults = { view: cohortReport(usable, { minimumLeaders: this.minimumLeaders }), unusable };
      } else this.#fromResults = undefined;
    }
    if ((changed.has('collector') || changed.has('token')) && this.collector && this.token) {
      const key = `${this.collector}\n${this.token}`;
      if (key !== this.#loadedFor) {
        this.#loadedFor = key;
        void this.#load();
      }
    }
  }

  async #load(): Promise<void> {
    this.loading = true;
    this.loadProblems = [];
    const answer = await getCohortReport(this.collector, this.token);
    if (answer.ok && answer.body && typeof answer.body === 'object' && answer.body.report && typeof answer.body.report.leaders === 'number') {
      this.fromCollector = { name: String(answer.body.cohort?.name ?? ''), report: answer.body.report };
    } else {
      this.loadProblems = answer.ok ? [{ path: '', message: 'The collector sent an answer this page does not understand.' }] : answer.problems;
    }
    this.loading = false;
  }

  #download(table: ReportTable): void {
    downloadCsv(this.renderRoot, `cohort-${table.id.replace(/^cohort-/, '')}.csv`, toCsv(table.headers, table.rows));
  }

  protected override render() {
    const level = Math.min(5, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const title = html`<div class="title" role="heading" aria-level=${level}>${this.heading}${this.fromCollector?.name ? html`: ${this.fromCollector.name}` : nothing}</div>`;
    if (this.loading) return html`${title}<p class="status" role="status">Loading the cohort…</p>`;
    if (this.loadProblems.length) return html`${title}${renderErrorSummary({ id: 'load-problems', title: 'The cohort report cannot be shown', problems: this.loadProblems })}`;
    const view = this.view;
    if (!view) return html`${title}<p class="status">No leaders' results yet.</p>`;
    const unusable = this.fromCollector ? [] : this.#fromResults?.unusable ?? [];
    const tables = cohortTables(view);
    const [themes, items, blindSpots, responses] = tables;
    return html`
      ${title}
      ${unusable.length
        ? renderErrorSummary({ id: 'unusable', title: `${plural(unusable.length, "leader's figures were", "leaders' figures were")} left out`, problems: unusable })
        : nothing}
      <div class="inset" role="note">
        <p>
          ${plural(view.leaders, "leader's 360", "leaders' 360s")} in this cohort.
          Figures are shown only where at least ${view.minimumLeaders} leaders have them, and only as averages
          and counts of leaders in each band, so no leader can be picked out. Each leader's own report rules
          apply first: a figure hidden in a leader's report is not counted here.
        </p>
      </div>
      ${!view.shown
        ? html`<p>
            The cohort view needs at least ${view.minimumLeaders} leaders' released 360s, so that no leader can be picked
            out. It has ${view.leaders} so far.
          </p>`
        : html`
            ${this.#section('responses', 'Response rates', level, html`
              ${view.responses.responded !== null
                ? html`<p>${view.responses.responded} of ${view.responses.invited} invited raters responded across the cohort.</p>`
                : nothing}
              ${view.responses.selfCompleted !== null ? html`<p>${view.responses.selfCompleted} of ${view.leaders} leaders completed their own self assessment.</p>` : nothing}
              ${renderDataTable(responses, { name: responses.id })}`)}
            ${this.#section('themes', 'Themes', level, html`
              <p class="hint">The gap is the all-raters mean minus the leader's own score: below zero, the leaders rated themselves higher than their raters did.</p>
              ${renderDataTable(themes, { name: themes.id })}`)}
            ${this.#section('blind-spots', 'Items most often a blind spot', level, blindSpots.rows.length
              ? renderDataTable(blindSpots, { name: blindSpots.id })
              : html`<p>No item is a blind spot for any leader whose figures can be shown.</p>`)}
            ${this.#section('items', 'Items', level, renderDataTable(items, { name: items.id }))}
            <div class="downloads" part="downloads">
              ${tables.map((table) => html`<button type="button" class="button button--secondary" @click=${() => this.#download(table)}>
                Download ${DOWNLOAD_NAMES[table.id] ?? table.id} (CSV)</button>`)}
              <button type="button" class="button button--secondary" @click=${() => window.print()}>Print</button>
            </div>
          `}
    `;
  }

  #section(id: string, heading: string, level: number, content: unknown) {
    return html`<section part="section" class="section" aria-labelledby="cohort-${id}">
      <div id="cohort-${id}" role="heading" aria-level=${level + 1}>${heading}</div>
      ${content}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-cohort-report': LpcCohortReport;
  }
}
