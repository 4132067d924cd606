import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { DraftController, pageDraftLoader, type DraftLoader } from '../../controllers/draft-controller.js';
import { browserStorage, type DraftStorage, type DraftStore } from '../../core/drafts.js';
import { responseFileName, selectAnswerMessage, unansweredItems } from '../../core/response.js';
import type { AssessmentResponse, Framework, Respondent } from '../../core/types.js';
import { LpcSubmitEvent } from '../../events/submit-event.js';
import { downloadJson, jsonFileUrl } from '../../utils/download.js';
import type { LpcRating } from '../rating/index.js';
import { assessmentStyles } from './assessment.styles.js';
import { DEFAULT_GROUPS, type RaterGroup } from './groups.js';
import { FlowController } from './flow-controller.js';
import { renderCheckPage } from './pages/check.js';
import { renderConfirmationPage } from './pages/confirmation.js';
import { renderStartPage } from './pages/start.js';
import { renderStorageWarning } from './pages/storage-warning.js';
import { ratingId, renderThemePage } from './pages/theme.js';
import { postResponse, prepareResponse, sendToCollector } from './submit.js';
import { CollectorLink, refusal, respondentFrom, type Respondent360 } from './collector-link.js';
import { renderLinkPage } from './pages/link.js';
import type { AssessmentView, Page, PageError } from './view.js';

