import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftIdentity, DraftStorage, DraftStore, sharedDraftStore } from '../core/drafts.js';

export interface DraftBinding extends Partial<DraftIdentity> {
  /** `undefined`: the browser's localStorage. `null`: no storage (memory only). */
  storage?: DraftStorage | null;
}

/** Opens the page's shared store for an assessment (core/drafts' `sharedDraftStore`). */
export type OpenDraftStore = typeof sharedDraftStore;

/** Set once the draft module is loaded (or handed over by an element that imports it anyway). */
let openStore: OpenDraftStore | undefined;
let loading: Promise<unknown> | undefined;
/** The draft module could not be loaded (e.g. its chunk did not arrive): elements work without a draft. */
let loadFailed = false;

/** Loads core/drafts on first need, so an element with no assessment id never downloads it. */
function loadDrafts(): Promise<unknown> {
  loading ??= import('../core/drafts.js').then(
    ({ sharedDraftStore }) => {
      openStore ??= sharedDraftStore;
    },
    () => {
      loadFailed = true;
    },
  );
  return loading;
}

/**
 * Binds an element to the page's shared draft (core/drafts): the element re-renders whenever any
 * element on the page, or another tab, changes an answer. With no assessment id there is no store.
 *
 * Given `open`, the store opens at once. Without it, core/drafts is loaded when an assessment id is
 * first set; the host awaits `loaded()` in `scheduleUpdate`, so it never renders without its draft.
 */
export class DraftController implements ReactiveController {
  store: DraftStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #bound: { key: string; storage: DraftStorage | null | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly binding: () => DraftBinding,
    open?: OpenDraftStore,
  ) {
    if (open) openStore ??= open;
    host.addController(this);
  }

  /**
   * While the draft module is needed but not loaded: a promise that settles once it is and the store
   * is bound (an element's `willUpdate` runs before `hostUpdate`, so it must not wait for that).
   * Otherwise `undefined`.
   */
  loaded(): Promise<void> | undefined {
    return this.binding().assessmentId && !openStore && !loadFailed ? loadDrafts().then(() => this.#bind()) : undefined;
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
    if (assessmentId && !openStore && !loadFailed) {
      void this.loaded(); // binds once loaded; the host's pending update waits for it
      return;
    }
    const key = assessmentId ? `${assessmentId}\n${respondent}` : '';
    if (this.#bound && this.#bound.key === key && this.#bound.storage === storage) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#bound = { key, storage };
    this.store = assessmentId && openStore ? openStore({ assessmentId, respondent }, storage) : undefined;
    this.#unsubscribe = this.store?.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
