import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { DraftController, pageDraftLoader, type DraftLoader } from '../../controllers/draft-controller.js';
import { DraftRegistry, browserStorage, type DraftStorage, type DraftStore } from '../../core/drafts.js';
import { resumeTheme } from '../../core/assessment-flow.js';
import type { Framework, Respondent } from '../../core/types.js';
import type { LpcRating } from '../rating/index.js';
import { assessmentStyles } from './assessment.styles.js';
import { DEFAULT_GROUPS, type RaterGroup } from './groups.js';
import { FlowController } from './flow-controller.js';
import { SubmitController } from './submit-controller.js';
import { renderPage } from './pages/index.js';
import { renderStorageWarning } from './pages/storage-warning.js';
import { startErrors, themeErrors } from './page-checks.js';
import { CollectorLink, respondentFrom, type Respondent360 } from './collector-link.js';
import { renderLinkPage } from './pages/link.js';
import type { AssessmentView, Page, PageError } from './view.js';

// The assessment imports core/drafts anyway: ratings on its page (sharing the page's loader) open
// their stores at once too, rather than each first render waiting for the module's own chunk.
pageDraftLoader.provide({ DraftRegistry });

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

  readonly #link = new CollectorLink(this);
  readonly #drafts = new DraftController(this, () => ({ ...this.#who, loader: this.drafts, module: { DraftRegistry } }));
  /** Which page shows and where a submission stands (core/assessment-flow). */
  readonly #flow = new FlowController(this, {
    themeCount: () => this.framework?.themes.length ?? 0,
    historyKey: () => `${this.#who?.assessmentId}\n${this.#who?.respondent}`,
    onMove: (page) => {
      this.errors = [];
      if (page.kind !== 'check' && page.kind !== 'confirmation') this.#submit.pending = undefined;
    },
  });
  readonly #submit = new SubmitController(this, this.#flow, {
    context: () => ({ ...this.#who!, store: this.#drafts.store!, framework: this.framework!, relationship: this.#relationship, linked: this.#link.state.status === 'ready' }),
    showErrors: (errors) => this.#showErrors(errors),
    clearErrors: () => (this.errors = []),
    refuse: (state) => this.#link.refuse(state),
  });

  /** The current page, for hosts and tests. */
  get currentPage(): Page {
    return this.#flow.state.page;
  }

  /** The draft store this element writes to. */
  get store(): DraftStore | undefined {
    return this.#drafts.store;
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
    this.#submit.complete(this.#drafts.store);
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

  /** Who is answering and where their draft is kept: from the collector link when there is one, else from the attributes. */
  get #who(): Respondent360 | undefined {
    const { assessmentId, respondent, relationship, subjectName, groups, includeSupplementary, storage } = this;
    return respondentFrom(this.#link.state, { assessmentId, respondent: respondent === 'rater' ? 'rater' : 'self', relationship, subjectName, groups, includeSupplementary, storage });
  }

  get #relationship(): string | undefined {
    return this.#who?.relationship || this.#drafts.store?.relationship;
  }

  #showErrors(errors: PageError[]): void {
    this.errors = errors;
    this.#flow.focusAfterRender({ kind: 'errors' });
  }

  /** Checks the relationship (raters) before leaving the start page. */
  #startChecked(): boolean {
    const errors = startErrors({ ...this.#who!, relationship: this.#relationship });
    if (errors.length) this.#showErrors(errors);
    return !errors.length;
  }

  /** Continue on a theme page: every item needs an answer first. */
  #next(): void {
    const page = this.#flow.state.page;
    if (page.kind !== 'theme') return;
    const errors = themeErrors(this.#drafts.store?.draft, this.framework!, page.index);
    if (!errors.length) {
      this.#flow.move({ type: 'next' }, { user: true });
      return;
    }
    // Each rating shows its own error as well as the summary.
    for (const { targetId } of errors) this.renderRoot.querySelector<LpcRating>(`[id="${CSS.escape(targetId)}"]`)?.reportValidity();
    this.#showErrors(errors);
  }

  #view(framework: Framework, store: DraftStore): AssessmentView {
    const { submit } = this.#flow.state;
    return {
      framework,
      store,
      drafts: this.drafts,
      ...this.#who!,
      relationship: this.#relationship,
      sends: !!this.endpoint || this.#link.state.status === 'ready',
      keptFor: this.#who?.link ? 'link' : this.#who?.storage === browserStorage('session') ? 'tab' : 'browser',
      errors: this.errors,
      sending: submit.status === 'sending',
      sendError: submit.status === 'failed' ? submit.message : undefined,
      confirmation: this.#submit.confirmation,
      actions: {
        start: () => this.#startChecked() && this.#flow.move({ type: 'start' }, { user: true }),
        resume: () => this.#startChecked() && this.#flow.move({ type: 'start', theme: resumeTheme(store.draft, framework) }, { user: true }),
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
        submit: () => void this.#submit.submit(),
        downloadResponse: () => this.#submit.downloadResponse(),
        downloadDraft: () => this.#submit.downloadDraft(),
        fileSaved: () => store.clear(),
        focusField: (id) => void this.#flow.focusField(id),
      },
    };
  }

  protected override render() {
    const link = this.#link.state;
    if (link.status !== 'none' && link.status !== 'ready') return html`<div class="assessment" part="base">${renderLinkPage(link, () => this.#link.retry())}</div>`;
    const framework = this.framework;
    const store = this.#drafts.store;
    if (!framework || !store) return html`<p class="status" role="status">Loading the assessment…</p>`;
    const page = this.#flow.state.page;
    const warning = page.kind === 'confirmation' ? '' : renderStorageWarning(store, () => this.#submit.downloadDraft());
    return html`<div class="assessment" part="base">${warning} ${renderPage(page, this.#view(framework, store))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-assessment': LpcAssessment;
  }
}
