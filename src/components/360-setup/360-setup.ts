import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createThreeSixty } from '../../client/collector.js';
import type { SetupRequest, SetupResult } from '../../client/collector-types.js';
import { Lpc360CreatedEvent } from '../../events/360-events.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { today } from '../../core/local-date.js';
import { facilitatorStyles } from '../../styles/facilitator.js';
import { copyLink, downloadText, linkRows, linksCsv, linksFileName, type LinkRow } from '../../utils/links.js';
import {
  FLOORS, MAX_INVITED, buildRequest, checkForm, customRow, fieldIds, initialForm, placeProblems, rowName,
  type FieldProblem, type GroupRow, type SetupFormState,
} from './setup-form.js';

const longDate = (isoDay: string) => {
  const date = new Date(`${isoDay}T12:00:00`);
  return Number.isNaN(date.getTime()) ? isoDay : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
};

/**
 * @tagname lpc-360-setup
 * Sets up a 360 for one leader on the collector and shows its links.
 *
 * @summary For facilitators: the leader's name, a closing date, how many people are invited in each
 * group (line manager, peers, direct reports, others, and groups you name, such as "People who use
 * services"), the anonymity minimums (with the floors that always apply) and optional contacts for
 * reminders. Problems, from the form's own checks or from the collector (`{ path, message }`), are
 * shown in an NHS error summary that links to each field. Once set up, it shows the facilitator's
 * link, the leader's self-assessment and report links and one single-use link per rater, each with
 * a copy button, and a CSV of the links for a mail merge. The links are shown only this once.
 *
 * @fires {Lpc360CreatedEvent} lpc-360-created - The 360 was set up. `detail: { id, leaderName, closesOn, raters }` (never a token; the links are in `.result`).
 *
 * @csspart error-summary - The error summary at the top of the form.
 * @csspart form - The set-up form.
 * @csspart panel - The "set up" confirmation panel.
 * @csspart links - The list of links.
 * @csspart download - The button that downloads the links as CSV.
 *
 * @cssproperty --lpc-color-button - Primary button colour (NHS green).
 * @cssproperty --lpc-color-error - Error colour (NHS red).
 * @cssproperty --lpc-color-focus - Focus colour (NHS yellow).
 */
export class Lpc360Setup extends LitElement {
  static override styles = facilitatorStyles;

  /** The collector API's base URL, e.g. `/api/v1`. */
  @property({ type: String }) collector = '';

  /** Sent as a bearer token when the collector asks for a set-up key (`LPC_SETUP_KEY`). Optional. */
  @property({ type: String }) token?: string;

  /** The host's page where raters answer (`<lpc-assessment>`); each rater link is this page with `#token=…`. */
  @property({ type: String, attribute: 'rate-page' }) ratePage?: string;

  /** The host's page where the leader rates themselves. */
  @property({ type: String, attribute: 'self-page' }) selfPage?: string;

  /** The host's page with `<lpc-report>`, for the leader's report link. */
  @property({ type: String, attribute: 'report-page' }) reportPage?: string;

  /** The host's page with `<lpc-360-progress>`, for the facilitator's link. */
  @property({ type: String, attribute: 'progress-page' }) progressPage?: string;

  /**
   * The collector's answer once the 360 is set up (with its tokens). Set it to show the links of a
   * 360 (in a story, say); set `undefined` to show the form again.
   */
  @property({ attribute: false }) result?: SetupResult;

  /** Problems to show on the form, as the collector gives them (`{ path, message }`). */
  @property({ attribute: false }) problems: Array<{ path: string; message: string }> = [];

  @state() protected form: SetupFormState = initialForm();
  @state() protected fieldProblems: FieldProblem[] = [];
  @state() protected sending = false;
  @state() protected copyStatus = '';

