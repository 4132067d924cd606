import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerValue, DraftIdentity, DraftRegistry, DraftStorage, DraftStore } from '../core/drafts.js';

type DraftsModule = Pick<typeof import('../core/drafts.js'), 'DraftRegistry'>;

/**
 * Opens draft stores for the elements of a page: one object, owned by the page or by an
 * `<lpc-assessment>`, that every element sharing answers is given. It loads core/drafts on first
 * need (so an element with no assessment id never downloads it) and keeps one store per identity.
 */
export class DraftLoader {
  #registry: DraftRegistry | undefined;
  #loading: Promise<void> | undefined;
  /** The draft module could not be loaded (its chunk did not arrive): elements work without a draft. */
  failed = false;

  /** Given the module (an element that imports it anyway), stores open at once. */
  constructor(module?: DraftsModule) {
    if (module) this.provide(module);
  }

  /**
   * Hands over the module from an element that imports it anyway: stores open at once, with no
   * wait for the module's own chunk (a request made only once an element needs it).
   */
  provide(module: DraftsModule): this {
    this.#registry ??= new module.DraftRegistry();
    return this;
  }

  /** True once stores can be opened (or never will be). */
  get ready(): boolean {
    return !!this.#registry || this.failed;
  }

  load(): Promise<void> {
    this.#loading ??= import('../core/drafts.js').then(
      (module) => {
        this.#registry ??= new module.DraftRegistry();
      },
      () => {
        this.failed = true;
      },
    );
    return this.#loading;
  }

  /** The shared store for an identity, or `undefined` while the module is not loaded. */
  open(identity: DraftIdentity, storage: DraftStorage | null | undefined): DraftStore | undefined {
    return this.#registry?.open(identity, storage);
  }
}

/** The loader used by elements that were given none: they share answers with each other. */
export const pageDraftLoader = new DraftLoader();

export interface DraftBinding extends Partial<DraftIdentity> {
  /** `undefined`: the browser's localStorage. `null`: no storage (memory only). */
  storage?: DraftStorage | null;
  /** Where stores come from; `pageDraftLoader` by default. */
  loader?: DraftLoader;
  /** core/drafts, from a host that imports it anyway: the loader needs no wait for it. */
  module?: DraftsModule;
}

/**
 * Binds an element to its shared draft: the element re-renders whenever any element on the page,
 * or another tab, changes an answer. With no assessment id there is no store. While the loader is
 * not ready, `loaded()` gives a promise the host awaits in `scheduleUpdate`, so it never renders
 * without its draft.
 */
export class DraftController implements ReactiveController {
  store: DraftStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #bound: { key: string; storage: DraftStorage | null | undefined; loader: DraftLoader } | undefined;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly binding: () => DraftBinding,
  ) {
    host.addController(this);
  }

  /** While the draft module is needed but not loaded: a promise that settles once the store is bound. */
  loaded(): Promise<void> | undefined {
    const { assessmentId, loader = pageDraftLoader, module } = this.binding();
    if (module) loader.provide(module);
    return assessmentId && !loader.ready ? loader.load().then(() => this.#bind()) : undefined;
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

  /** Re-binds when the assessment id, respondent, storage or loader changed. */
  #bind(): void {
    const { assessmentId, respondent = 'self', link, storage, loader = pageDraftLoader, module } = this.binding();
    if (module) loader.provide(module);
    if (assessmentId && !loader.ready) {
      void this.loaded(); // binds once loaded; the host's pending update waits for it
      return;
    }
    const key = assessmentId ? `${assessmentId}\n${respondent}\n${link ?? ''}` : '';
    if (this.#bound && this.#bound.key === key && this.#bound.storage === storage && this.#bound.loader === loader) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#bound = { key, storage, loader };
    this.store = assessmentId ? loader.open({ assessmentId, respondent, ...(link ? { link } : {}) }, storage) : undefined;
    this.#unsubscribe = this.store?.subscribe(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}

/** An element that shows one item's answer (a rating). */
export interface AnswerHost extends ReactiveControllerHost {
  item: string;
  /** `"4"`, `"not-observed"` or `""`. */
  value: string;
  comment: string;
  readonly hasUpdated: boolean;
}

/** `"4"` → 4, `"not-observed"` stays, `""` → no answer. */
export function answerOf(value: string): AnswerValue | undefined {
  return !value ? undefined : value === 'not-observed' ? 'not-observed' : Number(value);
}

/**
 * A draft binding that also keeps one item's `value` and `comment` in step with the shared draft,
 * from four sources: the attribute, a host setting the property, the draft (another element or
 * tab), and the user (`setAnswer`).
 */
export class DraftAnswerController extends DraftController {
  /** Whether `value` currently shows the shared draft's answer (rather than a host's default). */
  #valueFromDraft = false;
  /** The value the element last rendered or chose itself; any other new value came from the host. */
  #knownValue = '';

  constructor(
    protected override readonly host: AnswerHost,
    binding: () => DraftBinding,
  ) {
    super(host, binding);
  }

  /** Call from the host's `willUpdate`: settles `value` and `comment` before they render. */
  reconcile(changed: PropertyValues): void {
    const { host, store } = this;
    const saved = store?.answer(host.item);
    if (store) {
      // Re-used for another item (e.g. by a list that re-renders): the old item's answer must not stay.
      if (host.hasUpdated && changed.has('item')) this.#valueFromDraft = true;
      const savedValue = saved?.value === undefined ? '' : String(saved.value);
      // A host that sets `value` after the first render (a controlled input in React or Vue, say)
      // sets the answer: it goes into the shared draft. Otherwise the draft is the source of truth,
      // and a `value` given before any answer was saved is kept until one is.
      const hostChangedValue = host.hasUpdated && changed.has('value') && host.value !== this.#knownValue && host.value !== savedValue;
      if (hostChangedValue) {
        store.setAnswer(host.item, { value: answerOf(host.value), comment: saved?.comment ?? host.comment });
      } else if (saved?.value !== undefined) {
        host.value = savedValue;
      } else if (this.#valueFromDraft) {
        host.value = ''; // the answer was cleared elsewhere (another element or tab)
      }
      this.#valueFromDraft = saved?.value !== undefined || hostChangedValue;
      host.comment = saved?.comment ?? '';
    }
    this.#knownValue = host.value;
  }

  /** Records the user's (or a reset's) answer, in the shared draft when there is one. */
  setAnswer(value: string, comment: string): void {
    const { host, store } = this;
    if (store && host.item) store.setAnswer(host.item, { value: answerOf(value), comment });
    host.value = value;
    host.comment = comment;
    this.#knownValue = value;
  }
}
