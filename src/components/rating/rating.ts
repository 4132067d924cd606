import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { findItem, nearestIds } from '../../core/framework.js';
import type { AnswerValue, DraftStorage } from '../../core/drafts.js';
import type { Framework, FrameworkItem, Respondent } from '../../core/types.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { RovingFocusController, lineStrategy } from '../../controllers/roving-focus.js';
import { ratingStyles } from './rating.styles.js';

interface Choice {
  value: string;
  label: string;
}

/** A short name for an item, used in error messages. */
function shortName(item: FrameworkItem): string {
  const text = item.kind === 'behaviour' ? item.heading : item.text;
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

/**
 * @tagname lpc-rating
 * One item of the framework, rated on the framework's rating scale.
 *
 * @summary A form control: a radio group with a roving tabindex, labelled from the framework's
 * rating scale, with optional "not observed" choice and comment box. Works in any `<form>`
 * (ElementInternals). With `assessment-id`, it shares its answer with every `lpc-rating` and
 * `<lpc-assessment>` for that assessment on the page and in other tabs, saved as a draft at once.
 *
 * @fires input - The user chose an answer (bubbles, composed). Typing in the comment box fires the comment box's own `input`.
 * @fires change - The user chose an answer or changed the comment (bubbles, composed). Never fired when a property is set.
 *
 * @csspart group - The radio group wrapper (also shows the error border).
 * @csspart label - The group label (the item's heading or text).
 * @csspart description - A behaviour's description.
 * @csspart hint - The question, e.g. "How often is this shown?".
 * @csspart error-message - The error message shown when an answer is required and missing.
 * @csspart options - The row of choices.
 * @csspart option - Each choice (role radio). `option checked` when chosen.
 * @csspart comment - The comment box.
 *
 * @cssproperty --lpc-rating-selected-color - Border and dot colour of the chosen answer (NHS blue).
 * @cssproperty --lpc-rating-target-size - Least width and height of each choice (44px).
 * @cssproperty --lpc-color-error - Error message and border colour.
 */
export class LpcRating extends LitElement {
  static override styles = ratingStyles;
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Id of the framework item to rate, e.g. `being.authenticity`. */
  @property({ type: String }) item = '';

  /** Replaces the group label (by default the item's heading, or a quality's text). */
  @property({ type: String }) label?: string;

  /** Replaces the hint under the label (by default the scale's question). */
  @property({ type: String }) hint?: string;

  /** Field name in the form's data. The comment is sent as `<name>-comment`. */
  @property({ type: String }) name = '';

  /** The chosen value: a scale value such as `"4"`, `"not-observed"`, or `""` for none. */
  @property({ type: String }) value = '';

  /** The comment text. */
  @property({ type: String }) comment = '';

  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Offers "Not observed or don't know", never counted as a score. */
  @property({ type: Boolean, attribute: 'allow-not-observed' }) allowNotObserved = false;

  /** Shows an optional comment box. */
  @property({ type: Boolean, attribute: 'allow-comment' }) allowComment = false;

  /** Shares the answer with every element of this assessment on the page (and other tabs), as a saved draft. */
  @property({ type: String, attribute: 'assessment-id' }) assessmentId?: string;

  @property({ type: String }) respondent: Respondent = 'self';

  /** Where drafts are kept: the browser's localStorage by default; `null` keeps them in memory. */
  @property({ attribute: false }) storage?: DraftStorage | null;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  @state() protected errorShown = false;
  @state() protected formDisabled = false;

  readonly #internals: ElementInternals;
  readonly #drafts = new DraftController(this, () => ({
    assessmentId: this.assessmentId,
    respondent: this.respondent,
    storage: this.storage,
  }));
  readonly #roving = new RovingFocusController(this, {
    items: () => this.#radios(),
    strategy: lineStrategy(() => this.#radios().length),
    selected: () => this.#choices().findIndex((choice) => choice.value === this.value),
    onMove: (index) => this.#choose(this.#choices()[index].value),
  });
  #initialValue = '';
  #initialComment = '';

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this.errorShown = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#initialValue = this.getAttribute('value') ?? '';
    this.#initialComment = this.getAttribute('comment') ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  /** Checks the answer and shows the error message when it is missing. */
  reportValidity(): boolean {
    const valid = this.#internals.checkValidity();
    if (!valid) this.errorShown = true;
    return valid;
  }

  /** The answer as data: a scale value, `"not-observed"`, or `undefined`. */
  get answer(): AnswerValue | undefined {
    if (!this.value) return undefined;
    return this.value === 'not-observed' ? 'not-observed' : Number(this.value);
  }

  /** The framework item being rated, once the framework has loaded. */
  get frameworkItem(): FrameworkItem | undefined {
    return this.framework ? findItem(this.framework, this.item)?.item : undefined;
  }

  formResetCallback(): void {
    this.#setAnswer(this.#initialValue, this.#initialComment);
    this.errorShown = false;
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    if (restored instanceof FormData) {
      this.value = String(restored.get(this.name) ?? '');
      this.comment = String(restored.get(`${this.name}-comment`) ?? '');
    } else if (typeof restored === 'string') {
      this.value = restored;
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  override focus(options?: FocusOptions): void {
    const radios = this.#radios();
    (radios.find((radio) => radio.tabIndex === 0) ?? radios[0])?.focus(options);
  }

  /** Whether `value` currently shows the shared draft's answer (rather than a host's default). */
  #valueFromDraft = false;
  /** The value this element last rendered or chose itself; any other new value came from the host. */
  #knownValue = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const store = this.#drafts.store;
    if (store && this.framework) store.useFramework(this.framework);
    const saved = store?.answer(this.item);
    if (store) {
      // Re-used for another item (e.g. by a list that re-renders): the old item's answer must not stay.
      if (this.hasUpdated && changed.has('item')) this.#valueFromDraft = true;
      const savedValue = saved?.value === undefined ? '' : String(saved.value);
      // A host that sets `value` after the first render (a controlled input in React or Vue, say)
      // sets the answer: it goes into the shared draft. Otherwise the draft is the source of truth,
      // and a `value` given before any answer was saved is kept until one is.
      const hostChangedValue = this.hasUpdated && changed.has('value') && this.value !== this.#knownValue && this.value !== savedValue;
      if (hostChangedValue) {
        const answer: AnswerValue | undefined = !this.value ? undefined : this.value === 'not-observed' ? 'not-observed' : Number(this.value);
        store.setAnswer(this.item, { value: answer, comment: saved?.comment ?? this.comment });
      } else if (saved?.value !== undefined) {
        this.value = savedValue;
      } else if (this.#valueFromDraft) {
        this.value = ''; // the answer was cleared elsewhere (another element or tab)
      }
      this.#valueFromDraft = saved?.value !== undefined || hostChangedValue;
      this.comment = saved?.comment ?? '';
    }
    this.#knownValue = this.value;
    if (changed.has('value') && this.value) this.errorShown = false;
  }

  /** With an assessment id, the draft module is loaded before the first render that needs it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.#drafts.loaded();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(): void {
    this.#syncForm();
  }

  #isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  #choices(): Choice[] {
    const scale = this.framework?.ratingScale;
    if (!scale) return [];
    const choices = scale.points.map((point) => ({ value: String(point.value), label: point.label }));
    if (this.allowNotObserved || this.value === 'not-observed') choices.push({ value: 'not-observed', label: scale.notObservedLabel });
    return choices;
  }

  #radios(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];
  }

  #errorMessage(): string {
    const item = this.frameworkItem;
    return item ? `Select an answer for "${shortName(item)}"` : 'Select an answer';
  }

  #syncForm(): void {
    if (this.name) {
      const data = new FormData();
      if (this.value) data.append(this.name, this.value);
      if (this.comment) data.append(`${this.name}-comment`, this.comment);
      this.#internals.setFormValue(data, this.value);
    } else {
      this.#internals.setFormValue(this.value || null);
    }
    if (this.required && !this.value && !this.#isDisabled()) {
      this.#internals.setValidity({ valueMissing: true }, this.#errorMessage(), this.#radios()[0]);
    } else {
      this.#internals.setValidity({});
    }
  }

  /** Records an answer, in the shared draft when there is one. */
  #setAnswer(value: string, comment: string): void {
    const store = this.#drafts.store;
    if (store && this.item) {
      const answer: AnswerValue | undefined = !value ? undefined : value === 'not-observed' ? 'not-observed' : Number(value);
      store.setAnswer(this.item, { value: answer, comment });
    }
    this.value = value;
    this.#knownValue = value;
    this.comment = comment;
  }

  /** A user chose an answer. */
  #choose(value: string): void {
    if (this.#isDisabled() || value === this.value) return;
    this.#setAnswer(value, this.comment);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onClick(event: Event): void {
    const radio = (event.target as HTMLElement).closest<HTMLElement>('[role="radio"]');
    if (radio?.dataset.value !== undefined) this.#choose(radio.dataset.value);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.#isDisabled()) return;
    if (event.key === ' ' || event.key === 'Enter') {
      const radio = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[role="radio"]');
      if (radio?.dataset.value !== undefined) {
        event.preventDefault();
        this.#choose(radio.dataset.value);
      }
      return;
    }
    this.#roving.handleKeydown(event);
  }

  #onCommentInput(event: Event): void {
    // The textarea's own `input` event is composed, so it already reaches the host's listeners.
    const text = (event.target as HTMLTextAreaElement).value;
    this.#setAnswer(this.value, text);
  }

  #onCommentChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override render() {
    if (!this.framework) return html`<p class="hint" part="hint">Loading the rating…</p>`;
    const item = this.frameworkItem;
    if (!item) {
      const near = nearestIds(this.framework, this.item);
      return html`<p class="unknown" part="error-message">
        This rating names the item "${this.item}", which is not in the framework.${near.length ? ` Did you mean ${near.map((id) => `"${id}"`).join(', ')}?` : ''}
      </p>`;
    }
    const disabled = this.#isDisabled();
    const label = this.label ?? (item.kind === 'behaviour' ? item.heading : item.text);
    const description = !this.label && item.kind === 'behaviour' ? item.text : undefined;
    const showError = this.errorShown && this.required && !this.value && !disabled;
    const describedBy = [description ? 'description' : '', 'hint', showError ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <div class="group ${showError ? 'group--error' : ''}" part="group">
        <p class="label" id="label" part="label">${label}</p>
        ${description ? html`<p class="description" id="description" part="description">${description}</p>` : nothing}
        <p class="hint" id="hint" part="hint">${this.hint ?? this.framework.ratingScale.question}</p>
        ${showError
          ? html`<p class="error-message" id="error" part="error-message"><span class="visually-hidden">Error:</span> ${this.#errorMessage()}</p>`
          : nothing}
        <div
          class="options"
          part="options"
          role="radiogroup"
          aria-labelledby="label"
          aria-describedby=${describedBy}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${showError ? 'true' : 'false'}
          aria-disabled=${disabled ? 'true' : 'false'}
          @click=${this.#onClick}
          @keydown=${this.#onKeydown}
        >
          ${this.#choices().map((choice) => {
            const checked = choice.value === this.value;
            return html`<div
              class="option ${choice.value === 'not-observed' ? 'option--not-observed' : ''}"
              part="option${checked ? ' checked' : ''}"
              role="radio"
              tabindex="-1"
              data-value=${choice.value}
              aria-checked=${checked ? 'true' : 'false'}
              aria-disabled=${disabled ? 'true' : 'false'}
            ><span class="dot" aria-hidden="true"></span>${choice.label}</div>`;
          })}
        </div>
        ${this.allowComment
          ? html`<div class="comment" part="comment">
              <label for="comment">Comment (optional)</label>
              <textarea
                id="comment"
                maxlength="2000"
                rows="3"
                .value=${this.comment}
                ?disabled=${disabled}
                @input=${this.#onCommentInput}
                @change=${this.#onCommentChange}
              ></textarea>
            </div>`
          : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-rating': LpcRating;
  }
}
