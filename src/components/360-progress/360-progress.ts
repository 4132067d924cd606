import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { changeClosingDate, closeThreeSixty, releaseThreeSixty } from '../../client/collector.js';
import type { Me, Progress, UnusedInvitation } from '../../client/collector-types.js';
import { groupLabel } from '../../core/anonymity.js';
import { longDate, today } from '../../core/local-date.js';
import type { Problem } from '../../core/types.js';
import { Lpc360ChangeEvent, type Lpc360Action } from '../../events/360-events.js';
import { renderFieldErrorSummary, type FieldProblem } from '../../templates/form-field.js';
import { pageLink } from '../../utils/links.js';
import { renderActions } from './progress-actions.js';
import { loadThreeSixty } from './progress-client.js';
import { renderReportLink, renderSummary } from './progress-summary.js';
import { renderGroupsTable, renderUnused } from './progress-tables.js';
import { renderUnloaded } from './progress-unloaded.js';
import { progressStyles } from './progress.styles.js';

type Busy = 'load' | 'date' | 'close' | 'release' | undefined;

/**
 * @tagname lpc-360-progress
 * A facilitator's view of one 360: who has responded (counts only), reminders, and release.
 *
 * @summary Loads the 360 for the facilitator's `token` from the `collector`: responded and invited
 * per group in a table, whether the leader's self-assessment is in, and the links not yet used
 * (refs and contacts, for reminders); never who said what. The facilitator can change the closing
 * date, close the 360 and release the report; releasing with fewer responses than the all-raters
 * minimum asks for an explicit confirmation first. Links to the report page. Set `.progress`,
 * `.unused` and `.me` to show a state without a collector.
 *
 * @fires {Lpc360ChangeEvent} lpc-360-change - The facilitator changed the closing date, closed or released the 360. `detail: { action, status, closesOn, belowMinimum? }`.
 *
 * @csspart error-summary - The error summary.
 * @csspart summary - The counts and status at the top.
 * @csspart groups - The table of responses per group.
 * @csspart unused - The table of links not yet used.
 * @csspart actions - Closing date, close and release.
 * @csspart report-link - The link to the report page.
 *
 * @cssproperty --lpc-color-button - Primary button colour (NHS green).
 * @cssproperty --lpc-color-error - Error colour (NHS red).
 * @cssproperty --lpc-color-focus - Focus colour (NHS yellow).
 */
export class Lpc360Progress extends LitElement {
  static override styles = progressStyles;

  /** The collector API's base URL, e.g. `/api/v1`. */
  @property({ type: String }) collector = '';

  /** The facilitator's token (a host page reads it from its own `#token=…`). */
  @property({ type: String }) token = '';

  /** The host's page with `<lpc-report>`; the report link is this page with the facilitator's `#token=…`. */
  @property({ type: String, attribute: 'report-page' }) reportPage?: string;

  /** The counts, as `GET /progress` gives them. Loaded from the collector, or set directly. */
  @property({ attribute: false }) progress?: Progress;

  /** The links not yet used, as `GET /invitations/unused` gives them. */
  @property({ attribute: false }) unused?: UnusedInvitation[];

  /** The 360's details (leader's name, group names and minimums), as `GET /me` gives them. */
  @property({ attribute: false }) me?: Me;

  @state() protected busy: Busy;
  @state() protected loadProblems: Problem[] = [];
  @state() protected actionProblems: FieldProblem[] = [];
  @state() protected status = '';
  @state() protected newDate = '';
  @state() protected confirmBelow = false;
  @state() protected askConfirm = false;

