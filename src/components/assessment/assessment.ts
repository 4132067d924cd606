import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { DraftController, pageDraftLoader, type DraftLoader } from '../../controllers/draft-controller.js';
import type { DraftStorage, DraftStore } from '../../core/drafts.js';
import { buildResponse, responseFileName, unansweredItems } from '../../core/response.js';
import { validateResponse } from '../../core/validate.js';
import type { AssessmentResponse, Framework, Respondent } from '../../core/types.js';
import { LpcSubmitEvent } from '../../events/submit-event.js';
import type { LpcRating } from '../rating/rating.js';
import { assessmentStyles } from './assessment.styles.js';
import { downloadJson, jsonFileUrl } from './download.js';
import { DEFAULT_GROUPS, type RaterGroup } from './groups.js';
import { renderCheckPage } from './pages/check.js';
import { renderConfirmationPage } from './pages/confirmation.js';
import { renderStartPage } from './pages/start.js';
import { ratingId, renderThemePage } from './pages/theme.js';
import { postResponse } from './submit.js';
import type { AssessmentView, Page, PageError } from './view.js';

/** What to focus once a page has rendered. */
type FocusTarget = { kind: 'heading' } | { kind: 'errors' } | { kind: 'field'; id: string };

/**
 * @tagname lpc-assessment
 * The whole 360 questionnaire, for the leader (self) or a rater.
 *
 * @summary Start page, one page per theme, check your answers and confirmation, with "Theme 2 of
 * 4" progress and an NHS error summary linking to each missing answer. Every answer is saved as a
 * draft at once (shared with `lpc-rating` elements of the same `assessment-id` on the page and in
 * other tabs). Submitting builds a response that passes `validateResponse`, fires a cancelable
 * `lpc-submit`, then POSTs it to `endpoint` (with a timeout and retries) or offers it as a file.
 *
 * @fires {LpcSubmitEvent} lpc-submit - The user submitted. `detail` is the response. Cancel it to deliver the response yourself, then call `complete()`.
 *
 * @csspart progress - "Theme 2 of 4".
 * @csspart error-summary - The error summary at the top of a page.
 * @csspart storage-warning - The warning shown when answers can only be kept in memory.
 * @csspart notice - The message about saved answers that could not be used (kept under a backup key).
 * @csspart resume - The "you have saved answers" message on the start page.
 * @csspart relationship - The rater's choice of group.
 * @csspart summary - Each list of answers on the check page.
 * @csspart panel - The confirmation panel.
 * @csspart download - The download link on the confirmation page.
 *
 * @cssproperty --lpc-color-button - Primary button colour (NHS green).
 * @cssproperty --lpc-color-error - Error colour (NHS red).
 * @cssproperty --lpc-color-focus - Focus colour (NHS yellow).
 */
export class LpcAssessment extends LitElement {
  static override styles = assessmentStyles;

  /** `self`: the leader rates themselves. `rater`: someone rates the leader (anonymously). */
  @property({ type: String }) respondent: Respondent = 'self';

  /** The leader's name, used in a rater's questions ("How do you work with Sam?"). */
  @property({ type: String, attribute: 'subject-name' }) subjectName?: string;

  /** Names this 360; drafts and responses are kept apart by it. */
  @property({ type: String, attribute: 'assessment-id' }) assessmentId = 'assessment';

  /** A rater's group (e.g. `peer`). When not given, raters are asked on the first page. */
  @property({ type: String }) relationship?: string;

  /** Where to POST the response as JSON. Without it, the response is offered as a file. */
  @property({ type: String }) endpoint?: string;

  /** The rater groups to choose from; add your own (e.g. "people who use services"). */
  @property({ attribute: false }) groups: readonly RaterGroup[] = DEFAULT_GROUPS;

  /** Lets the browser's back and forward buttons move between pages. Off by default. */
  @property({ type: Boolean }) history = false;

  /** Shows supplementary text from other documents (never rated), clearly marked. Off by default. */
  @property({ type: Boolean, attribute: 'include-supplementary' }) includeSupplementary = false;

  /** Milliseconds before one attempt to send is given up. */
  @property({ type: Number }) timeout = 15_000;

  /** Waits (ms) before each retry of a failed send. */
  @property({ attribute: false }) retryDelays: number[] = [1_000, 3_000];

  /** Where drafts are kept: the browser's localStorage by default; `null` keeps them in memory. */
  @property({ attribute: false }) storage?: DraftStorage | null;

  /**
   * Where drafts come from: the page's loader by default, shared with any `lpc-rating` of the same
   * `assessment-id` on the page. A page can give the assessment (and its ratings) one of its own.
   */
  @property({ attribute: false }) drafts: DraftLoader = pageDraftLoader;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  @state() protected page: Page = { kind: 'start' };
  @state() protected errors: PageError[] = [];
  @state() protected sending = false;
  @state() protected sendError?: string;
  @state() protected confirmation?: AssessmentView['confirmation'];

