import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedDraftStore, type DraftIdentity, type DraftStorage, type DraftStore } from '../core/drafts.js';

export interface DraftBinding extends Partial<DraftIdentity> {
  /** `undefined`: the browser's localStorage. `null`: no storage (memory only). */
  storage?: DraftStorage | null;
}

/**
 * Binds an element to the page's shared draft (core/drafts): the element re-renders whenever any
 * element on the page, or another tab, changes an answer. With no assessment id there is no store.
 */
export class DraftController implements ReactiveController {
  store: DraftStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #bound: { key: string; storage: DraftStorage | null | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly binding: () => DraftBinding,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#bind();
  }

  hostUpdate(): void {
    this.#bind();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#bound = undefined;
  }

  /** Re-binds when the assessment id, respondent or storage changed. */
  #bind(): void {
    const { assessmentId, respondent = 'self', storage } = this.binding();
    const key = assessmentId ? `${assessmentId}\n${respondent}` : '';
    if (this.#bound && this.#bound.key === key && this.#bound.storage === storage) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#bound = { key, storage };
    this.store = assessmentId ? sharedDraftStore({ assessmentId, respondent }, storage) : undefined;
    this.#unsubscribe = this.store?.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
