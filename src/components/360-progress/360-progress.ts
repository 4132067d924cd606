import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  changeClosingDate, closeThreeSixty, getMe, getProgress, getUnusedInvitations, releaseThreeSixty, type CollectorFailure,
} from '../../client/collector.js';
import type { Me, Progress, UnusedInvitation } from '../../client/collector-types.js';
import { groupLabel } from '../../core/anonymity.js';
import type { Problem } from '../../core/types.js';
import { Lpc360ChangeEvent, type Lpc360Action } from '../../events/360-events.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { facilitatorStyles } from '../../styles/facilitator.js';
import { pageLink } from '../../utils/links.js';
import { today } from '../../core/local-date.js';

const longDate = (isoDay: string) => {
  const date = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(date.getTime()) ? isoDay : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

const STATUS_WORDS = { open: 'Open', closed: 'Closed', released: 'Report released' } as const;

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
  static override styles = facilitatorStyles;

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
  @state() protected actionProblems: Array<Problem & { fieldId?: string }> = [];
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
    const [me, progress, unused] = await Promise.all([
      getMe(this.collector, this.token),
      getProgress(this.collector, this.token),
      getUnusedInvitations(this.collector, this.token),
    ]);
    // A slower, older load never replaces a newer one.
    if (load !== this.#loadCount) return;
    this.busy = undefined;
    const failed = [me, progress, unused].find((r): r is CollectorFailure => !r.ok);
    if (failed) {
      this.loadProblems = failed.problems;
      return;
    }
    this.loadProblems = [];
    if (me.ok) this.me = me.body;
    if (progress.ok) {
      this.progress = progress.body;
      this.newDate = progress.body.closesOn;
    }
    if (unused.ok) this.unused = unused.body;
  }

  #groupName(id: string, fallback?: string) {
    return this.me?.assessment.groups.find((g) => g.id === id)?.label ?? fallback ?? groupLabel(id);
  }

  #leader() {
    return this.me?.assessment.leaderName ?? 'the leader';
  }

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
    if (!this.progress) {
      if (this.loadProblems.length) return this.#renderLoadError();
      if (!this.collector || !this.token) {
        return html`${renderErrorSummary({
          id: 'progress-errors',
          title: 'This page needs your facilitator link',
          description: 'Open the facilitator link you were given when the 360 was set up.',
        })}`;
      }
      return html`<p class="status" role="status">Loading the 360…</p>`;
    }
    return this.#renderProgress(this.progress);
  }

  #renderLoadError() {
    return renderErrorSummary({
      id: 'progress-errors',
      title: 'The 360 could not be loaded',
      description: html`Check that you opened the whole facilitator link. <button class="link-button" type="button" @click=${() => this.refresh()}>Try again</button>`,
      messages: this.loadProblems.map((p) => p.message),
    });
  }

  #renderErrors() {
    if (!this.actionProblems.length && !this.loadProblems.length) return nothing;
    const root = () => this.renderRoot as ShadowRoot;
    const linked = this.actionProblems.filter((p) => p.fieldId);
    return renderErrorSummary({
      id: 'progress-errors',
      title: 'There is a problem',
      messages: [...this.loadProblems, ...this.actionProblems.filter((p) => !p.fieldId)].map((p) => p.message),
      links: linked.map((p) => ({ text: p.message, targetId: p.fieldId!, onActivate: () => root().getElementById(p.fieldId!)?.focus() })),
    });
  }

  #renderProgress(progress: Progress) {
    const leader = this.#leader();
    const fromRaters = progress.responded;
    const needed = Math.max(0, progress.allRatersMinimum - fromRaters);
    const reportLink = this.reportPage ? pageLink(this.reportPage, this.token, this.ownerDocument.baseURI) : '';
    const dateError = this.actionProblems.find((p) => p.fieldId === 'closes-on');
    return html`
      ${this.#renderErrors()}
      <h2 class="page-heading" tabindex="-1">360 for ${leader}</h2>
      <div part="summary">
        <p>
          <strong class="tag tag--${progress.status}">${STATUS_WORDS[progress.status]}</strong>
          ${progress.status === 'open' ? html`People can respond until the end of ${longDate(progress.closesOn)}.` : nothing}
          ${progress.status === 'closed' ? html`No more responses are accepted. The report is not released yet.` : nothing}
          ${progress.status === 'released' ? html`${leader} can read the report.` : nothing}
        </p>
        <p><strong>${fromRaters} of ${progress.invited}</strong> people invited have responded.</p>
        <p>${leader}'s self-assessment: <strong>${progress.self ? 'sent' : 'not sent yet'}</strong>.</p>
        ${needed
          ? html`<p class="inset">The report's all-raters figures need at least ${progress.allRatersMinimum} responses: ${needed} more ${needed === 1 ? 'is' : 'are'} needed.</p>`
          : nothing}
      </div>
      <p class="status" role="status" aria-live="polite">${this.busy === 'load' ? 'Checking for new responses…' : this.status}</p>

      <div class="table-region" part="groups" role="region" aria-labelledby="groups-caption" tabindex="0">
        <table>
          <caption id="groups-caption">Responses by group</caption>
          <thead>
            <tr><th scope="col">Group</th><th scope="col" class="numeric">Responded</th><th scope="col" class="numeric">Invited</th></tr>
          </thead>
          <tbody>
            ${progress.groups.map(
              (group) => html`<tr>
                <th scope="row">${this.#groupName(group.id, group.label)}</th>
                <td class="numeric">${group.responded}</td>
                <td class="numeric">${group.invited}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr><th scope="row">All raters</th><td class="numeric">${progress.responded}</td><td class="numeric">${progress.invited}</td></tr>
          </tfoot>
        </table>
      </div>
      <p class="hint">Only counts are shown: nobody, you included, can see who said what.</p>
      <button class="button button--secondary" type="button" ?disabled=${this.busy === 'load' || !this.collector} @click=${() => this.refresh()}>
        Check for new responses
      </button>

      ${this.#renderUnused(progress)}
      <div part="actions">${this.#renderActions(progress, dateError)}</div>
      ${reportLink
        ? html`<h3>The report</h3>
            <p>
              <a part="report-link" href=${reportLink}>${progress.status === 'released' ? 'Open the report' : 'Preview the report'}</a>
              ${progress.status === 'released' ? nothing : html`<span class="hint">(${leader} cannot see it until you release it)</span>`}
            </p>`
        : nothing}
    `;
  }

  #renderUnused(progress: Progress) {
    const unused = this.unused;
    if (!unused || progress.status === 'released') return nothing;
    return html`<h3>Links not used yet</h3>
      ${unused.length
        ? html`<p class="hint">For reminders. The links themselves are not kept: send them again from the CSV you saved when you set up the 360.</p>
            <div class="table-region" part="unused" role="region" aria-labelledby="unused-caption" tabindex="0">
              <table>
                <caption id="unused-caption">${unused.length} ${unused.length === 1 ? 'link' : 'links'} not used yet</caption>
                <thead><tr><th scope="col">Ref</th><th scope="col">Group</th><th scope="col">Contact</th></tr></thead>
                <tbody>
                  ${unused.map(
                    (link) => html`<tr>
                      <td>${link.ref}</td>
                      <td>${this.#groupName(link.group)}</td>
                      <td>${link.contact ?? html`<span class="hint">None given</span>`}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : html`<p>Every rater's link has been used.</p>`}`;
  }

  #renderActions(progress: Progress, dateError?: Problem) {
    if (progress.status === 'released') return nothing;
    const leader = this.#leader();
    return html`
      <h3>Closing date</h3>
      <form novalidate @submit=${this.#changeDate}>
        <div class="form-group ${dateError ? 'form-group--error' : ''}">
          <label class="label" for="closes-on">${progress.status === 'closed' ? 'Reopen until' : 'New closing date'}</label>
          <p class="hint" id="closes-on-hint">
            ${progress.status === 'closed' ? 'Reopens the 360 so more people can respond, until the end of this day.' : 'People can respond until the end of this day.'}
          </p>
          ${dateError ? html`<p class="error-message" id="closes-on-error"><span class="visually-hidden">Error:</span> ${dateError.message}</p>` : nothing}
          <input
            class="input input--date ${dateError ? 'input--error' : ''}"
            id="closes-on"
            type="date"
            min=${today()}
            .value=${this.newDate}
            aria-invalid=${dateError ? 'true' : nothing}
            aria-describedby=${dateError ? 'closes-on-hint closes-on-error' : 'closes-on-hint'}
            @input=${(event: Event) => (this.newDate = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button class="button button--secondary" type="submit" ?disabled=${!!this.busy}>
          ${progress.status === 'closed' ? 'Reopen the 360' : 'Change the closing date'}
        </button>
      </form>

      ${progress.status === 'open'
        ? html`<h3>Close the 360</h3>
            <p>Closing stops any more responses. Until you release the report you can reopen it by changing the closing date.</p>
            <button class="button button--secondary" id="close" type="button" ?disabled=${!!this.busy} @click=${this.#close}>Close the 360 now</button>`
        : nothing}

      ${progress.status === 'closed'
        ? html`<h3>Release the report</h3>
            <p>${leader} can then read the report with their report link. A released report cannot be taken back, and the 360 cannot be reopened.</p>
            ${this.askConfirm ? this.#renderConfirm(progress) : html`<button class="button" id="release" type="button" ?disabled=${!!this.busy} @click=${() => this.#release(false)}>Release the report to ${leader}</button>`}`
        : nothing}
    `;
  }

  #renderConfirm(progress: Progress) {
    const error = this.actionProblems.find((p) => p.fieldId === 'confirm-below');
    return html`<div class="warning" role="group" aria-labelledby="confirm-heading">
      <h4 class="warning__title" id="confirm-heading" tabindex="-1">Fewer responses than the minimum</h4>
      <p>
        ${progress.responded} ${progress.responded === 1 ? 'person has' : 'people have'} responded; the minimum for all-raters figures is
        ${progress.allRatersMinimum}. Figures that would make someone's answers easy to work out are still hidden, but with so few
        responses ${this.#leader()} may be able to guess who said what.
      </p>
      <div class="form-group checkbox ${error ? 'form-group--error' : ''}">
        <input
          id="confirm-below"
          type="checkbox"
          .checked=${this.confirmBelow}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${error ? 'confirm-below-error' : nothing}
          @change=${(event: Event) => (this.confirmBelow = (event.target as HTMLInputElement).checked)}
        />
        <label for="confirm-below">I understand, and want to release the report below the minimum</label>
        ${error ? html`<span></span><p class="error-message" id="confirm-below-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : nothing}
      </div>
      <div class="button-group">
        <button class="button button--warning" id="release-below" type="button" ?disabled=${!!this.busy} @click=${() => this.#release(true)}>
          Release below the minimum
        </button>
        <button class="button button--secondary" type="button" @click=${this.#cancelConfirm}>
          Do not release yet
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-360-progress': Lpc360Progress;
  }
}