  #loadCount = 0;
  #focusAfterRender?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved back into a page: load again (the first load comes from willUpdate).
    if (this.hasUpdated && this.collector && this.token) void this.refresh();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('collector') || changed.has('token')) && this.collector && this.token) void this.refresh();
    if (changed.has('progress') && this.progress && !this.newDate) this.newDate = this.progress.closesOn;
  }

  override updated(): void {
    const target = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (target) (this.renderRoot as ShadowRoot).querySelector<HTMLElement>(target)?.focus();
  }

  /** Loads the 360's details, progress and unused links again. */
  async refresh(): Promise<void> {
    if (!this.collector || !this.token) return;
    const load = ++this.#loadCount;
    this.busy = 'load';
    const loaded = await loadThreeSixty(this.collector, this.token);
    // A slower, older load never replaces a newer one.
    if (load !== this.#loadCount) return;
    this.busy = undefined;
    if (!loaded.ok) {
      this.loadProblems = loaded.problems;
      return;
    }
    this.loadProblems = [];
    this.me = loaded.me;
    this.progress = loaded.progress;
    this.newDate = loaded.progress.closesOn;
    this.unused = loaded.unused;
  }

  #groupName = (id: string, fallback?: string) => this.me?.assessment.groups.find((g) => g.id === id)?.label ?? fallback ?? groupLabel(id);

  #leader = () => this.me?.assessment.leaderName ?? 'the leader';

  #changed(action: Lpc360Action, belowMinimum?: boolean) {
    const progress = this.progress;
    if (!progress) return;
    this.dispatchEvent(new Lpc360ChangeEvent({ action, status: progress.status, closesOn: progress.closesOn, ...(belowMinimum ? { belowMinimum } : {}) }));
  }

  #fail(problems: Problem[], fieldId?: string) {
    this.actionProblems = problems.map((p) => ({ ...p, fieldId }));
    this.status = '';
    this.#focusAfterRender = '.error-summary';
  }

  async #changeDate(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.newDate)) return this.#fail([{ path: '', message: 'Enter the new closing date' }], 'closes-on');
    if (this.newDate < today()) return this.#fail([{ path: '', message: 'The closing date must be today or in the future' }], 'closes-on');
    this.busy = 'date';
    const result = await changeClosingDate(this.collector, this.token, this.newDate);
    this.busy = undefined;
    if (!result.ok) return this.#fail(result.problems, 'closes-on');
    this.actionProblems = [];
    await this.refresh();
    this.status = `The closing date is now ${longDate(this.newDate)}.`;
    this.#changed('closing-date');
  }

  async #close() {
    if (this.busy) return;
    this.busy = 'close';
    const result = await closeThreeSixty(this.collector, this.token);
    this.busy = undefined;
    if (!result.ok) return this.#fail(result.problems);
    this.actionProblems = [];
    await this.refresh();
    this.status = 'The 360 is closed. No more responses are accepted.';
    this.#focusAfterRender = '#release';
    this.#changed('closed');
  }

  async #release(confirmed: boolean) {
    if (this.busy) return;
    if (confirmed && !this.confirmBelow) {
      return this.#fail([{ path: '', message: 'Tick the box to confirm that you want to release the report below the minimum' }], 'confirm-below');
    }
    this.busy = 'release';
    const result = await releaseThreeSixty(this.collector, this.token, confirmed);
    this.busy = undefined;
    if (!result.ok) {
      if (result.kind === 'http' && result.status === 409 && !confirmed) {
        // Below the all-raters minimum: ask the facilitator to confirm on purpose.
        this.askConfirm = true;
        this.actionProblems = [];
        this.status = '';
        this.#focusAfterRender = '#confirm-heading';
        return;
      }
      return this.#fail(result.problems);
    }
    this.askConfirm = false;
    this.confirmBelow = false;
    this.actionProblems = [];
    await this.refresh();
    this.status = `The report is released. ${this.#leader()} can now open it with their report link.`;
    this.#focusAfterRender = '[part="report-link"]';
    this.#changed('released', confirmed);
  }

  #cancelConfirm() {
    this.askConfirm = false;
    this.confirmBelow = false;
    this.actionProblems = [];
    this.#focusAfterRender = '#release';
  }

  override render() {
    if (!this.progress) return renderUnloaded(this.loadProblems, !!(this.collector && this.token), () => this.refresh());
    return this.#renderProgress(this.progress);
  }

  #renderErrors() {
    if (!this.actionProblems.length && !this.loadProblems.length) return nothing;
    return renderFieldErrorSummary({
      id: 'progress-errors',
      title: 'There is a problem',
      problems: [...this.loadProblems.map(({ message }) => ({ message })), ...this.actionProblems],
      root: () => this.renderRoot as ShadowRoot,
    });
  }

  #renderProgress(progress: Progress) {
    const leader = this.#leader();
    const reportLink = this.reportPage ? pageLink(this.reportPage, this.token, this.ownerDocument.baseURI) : '';
    return html`
      ${this.#renderErrors()}
      <h2 class="page-heading" tabindex="-1">360 for ${leader}</h2>
      ${renderSummary(progress, leader)}
      <p class="status" role="status" aria-live="polite">${this.busy === 'load' ? 'Checking for new responses…' : this.status}</p>

      ${renderGroupsTable(progress, this.#groupName)}
      <p class="hint">Only counts are shown: nobody, you included, can see who said what.</p>
      <button class="button button--secondary" type="button" ?disabled=${this.busy === 'load' || !this.collector} @click=${() => this.refresh()}>
        Check for new responses
      </button>

      ${renderUnused(this.unused, progress, this.#groupName)}
      <div part="actions">
        ${renderActions({
          progress,
          leader,
          busy: !!this.busy,
          newDate: this.newDate,
          problems: this.actionProblems,
          askConfirm: this.askConfirm,
          confirmBelow: this.confirmBelow,
          onDateInput: (value) => (this.newDate = value),
          onChangeDate: (event) => this.#changeDate(event),
          onClose: () => this.#close(),
          onRelease: (confirmed) => this.#release(confirmed),
          onConfirmInput: (checked) => (this.confirmBelow = checked),
          onCancelConfirm: () => this.#cancelConfirm(),
        })}
      </div>
      ${reportLink ? renderReportLink(reportLink, progress.status, leader) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-360-progress': Lpc360Progress;
  }
}