  readonly #drafts = new DraftController(this, () => ({
    assessmentId: this.assessmentId,
    respondent: this.respondent,
    storage: this.storage,
    loader: this.drafts,
  }));
  #focus: FocusTarget | undefined;
  /** The response of the last submit, sent again by "Try again" (same id) until answers change. */
  #pending: AssessmentResponse | undefined;
  /** After a change link, Continue goes back to the check page. */
  #returnToCheck = false;

  /** The current page, for hosts and tests. */
  get currentPage(): Page {
    return this.page;
  }

  /** The draft store this element writes to. */
  get store(): DraftStore | undefined {
    return this.#drafts.store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    if (this.confirmation?.fileUrl) URL.revokeObjectURL(this.confirmation.fileUrl);
  }

  /**
   * Shows a page without checking the answers before it, e.g. to bring back where a user was.
   * The confirmation page is only reached by submitting.
   */
  show(page: Page): void {
    if (page.kind === 'confirmation') return;
    this.#go(page);
  }

  /** The host delivered the response itself (after cancelling `lpc-submit`): remove the draft, confirm. */
  complete(): void {
    this.#drafts.store?.clear();
    this.#pending = undefined;
    this.confirmation = { sent: true, fileName: '' };
    this.#go({ kind: 'confirmation' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('respondent') && this.respondent !== 'self' && this.respondent !== 'rater') this.respondent = 'self';
    if (this.framework) this.#drafts.store?.useFramework(this.framework);
  }

  /** The draft module is loaded before the first render. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.#drafts.loaded();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override async updated(): Promise<void> {
    const target = this.#focus;
    if (!target) return;
    this.#focus = undefined;
    if (target.kind === 'field') {
      await this.#focusField(target.id);
    } else {
      const selector = target.kind === 'errors' ? '.error-summary' : '.page-heading';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  get #relationship(): string | undefined {
    return this.relationship || this.#drafts.store?.relationship;
  }

  get #askRelationship(): boolean {
    return this.respondent === 'rater' && !this.relationship;
  }

  /** Moves to a page, focusing its heading (or a field), and records it in history when allowed. */
  #go(page: Page, focus: FocusTarget = { kind: 'heading' }, push = true): void {
    const from = this.page;
    this.page = page;
    this.errors = [];
    this.sendError = undefined;
    this.#focus = focus;
    if (page.kind !== 'check' && page.kind !== 'confirmation') this.#pending = undefined;
    if (push && this.history) {
      // Mark the entry we leave, so Back can return to it.
      const current = window.history.state as { lpcAssessment?: string } | null;
      if (current?.lpcAssessment !== this.#historyKey()) window.history.replaceState({ lpcAssessment: this.#historyKey(), page: from }, '');
      window.history.pushState({ lpcAssessment: this.#historyKey(), page }, '');
    }
  }

  #historyKey(): string {
    return `${this.assessmentId}\n${this.respondent}`;
  }

  #onPopState = (event: PopStateEvent): void => {
    const saved = event.state as { lpcAssessment?: string; page?: Page } | null;
    if (!this.history || !saved || saved.lpcAssessment !== this.#historyKey() || !saved.page) return;
    if (this.page.kind === 'confirmation') return; // a sent response cannot be reopened
    this.#go(saved.page, { kind: 'heading' }, false);
  };

  async #focusField(id: string): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!field) return;
    await (field as Partial<LpcRating>).updateComplete;
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
  }

  #showErrors(errors: PageError[]): void {
    this.errors = errors;
    this.#focus = { kind: 'errors' };
  }

  /** Checks the relationship (raters) before leaving the start page. */
  #startChecked(): boolean {
    if (this.#askRelationship && !this.#relationship) {
      this.#showErrors([{ targetId: 'relationship-0', message: `Select how you work with ${this.subjectName?.trim() || 'the leader'}` }]);
      return false;
    }
    return true;
  }

  #firstUnansweredTheme(): number {
    const framework = this.framework!;
    const draft = this.#drafts.store?.draft;
    const index = framework.themes.findIndex((theme) => unansweredItems(draft, framework, theme).length > 0);
    return index;
  }

  #next(): void {
    const framework = this.framework!;
    const page = this.page;
    if (page.kind !== 'theme') return;
    const theme = framework.themes[page.index];
    const missing = unansweredItems(this.#drafts.store?.draft, framework, theme);
    if (missing.length) {
      for (const item of missing) this.renderRoot.querySelector<LpcRating>(`[id="${CSS.escape(ratingId(item.id))}"]`)?.reportValidity();
      this.#showErrors(
        missing.map((item) => ({
          targetId: ratingId(item.id),
          message: `Select an answer for "${item.kind === 'behaviour' ? item.heading : item.text.length > 60 ? `${item.text.slice(0, 57).trimEnd()}…` : item.text}"`,
        })),
      );
      return;
    }
    if (this.#returnToCheck || page.index + 1 >= framework.themes.length) {
      this.#returnToCheck = false;
      this.#go({ kind: 'check' });
    } else {
      this.#go({ kind: 'theme', index: page.index + 1 });
    }
  }

  #back(): void {
    const page = this.page;
    this.#returnToCheck = false;
    if (page.kind === 'theme') this.#go(page.index === 0 ? { kind: 'start' } : { kind: 'theme', index: page.index - 1 });
    else if (page.kind === 'check') this.#go({ kind: 'theme', index: this.framework!.themes.length - 1 });
  }

  async #submit(): Promise<void> {
    const framework = this.framework!;
    const store = this.#drafts.store!;
    const draft = store.draft;
    const missing = unansweredItems(draft, framework);
    const errors: PageError[] = [];
    if (this.respondent === 'rater' && !this.#relationship) {
      errors.push({ targetId: 'change-relationship', message: 'Say how you work with the leader before you submit' });
    }
    if (!draft || missing.length) {
      errors.push({ targetId: 'submit', message: `Answer every statement before you submit: ${missing.length} not answered yet. Use the Change links below.` });
    }
    if (errors.length) {
      this.sendError = undefined;
      this.#showErrors(errors);
      return;
    }
    const response =
      this.#pending ??
      buildResponse({ draft: draft!, framework, id: crypto.randomUUID(), submittedAt: new Date(), relationship: this.#relationship });
    const valid = validateResponse(response, framework);
    if (!valid.ok) {
      this.#showErrors(valid.problems.map((problem) => ({ targetId: 'submit', message: `${problem.path}: ${problem.message}` })));
      return;
    }
    this.#pending = response;
    this.errors = [];
    const event = new LpcSubmitEvent(response);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return; // the host takes over; the draft stays until it calls complete()
    if (!this.endpoint) {
      this.confirmation = { sent: false, fileUrl: jsonFileUrl(response), fileName: responseFileName(this.assessmentId, this.respondent) };
      this.#go({ kind: 'confirmation' });
      return;
    }
    this.sending = true;
    this.sendError = undefined;
    const outcome = await postResponse(this.endpoint, response, { timeoutMs: this.timeout, retryDelaysMs: this.retryDelays });
    this.sending = false;
    if (outcome.ok) {
      store.clear();
      this.#pending = undefined;
      this.confirmation = { sent: true, fileName: '' };
      this.#go({ kind: 'confirmation' });
    } else {
      this.sendError = outcome.message;
      this.#focus = { kind: 'errors' };
    }
  }

  #view(framework: Framework, store: DraftStore): AssessmentView {
    return {
      framework,
      store,
      storage: this.storage,
      drafts: this.drafts,
      assessmentId: this.assessmentId,
      respondent: this.respondent,
      subjectName: this.subjectName,
      relationship: this.#relationship,
      askRelationship: this.#askRelationship,
      groups: this.groups,
      includeSupplementary: this.includeSupplementary,
      endpoint: this.endpoint,
      errors: this.errors,
      sending: this.sending,
      sendError: this.sendError,
      confirmation: this.confirmation,
      actions: {
        start: () => {
          if (this.#startChecked()) this.#go({ kind: 'theme', index: 0 });
        },
        resume: () => {
          if (!this.#startChecked()) return;
          const index = this.#firstUnansweredTheme();
          this.#go(index < 0 ? { kind: 'check' } : { kind: 'theme', index });
        },
        restart: () => {
          store.discard();
          this.#focus = { kind: 'heading' };
        },
        chooseRelationship: (id) => {
          store.setRelationship(id);
          this.errors = [];
        },
        next: () => this.#next(),
        back: () => this.#back(),
        change: (page, focusId) => {
          this.#returnToCheck = page.kind === 'theme' || page.kind === 'start';
          this.#go(page, focusId ? { kind: 'field', id: focusId } : { kind: 'heading' });
        },
        submit: () => void this.#submit(),
        downloadResponse: () => {
          if (this.#pending) downloadJson(this.renderRoot as ShadowRoot, responseFileName(this.assessmentId, this.respondent), this.#pending);
        },
        fileSaved: () => store.clear(),
        focusField: (id) => void this.#focusField(id),
      },
    };
  }

  #renderPage(view: AssessmentView) {
    const page = this.page;
    switch (page.kind) {
      case 'start':
        return renderStartPage(view);
      case 'theme':
        return renderThemePage(view, Math.min(page.index, view.framework.themes.length - 1));
      case 'check':
        return renderCheckPage(view);
      case 'confirmation':
        return renderConfirmationPage(view);
    }
  }

  #renderStorageWarning(store: DraftStore) {
    if (!store.problem || this.page.kind === 'confirmation') return nothing;
    return html`<div class="warning" part="storage-warning" role="alert">
      <h2 class="warning__title">Your answers are not being saved</h2>
      <p>${store.problem.message}</p>
      <button
        class="button button--secondary"
        type="button"
        @click=${() => downloadJson(this.renderRoot as ShadowRoot, responseFileName(this.assessmentId, this.respondent, 'draft'), store.draft ?? {})}
      >
        Download my answers
      </button>
    </div>`;
  }

  protected override render() {
    const framework = this.framework;
    const store = this.#drafts.store;
    if (!framework || !store) return html`<p class="status" role="status">Loading the assessment…</p>`;
    const view = this.#view(framework, store);
    return html`<div class="assessment" part="base">
      ${this.#renderStorageWarning(store)} ${this.#renderPage(view)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-assessment': LpcAssessment;
  }
}
