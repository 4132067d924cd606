import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createThreeSixty } from '../../client/collector.js';
import type { SetupRequest, SetupResult } from '../../client/collector-types.js';
import { Lpc360CreatedEvent } from '../../events/360-events.js';
import { facilitatorStyles } from '../../styles/facilitator.js';
import { copyLink, linkRows, linksCsv, linksFileName, type LinkRow } from '../../utils/links.js';
import { downloadCsv } from '../../utils/download.js';
import { buildRequest, checkForm, customRow, fieldIds, initialForm, placeProblems, type FieldProblem, type GroupRow, type SetupFormState } from './setup-form.js';
import { renderSetupForm } from './setup-form-view.js';
import { copyMessage, renderLinks } from './setup-links.js';

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

  #set(patch: Partial<SetupFormState>) {
    this.form = { ...this.form, ...patch };
  }

  #setRow(key: string, patch: Partial<GroupRow>) {
    this.#set({ groups: this.form.groups.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
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

  #renderForm() {
    return renderSetupForm({
      form: this.form,
      problems: this.fieldProblems,
      sending: this.sending,
      root: () => this.renderRoot as ShadowRoot,
      onChange: (patch) => this.#set(patch),
      onChangeRow: (row, patch) => this.#setRow(row.key, patch),
      onRemoveRow: (row) => this.#removeRow(row),
      onAddRow: () => this.#addRow(),
      onSubmit: (event) => this.#submit(event),
    });
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
    this.copyStatus = copyMessage(row, await copyLink(row.link, field));
  }

  #download() {
    if (!this.result) return;
    downloadCsv(this.renderRoot, linksFileName(this.result.leaderName), linksCsv(this.links));
  }

  #renderResult(result: SetupResult) {
    const pages = { 'rate-page': this.ratePage, 'self-page': this.selfPage, 'report-page': this.reportPage, 'progress-page': this.progressPage };
    return renderLinks({
      result,
      rows: this.links,
      missingPages: Object.entries(pages).filter(([, page]) => !page).map(([attribute]) => attribute),
      copyStatus: this.copyStatus,
      onCopy: (row, index) => this.#copy(row, index),
      onDownload: () => this.#download(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-360-setup': Lpc360Setup;
  }
}