  /** The request the shown result came from (for group names and contacts in the links). */
  #sent?: SetupRequest;
  #focusAfterRender?: 'errors' | 'result' | string;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('problems') && this.problems.length) this.fieldProblems = placeProblems(this.form, this.problems);
  }

  override updated(): void {
    const target = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (!target) return;
    const root = this.renderRoot as ShadowRoot;
    const el = target === 'errors' ? root.querySelector<HTMLElement>('.error-summary') : target === 'result' ? root.querySelector<HTMLElement>('#result-heading') : root.getElementById(target);
    el?.focus();
  }

  override render() {
    return this.result ? this.#renderResult(this.result) : this.#renderForm();
  }

  // ---- the form --------------------------------------------------------------------------------

  #problemFor(fieldId: string) {
    return this.fieldProblems.find((p) => p.fieldId === fieldId);
  }

  #errorMessage(fieldId: string) {
    const problem = this.#problemFor(fieldId);
    return problem ? html`<p class="error-message" id="${fieldId}-error"><span class="visually-hidden">Error:</span> ${problem.message}</p>` : nothing;
  }

  #describedBy(fieldId: string, hint = false) {
    const ids = [hint ? `${fieldId}-hint` : '', this.#problemFor(fieldId) ? `${fieldId}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  #set(patch: Partial<SetupFormState>) {
    this.form = { ...this.form, ...patch };
  }

  #setRow(key: string, patch: Partial<GroupRow>) {
    this.#set({ groups: this.form.groups.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  }

  #numberField(fieldId: string, label: string, value: string, onInput: (value: string) => void, options: { min: number; hint?: string }) {
    const error = this.#problemFor(fieldId);
    return html`<div class="form-group ${error ? 'form-group--error' : ''}">
      <label class="label" for=${fieldId}>${label}</label>
      ${options.hint ? html`<p class="hint" id="${fieldId}-hint">${options.hint}</p>` : nothing}
      ${this.#errorMessage(fieldId)}
      <input
        class="input input--number ${error ? 'input--error' : ''}"
        id=${fieldId}
        type="number"
        inputmode="numeric"
        min=${options.min}
        max=${MAX_INVITED}
        step="1"
        .value=${value}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${this.#describedBy(fieldId, !!options.hint)}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #renderRow(row: GroupRow) {
    const name = rowName(row);
    const labelId = fieldIds.label(row);
    const contactsId = fieldIds.contacts(row);
    const labelError = this.#problemFor(labelId);
    const contactsError = this.#problemFor(contactsId);
    const floor = row.id === 'line-manager' ? FLOORS.lineManager : FLOORS.group;
    return html`<div class="group-row" role="group" aria-labelledby="${row.key}-name">
      <h3 class="group-row__name" id="${row.key}-name">${name}</h3>
      ${row.custom
        ? html`<div class="form-group ${labelError ? 'form-group--error' : ''}">
            <label class="label" for=${labelId}>Group name</label>
            <p class="hint" id="${labelId}-hint">As raters and the report will show it, such as "People who use services".</p>
            ${this.#errorMessage(labelId)}
            <input
              class="input ${labelError ? 'input--error' : ''}"
              id=${labelId}
              type="text"
              maxlength="80"
              .value=${row.label}
              aria-invalid=${labelError ? 'true' : nothing}
              aria-describedby=${this.#describedBy(labelId, true)}
              @input=${(event: Event) => this.#setRow(row.key, { label: (event.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing}
      <div class="group-row__fields">
        ${this.#numberField(fieldIds.invited(row), 'How many to invite', row.invited, (invited) => this.#setRow(row.key, { invited }), { min: 0, hint: '0 for none.' })}
        ${this.#numberField(fieldIds.minimum(row), 'Minimum to show', row.minimum, (minimum) => this.#setRow(row.key, { minimum }), {
          min: floor,
          hint: `At least ${floor}.`,
        })}
      </div>
      <details ?open=${!!row.contacts.trim() || !!contactsError}>
        <summary>Contacts for reminders (optional)</summary>
        <div class="details__text">
          <div class="form-group ${contactsError ? 'form-group--error' : ''}">
            <label class="label" for=${contactsId}>Email addresses of ${name.toLowerCase()}</label>
            <p class="hint" id="${contactsId}-hint">
              One a line, in the order of their links. They are kept only to show you who has not responded yet, never with anyone's answers.
            </p>
            ${this.#errorMessage(contactsId)}
            <textarea
              class="textarea ${contactsError ? 'textarea--error' : ''}"
              id=${contactsId}
              rows="3"
              spellcheck="false"
              .value=${row.contacts}
              aria-invalid=${contactsError ? 'true' : nothing}
              aria-describedby=${this.#describedBy(contactsId, true)}
              @input=${(event: Event) => this.#setRow(row.key, { contacts: (event.target as HTMLTextAreaElement).value })}
            ></textarea>
          </div>
        </div>
      </details>
      ${row.custom
        ? html`<button class="button button--secondary button--small" type="button" @click=${() => this.#removeRow(row)}>
            Remove <span class="visually-hidden">the group</span> ${name}
          </button>`
        : nothing}
    </div>`;
  }

  #removeRow(row: GroupRow) {
    const index = this.form.groups.indexOf(row);
    this.#set({ groups: this.form.groups.filter((r) => r !== row) });
    this.fieldProblems = this.fieldProblems.filter((p) => !p.fieldId?.startsWith(`${row.key}-`));
    // Focus would be lost with the removed button: move it to the row before.
    const before = this.form.groups[Math.max(0, index - 1)];
    this.#focusAfterRender = before ? fieldIds.invited(before) : 'add-group';
  }

  #addRow() {
    const row = customRow();
    this.#set({ groups: [...this.form.groups, row] });
    this.#focusAfterRender = fieldIds.label(row);
  }

  #renderErrors(): TemplateResult | typeof nothing {
    if (!this.fieldProblems.length) return nothing;
    const root = () => this.renderRoot as ShadowRoot;
    return renderErrorSummary({
      id: 'setup-errors',
      title: 'There is a problem',
      description: this.fieldProblems.some((p) => !p.fieldId) ? 'The 360 was not set up. What you entered is kept: fix the problems and try again.' : undefined,
      messages: this.fieldProblems.filter((p) => !p.fieldId).map((p) => p.message),
      links: this.fieldProblems
        .filter((p) => p.fieldId)
        .map((p) => ({
          text: p.message,
          targetId: p.fieldId!,
          onActivate: () => {
            const field = root().getElementById(p.fieldId!);
            field?.closest('details')?.setAttribute('open', '');
            field?.focus();
          },
        })),
    });
  }

  #renderForm() {
    const { form } = this;
    const nameError = this.#problemFor(fieldIds.leaderName);
    const dateError = this.#problemFor(fieldIds.closesOn);
    return html`
      ${this.#renderErrors()}
      <h2 class="page-heading" tabindex="-1">Set up a 360</h2>
      <p>Each person you invite gets their own link. A link works once, and nobody is asked for their name, so answers stay anonymous.</p>
      <form part="form" novalidate @submit=${this.#submit}>
        <div class="form-group ${nameError ? 'form-group--error' : ''}">
          <label class="label" for=${fieldIds.leaderName}>Leader's name</label>
          <p class="hint" id="${fieldIds.leaderName}-hint">The person the feedback is about. Raters see this name.</p>
          ${this.#errorMessage(fieldIds.leaderName)}
          <input
            class="input ${nameError ? 'input--error' : ''}"
            id=${fieldIds.leaderName}
            type="text"
            autocomplete="off"
            maxlength="200"
            .value=${form.leaderName}
            aria-invalid=${nameError ? 'true' : nothing}
            aria-describedby=${this.#describedBy(fieldIds.leaderName, true)}
            @input=${(event: Event) => this.#set({ leaderName: (event.target as HTMLInputElement).value })}
          />
        </div>
        <div class="form-group ${dateError ? 'form-group--error' : ''}">
          <label class="label" for=${fieldIds.closesOn}>Closing date</label>
          <p class="hint" id="${fieldIds.closesOn}-hint">People can respond until the end of this day. You can change it later.</p>
          ${this.#errorMessage(fieldIds.closesOn)}
          <input
            class="input input--date ${dateError ? 'input--error' : ''}"
            id=${fieldIds.closesOn}
            type="date"
            min=${today()}
            .value=${form.closesOn}
            aria-invalid=${dateError ? 'true' : nothing}
            aria-describedby=${this.#describedBy(fieldIds.closesOn, true)}
            @input=${(event: Event) => this.#set({ closesOn: (event.target as HTMLInputElement).value })}
          />
        </div>

        <fieldset class="fieldset">
          <legend class="fieldset__legend">Who to invite</legend>
          <p class="hint">
            How many people to invite in each group. A group's scores are shown only when at least its minimum have
            scored an item; smaller groups are pooled into "Other raters".
          </p>
          ${form.groups.map((row) => this.#renderRow(row))}
          <button class="button button--secondary" id="add-group" type="button" @click=${this.#addRow}>Add a group</button>
        </fieldset>

        <fieldset class="fieldset">
          <legend class="fieldset__legend">Minimums that keep raters anonymous</legend>
          <details>
            <summary>How the minimums work</summary>
            <div class="details__text">
              <p>
                A figure appears in the report only when enough people are behind it that no one's answers can be worked out. You can raise
                these minimums but never lower them below the floors, which always apply: line manager ${FLOORS.lineManager}, every other
                group ${FLOORS.group}, "Other raters" ${FLOORS.pool}, all raters ${FLOORS.allRaters}, and ${FLOORS.comments} people in a group
                before its comments are shown with the group's name.
              </p>
              <p>If fewer people respond than the all-raters minimum, you will be asked to confirm before the report is released.</p>
            </div>
          </details>
          <div class="group-row__fields">
            ${this.#numberField(fieldIds.pool, '"Other raters" (pooled groups)', form.pool, (pool) => this.#set({ pool }), { min: FLOORS.pool, hint: `At least ${FLOORS.pool}.` })}
            ${this.#numberField(fieldIds.allRaters, 'All raters', form.allRaters, (allRaters) => this.#set({ allRaters }), { min: FLOORS.allRaters, hint: `At least ${FLOORS.allRaters}.` })}
            ${this.#numberField(fieldIds.comments, 'Comments', form.comments, (comments) => this.#set({ comments }), { min: FLOORS.comments, hint: `At least ${FLOORS.comments}.` })}
          </div>
        </fieldset>

        <div class="form-group checkbox">
          <input
            id="include-supplementary"
            type="checkbox"
            .checked=${form.includeSupplementary}
            aria-describedby="include-supplementary-hint"
            @change=${(event: Event) => this.#set({ includeSupplementary: (event.target as HTMLInputElement).checked })}
          />
          <label for="include-supplementary">Show supplementary text from other documents</label>
          <span></span>
          <p class="hint" id="include-supplementary-hint">Clearly marked as not part of the framework, and never rated.</p>
        </div>

        <button class="button" type="submit" ?disabled=${this.sending} aria-describedby="sending-status">
          ${this.sending ? 'Setting up…' : 'Set up the 360 and make the links'}
        </button>
        <p class="status" id="sending-status" role="status">${this.sending ? 'Setting up the 360…' : ''}</p>
      </form>
    `;
  }

  async #submit(event: Event) {
    event.preventDefault();
    if (this.sending) return;
    const problems = checkForm(this.form);
    if (problems.length) {
      this.fieldProblems = problems;
      this.#focusAfterRender = 'errors';
      return;
    }
    if (!this.collector) {
      this.fieldProblems = [{ message: 'This page has no collector address (the collector attribute), so the 360 cannot be set up.' }];
      this.#focusAfterRender = 'errors';
      return;
    }
    const request = buildRequest(this.form);
    this.sending = true;
    this.fieldProblems = [];
    const result = await createThreeSixty(this.collector, request, { setupKey: this.token });
    this.sending = false;
    if (!result.ok) {
      this.fieldProblems = result.kind === 'http' && result.status === 400 ? placeProblems(this.form, result.problems) : result.problems.map((p) => ({ message: p.message }));
      this.#focusAfterRender = 'errors';
      return;
    }
    this.#sent = request;
    this.result = result.body;
    this.copyStatus = '';
    this.#focusAfterRender = 'result';
    const { id, leaderName, closesOn, tokens } = result.body;
    this.dispatchEvent(new Lpc360CreatedEvent({ id, leaderName, closesOn, raters: tokens.raters.length }));
  }

  // ---- the links -------------------------------------------------------------------------------

  /** Every link of the shown result, as on screen and in the CSV. */
  get links(): LinkRow[] {
    if (!this.result) return [];
    const labels = Object.fromEntries((this.#sent?.groups ?? []).filter((g) => g.label).map((g) => [g.id, g.label!]));
    return linkRows(
      this.result,
      { ratePage: this.ratePage, selfPage: this.selfPage, reportPage: this.reportPage, progressPage: this.progressPage, base: this.ownerDocument.baseURI },
      labels,
      this.#sent?.contacts,
    );
  }

  async #copy(row: LinkRow, index: number) {
    const field = (this.renderRoot as ShadowRoot).getElementById(`link-${index}`) as HTMLInputElement | null;
    const how = await copyLink(row.link, field);
    this.copyStatus = how === 'copied' ? `Link for ${row.label}${row.group === 'leader' || row.group === 'facilitator' ? '' : ` (${row.ref})`} copied.` : 'The link is selected: press Control and C (Command and C on a Mac) to copy it.';
  }

  #renderLink(row: LinkRow, index: number) {
    const name = row.group === 'leader' || row.group === 'facilitator' ? row.label : `${row.label}: ${row.ref}`;
    return html`<li class="link-item">
      <label class="label" for="link-${index}">${name}${row.contact ? html` <span class="hint">(${row.contact})</span>` : nothing}</label>
      <div class="link-item__row">
        <input class="input" id="link-${index}" type="text" readonly .value=${row.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <button class="button button--secondary button--small" type="button" @click=${() => this.#copy(row, index)}>
          Copy <span class="visually-hidden">the link for ${name}</span>
        </button>
      </div>
    </li>`;
  }

  #download() {
    if (!this.result) return;
    downloadText(this.renderRoot as ShadowRoot, linksFileName(this.result.leaderName), linksCsv(this.links));
  }

  #renderResult(result: SetupResult) {
    const rows = this.links;
    const own = rows.filter((row) => row.group === 'facilitator');
    const leader = rows.filter((row) => row.group === 'leader');
    const raters = rows.filter((row) => row.group !== 'facilitator' && row.group !== 'leader');
    const missingPages = [
      !this.ratePage && 'rate-page',
      !this.selfPage && 'self-page',
      !this.reportPage && 'report-page',
      !this.progressPage && 'progress-page',
    ].filter(Boolean);
    let index = 0;
    return html`
      <div class="panel" part="panel">
        <h2 id="result-heading" class="page-heading" tabindex="-1">The 360 for ${result.leaderName} is set up</h2>
        <p>People can respond until the end of ${longDate(result.closesOn)}.</p>
      </div>
      <div class="warning">
        <h3 class="warning__title"><span class="visually-hidden">Important: </span>Keep these links now</h3>
        <p>
          They are shown only this once: the collector keeps no copy it could show again. Anyone with a link can use it, so send each
          one only to its person.
        </p>
      </div>
      ${missingPages.length
        ? html`<p class="inset">This page was given no page address for ${missingPages.join(', ')}, so those links show the token alone.</p>`
        : nothing}
      <button class="button" type="button" part="download" @click=${this.#download}>Download the links for a mail merge (CSV)</button>
      <p class="hint">The file has the leader's links and one row per rater (group, ref, link, contact). Your own link is not in it.</p>
      <p class="status" role="status" aria-live="polite">${this.copyStatus}</p>
      <div part="links">
        <h3>Your link (facilitator)</h3>
        <p class="hint">To see who has responded, change the closing date, close the 360 and release the report. Keep it to yourself.</p>
        <ul class="link-list">${own.map((row) => this.#renderLink(row, index++))}</ul>
        <h3>Links for ${result.leaderName}</h3>
        <ul class="link-list">${leader.map((row) => this.#renderLink(row, index++))}</ul>
        <h3>Links for raters (${raters.length})</h3>
        <p class="hint">Each link works once. The ref (such as peer-1) is only for your mail merge: it is never kept with anyone's answers.</p>
        <ul class="link-list">${raters.map((row) => this.#renderLink(row, index++))}</ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-360-setup': Lpc360Setup;
  }
}
