import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore } from '../../core/drafts.js';
import { rememberSend } from '../../core/drafts-sent.js';
import { responseFileName } from '../../core/response.js';
import type { AssessmentResponse, Framework, Respondent } from '../../core/types.js';
import { LpcSubmitEvent } from '../../events/submit-event.js';
import { downloadJson, jsonFileUrl } from '../../utils/download.js';
import type { FlowController } from './flow-controller.js';
import { refusal, type LinkState } from './collector-link.js';
import { postResponse, prepareResponse, sendToCollector } from './submit.js';
import type { AssessmentView, PageError } from './view.js';

export interface SubmitHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  collector?: string;
  token?: string;
  endpoint?: string;
  timeout: number;
  retryDelays: number[];
}

/** What a submission is of: the person's draft, once the framework and the draft are loaded. */
export interface SubmitContext {
  store: DraftStore;
  framework: Framework;
  assessmentId: string;
  respondent: Respondent;
  relationship: string | undefined;
  /** Whether the answers go to the collector with the person's link. */
  linked: boolean;
}

export interface SubmitOptions {
  context(): SubmitContext;
  showErrors(errors: PageError[]): void;
  clearErrors(): void;
  /** The collector refused the link on sending (used, closed, unknown). */
  refuse(state: LinkState): void;
}

/**
 * Submitting for `<lpc-assessment>`: builds the response (or the problems that stop it), fires the
 * cancelable `lpc-submit`, then sends it to the collector or the endpoint, or offers it as a file,
 * and moves the flow on to the confirmation. Also saves the answers as a file on request.
 */
export class SubmitController implements ReactiveController {
  /** The response of the last submit, sent again by "Try again" (same id) until answers change. */
  pending: AssessmentResponse | undefined;
  /** What the confirmation page shows. */
  confirmation: AssessmentView['confirmation'];

  constructor(
    private readonly host: SubmitHost,
    private readonly flow: FlowController,
    private readonly options: SubmitOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.confirmation?.fileUrl) URL.revokeObjectURL(this.confirmation.fileUrl);
  }

  async submit(): Promise<void> {
    const { store, framework, respondent, relationship, linked } = this.options.context();
    const response = prepareResponse({ draft: store.draft, framework, respondent, relationship, pending: this.pending });
    if (Array.isArray(response)) {
      this.options.showErrors(response);
      return;
    }
    this.pending = response;
    this.options.clearErrors();
    const event = new LpcSubmitEvent(response);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return; // the host takes over; the draft stays until it calls complete()
    const { collector, token, endpoint } = this.host;
    if (!linked && !endpoint) {
      this.#confirm({ sent: false, fileUrl: jsonFileUrl(response), fileName: this.#fileName(undefined, response) });
      return;
    }
    this.flow.move({ type: 'send' });
    // Kept until the collector confirms it, in case its answer is lost on the way (core/drafts-sent).
    if (linked) rememberSend(store.storage, store.identity.link, { draftKey: store.key, savedAt: store.draft?.savedAt ?? 0, response });
    const options = { timeoutMs: this.host.timeout, retryDelaysMs: this.host.retryDelays };
    const outcome = linked ? await sendToCollector(collector!, token!, response, options) : await postResponse(endpoint!, response, options);
    if (outcome.ok) {
      this.complete(this.options.context().store);
      return;
    }
    const refused = linked ? refusal(outcome.status, outcome.message, outcome.code) : undefined;
    if (refused?.status === 'refused') this.options.refuse(refused); // used, closed or unknown: the draft stays in this browser
    this.flow.move({ type: 'failed', message: outcome.message });
    this.flow.focusAfterRender({ kind: 'errors' });
  }

  /** The response was delivered (by this element or by the host): remove the draft, confirm. */
  complete(store: DraftStore | undefined): void {
    store?.clear();
    this.pending = undefined;
    this.#confirm({ sent: true, fileName: '' });
  }

  /** Saves the last response as a file. */
  downloadResponse(): void {
    if (this.pending) downloadJson(this.host.renderRoot as ShadowRoot, this.#fileName(undefined, this.pending), this.pending);
  }

  /** Saves the answers so far as a file (when they cannot be kept in the browser, say). */
  downloadDraft(): void {
    downloadJson(this.host.renderRoot as ShadowRoot, this.#fileName('draft'), this.options.context().store.draft ?? {});
  }

  #confirm(confirmation: NonNullable<AssessmentView['confirmation']>): void {
    this.confirmation = confirmation;
    this.host.requestUpdate();
    this.flow.move({ type: 'sent' });
  }

  /** `…-self-…` or `…-<group>-…`, with a short response id, so files saved in one folder never clash. */
  #fileName(kind?: 'draft', response?: AssessmentResponse): string {
    const { assessmentId, respondent, relationship } = this.options.context();
    return responseFileName(assessmentId, respondent === 'rater' ? relationship ?? 'rater' : 'self', kind, response?.id);
  }
}