/**
 * @tagname lpc-assessment
 * The whole 360 questionnaire, for the leader (self) or a rater.
 *
 * @summary Start page, one page per theme, check your answers and confirmation, with "Theme 2 of
 * 4" progress and an NHS error summary linking to each missing answer. Every answer is saved as a
 * draft at once (shared with `lpc-rating` elements of the same `assessment-id` on the page and in
 * other tabs). Submitting builds a response that passes `validateResponse`, fires a cancelable
 * `lpc-submit`, then sends it to the collector (`collector` and `token`: the 360, the leader's name
 * and the rater's group come from the link, and the draft is kept per link), POSTs it to `endpoint`
 * (with a timeout and retries) or offers it as a file.
 *
 * @fires {LpcPageChangeEvent} lpc-page-change - The user is moving to another page. `detail` is `{ from, to }`. Cancel it to stay.
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
 * @csspart link-page - The heading of a page shown instead of the questions for a collector link that cannot be used (unknown, used, closed, unreachable).
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

  /** Where to POST the response as JSON. Without it (or `collector`), the response is offered as a file. */
  @property({ type: String }) endpoint?: string;

  /** The collector API's base URL, e.g. `/api/v1`. With `token`, the 360's details come from `GET /me`. */
  @property({ type: String }) collector?: string;

  /** The person's link token (the host reads it from its own URL fragment). Sent only as a bearer token. */
  @property({ type: String }) token?: string;

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

  @state() protected errors: PageError[] = [];
  @state() protected confirmation?: AssessmentView['confirmation'];

  readonly #link = new CollectorLink(this);
  readonly #drafts = new DraftController(this, () => {
    const who = this.#who;
    return { assessmentId: who?.assessmentId, respondent: who?.respondent, link: who?.link, storage: this.#storage, loader: this.drafts };
  });
  /** Which page shows and where a submission stands (core/assessment-flow). */
  readonly #flow = new FlowController(this, {
    themeCount: () => this.framework?.themes.length ?? 0,
    historyKey: () => `${this.#who?.assessmentId}\n${this.#who?.respondent}`,
    focusField: (id) => this.#focusField(id),
    onMove: (page) => {
      this.errors = [];
      if (page.kind !== 'check' && page.kind !== 'confirmation') this.#pending = undefined;
    },
  });
  /** The response of the last submit, sent again by "Try again" (same id) until answers change. */
  #pending: AssessmentResponse | undefined;

  /** The current page, for hosts and tests. */
  get currentPage(): Page {
    return this.#flow.state.page;
  }

  /** The draft store this element writes to. */
  get store(): DraftStore | undefined {
    return this.#drafts.store;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.confirmation?.fileUrl) URL.revokeObjectURL(this.confirmation.fileUrl);
  }

  /**
   * Shows a page without checking the answers before it, e.g. to bring back where a user was.
   * The confirmation page is only reached by submitting.
   */
  show(page: Page): void {
    this.#flow.move({ type: 'show', page });
  }

  /** The host delivered the response itself (after cancelling `lpc-submit`): remove the draft, confirm. */
  complete(): void {
    this.#drafts.store?.clear();
    this.#pending = undefined;
    this.confirmation = { sent: true, fileName: '' };
    this.#flow.move({ type: 'sent' });
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

  /** Who is answering: from the collector link when there is one, else from the attributes. */
  get #who(): Respondent360 | undefined {
    const { assessmentId, respondent, relationship, subjectName, groups, includeSupplementary } = this;
    return respondentFrom(this.#link.state, { assessmentId, respondent: respondent === 'rater' ? 'rater' : 'self', relationship, subjectName, groups, includeSupplementary });
  }

  /**
   * Where this person's draft is kept. A collector link keys it by the link; without Web Crypto the
   * link cannot be hashed, so answers stay on the page. A rater without a link (file mode) keeps it
   * in the tab's sessionStorage: it outlives reloads but not the tab, so the next person on the same
   * browser profile can neither see nor continue nor send it.
   */
  get #storage(): DraftStorage | null | undefined {
    const linked = this.#link.state.status === 'ready';
    if (linked && !this.#who?.link) return null;
    if (!linked && this.storage === undefined && this.#who?.respondent === 'rater') return browserStorage('session');
    return this.storage;
  }

  get #relationship(): string | undefined {
    return this.#who?.relationship || this.#drafts.store?.relationship;
  }

  get #askRelationship(): boolean {
    return this.#who?.respondent === 'rater' && !this.#who.relationship;
  }

  async #focusField(id: string): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!field) return;
    await (field as Partial<LpcRating>).updateComplete;
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
  }

  #showErrors(errors: PageError[]): void {
    this.errors = errors;
    this.#flow.focusAfterRender({ kind: 'errors' });
  }

  /** Checks the relationship (raters) before leaving the start page. */
  #startChecked(): boolean {
    if (this.#askRelationship && !this.#relationship) {
      this.#showErrors([{ targetId: 'relationship-0', message: `Select how you work with ${this.#who?.subjectName?.trim() || 'the leader'}` }]);
      return false;
    }
    return true;
  }

  /** Continue on a theme page: every item needs an answer first. */
  #next(): void {
    const page = this.#flow.state.page;
    if (page.kind !== 'theme') return;
    const missing = unansweredItems(this.#drafts.store?.draft, this.framework!, this.framework!.themes[page.index]);
    if (missing.length) {
      for (const item of missing) this.renderRoot.querySelector<LpcRating>(`[id="${CSS.escape(ratingId(item.id))}"]`)?.reportValidity();
      this.#showErrors(missing.map((item) => ({ targetId: ratingId(item.id), message: selectAnswerMessage(item) })));
      return;
    }
    this.#flow.move({ type: 'next' }, { user: true });
  }

  async #submit(): Promise<void> {
    const response = prepareResponse({
      draft: this.#drafts.store!.draft,
      framework: this.framework!,
      respondent: this.#who!.respondent,
      relationship: this.#relationship,
      pending: this.#pending,
    });
    if (Array.isArray(response)) {
      this.#showErrors(response);
      return;
    }
    this.#pending = response;
    this.errors = [];
    const event = new LpcSubmitEvent(response);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return; // the host takes over; the draft stays until it calls complete()
    const { collector, token, endpoint } = this;
    const linked = this.#link.state.status === 'ready';
    if (!linked && !endpoint) {
      this.confirmation = { sent: false, fileUrl: jsonFileUrl(response), fileName: this.#fileName(undefined, response) };
      this.#flow.move({ type: 'sent' });
      return;
    }
    this.#flow.move({ type: 'send' });
    const options = { timeoutMs: this.timeout, retryDelaysMs: this.retryDelays };
    const outcome = linked ? await sendToCollector(collector!, token!, response, options) : await postResponse(endpoint!, response, options);
    if (outcome.ok) {
      this.#drafts.store!.clear();
      this.#pending = undefined;
      this.confirmation = { sent: true, fileName: '' };
      this.#flow.move({ type: 'sent' });
      return;
    }
    const refused = linked ? refusal(outcome.status, outcome.message) : undefined;
    if (refused?.status === 'refused') this.#link.refuse(refused); // used, closed or unknown: the draft stays in this browser
    this.#flow.move({ type: 'failed', message: outcome.message });
    this.#flow.focusAfterRender({ kind: 'errors' });
  }

  /** `…-self-…` or `…-<group>-…`, with a short response id, so files saved in one folder never clash. */
  #fileName(kind?: 'draft', response?: AssessmentResponse): string {
    const who = this.#who!.respondent === 'rater' ? this.#relationship ?? 'rater' : 'self';
    return responseFileName(this.#who!.assessmentId, who, kind, response?.id);
  }

  #download(data: unknown, kind?: 'draft'): void {
    downloadJson(this.renderRoot as ShadowRoot, this.#fileName(kind, kind ? undefined : (data as AssessmentResponse)), data);
  }

  #view(framework: Framework, store: DraftStore): AssessmentView {
    const { submit } = this.#flow.state;
    return {
      framework,
      store,
      storage: this.#storage,
      drafts: this.drafts,
      ...this.#who!,
      relationship: this.#relationship,
      askRelationship: this.#askRelationship,
      sends: !!this.endpoint || this.#link.state.status === 'ready',
      keptFor: this.#who?.link ? 'link' : this.#storage === browserStorage('session') ? 'tab' : 'browser',
      errors: this.errors,
      sending: submit.status === 'sending',
      sendError: submit.status === 'failed' ? submit.message : undefined,
      confirmation: this.confirmation,
      actions: {
        start: () => this.#startChecked() && this.#flow.move({ type: 'start' }, { user: true }),
        resume: () => {
          if (!this.#startChecked()) return;
          const draft = store.draft;
          const theme = framework.themes.findIndex((t) => unansweredItems(draft, framework, t).length > 0);
          this.#flow.move({ type: 'start', theme }, { user: true });
        },
        restart: () => {
          store.discard();
          this.#flow.focusAfterRender({ kind: 'heading' });
        },
        chooseRelationship: (id) => {
          store.setRelationship(id);
          this.errors = [];
        },
        next: () => this.#next(),
        back: () => this.#flow.move({ type: 'back' }, { user: true }),
        change: (page, focusId) => this.#flow.move({ type: 'change', page }, { user: true, focus: focusId ? { kind: 'field', id: focusId } : undefined }),
        submit: () => void this.#submit(),
        downloadResponse: () => this.#pending && this.#download(this.#pending),
        downloadDraft: () => this.#download(store.draft ?? {}, 'draft'),
        fileSaved: () => store.clear(),
        focusField: (id) => void this.#focusField(id),
      },
    };
  }

  #renderPage(view: AssessmentView) {
    const page = this.#flow.state.page;
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

  protected override render() {
    const link = this.#link.state;
    if (link.status !== 'none' && link.status !== 'ready') return html`<div class="assessment" part="base">${renderLinkPage(link, () => this.#link.retry())}</div>`;
    const framework = this.framework;
    const store = this.#drafts.store;
    if (!framework || !store) return html`<p class="status" role="status">Loading the assessment…</p>`;
    const warning = this.#flow.state.page.kind === 'confirmation' ? '' : renderStorageWarning(store, () => this.#download(store.draft ?? {}, 'draft'));
    return html`<div class="assessment" part="base">${warning} ${this.#renderPage(this.#view(framework, store))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-assessment': LpcAssessment;
  }
}
