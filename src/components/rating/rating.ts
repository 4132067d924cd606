import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { findItem, itemLabel } from '../../core/framework.js';
import { selectAnswerMessage } from '../../core/response.js';
import type { AnswerValue, DraftStorage } from '../../core/drafts.js';
import type { Framework, FrameworkItem, Respondent } from '../../core/types.js';
import { DraftAnswerController, answerOf, type DraftLoader } from '../../controllers/draft-controller.js';
import { FormAssociatedElement, FormControlController } from '../../controllers/form-control.js';
import { RovingFocusController, lineStrategy } from '../../controllers/roving-focus.js';
import { ratingStyles } from './rating.styles.js';
import { ratingChoices, renderChoices, renderComment, renderUnknownItem, type Choice } from './rating-parts.js';

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
export class LpcRating extends FormAssociatedElement {
  static override styles = ratingStyles;
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

  /** Where shared drafts come from: the page's loader by default (an `<lpc-assessment>` passes its own). */
  @property({ attribute: false }) drafts?: DraftLoader;

  /** Whose draft this answer belongs to (a hash of the person's link); set by `<lpc-assessment>` for collector links. */
  @property({ attribute: false }) draftLink?: string;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  readonly #drafts = new DraftAnswerController(this, () => ({
    assessmentId: this.assessmentId,
    respondent: this.respondent,
    link: this.draftLink,
    storage: this.storage,
    loader: this.drafts,
  }));
  protected readonly formControl = new FormControlController(this, {
    value: () => {
      const data = new FormData();
      if (this.value) data.append(this.name, this.value);
      if (this.comment) data.append(`${this.name}-comment`, this.comment);
      return data;
    },
    state: () => this.value,
    isEmpty: () => !this.value,
    missingMessage: () => selectAnswerMessage(this.frameworkItem),
    anchor: () => this.#radios()[0],
    reset: () => this.#drafts.setAnswer(this.#initialValue, this.#initialComment),
    restore: (restored) => {
      if (restored instanceof FormData) {
        this.value = String(restored.get(this.name) ?? '');
        this.comment = String(restored.get(`${this.name}-comment`) ?? '');
      } else if (typeof restored === 'string') {
        this.value = restored;
      }
    },
  });
  readonly #roving = new RovingFocusController(this, {
    items: () => this.#radios(),
    strategy: lineStrategy(() => this.#radios().length),
    selected: () => this.#choices().findIndex((choice) => choice.value === this.value),
    onMove: (index) => this.#choose(this.#choices()[index].value),
    onActivate: (index) => this.#choose(this.#choices()[index].value),
  });
  #initialValue = '';
  #initialComment = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#initialValue = this.getAttribute('value') ?? '';
    this.#initialComment = this.getAttribute('comment') ?? '';
  }

  /** The answer as data: a scale value, `"not-observed"`, or `undefined`. */
  get answer(): AnswerValue | undefined {
    return answerOf(this.value);
  }

  /** The framework item being rated, once the framework has loaded. */
  get frameworkItem(): FrameworkItem | undefined {
    return this.framework ? findItem(this.framework, this.item)?.item : undefined;
  }

  override focus(options?: FocusOptions): void {
    const radios = this.#radios();
    (radios.find((radio) => radio.tabIndex === 0) ?? radios[0])?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.framework) this.#drafts.store?.useFramework(this.framework);
    this.#drafts.reconcile(changed);
  }

  /** With an assessment id, the draft module is loaded before the first render that needs it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.#drafts.loaded();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  #choices(): Choice[] {
    const scale = this.framework?.ratingScale;
    return scale ? ratingChoices(scale, this.allowNotObserved || this.value === 'not-observed') : [];
  }

  #radios(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')];
  }

  /** A user chose an answer. */
  #choose(value: string): void {
    if (this.formControl.disabled || value === this.value) return;
    this.#drafts.setAnswer(value, this.comment);
    this.formControl.commit(); // before the events: a listener reading FormData sees this answer
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onClick(event: Event): void {
    const radio = (event.target as HTMLElement).closest<HTMLElement>('[role="radio"]');
    if (radio?.dataset.value !== undefined) this.#choose(radio.dataset.value);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (!this.formControl.disabled) this.#roving.handleKeydown(event);
  }

  #onCommentInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.#drafts.setAnswer(this.value, text);
    this.formControl.commit();
  }

  #onCommentChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override render() {
    if (!this.framework) return html`<p class="hint" part="hint">Loading the rating…</p>`;
    const item = this.frameworkItem;
    if (!item) return renderUnknownItem(this.framework, this.item);
    const disabled = this.formControl.disabled;
    const label = this.label ?? itemLabel(item);
    const description = !this.label && item.kind === 'behaviour' ? item.text : undefined;
    const showError = this.formControl.userInvalid;
    const describedBy = [description ? 'description' : '', 'hint', showError ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <div class="group ${showError ? 'group--error' : ''}" part="group">
        <p class="label" id="label" part="label">${label}</p>
        ${description ? html`<p class="description" id="description" part="description">${description}</p>` : nothing}
        <p class="hint" id="hint" part="hint">${this.hint ?? this.framework.ratingScale.question}</p>
        ${showError
          ? html`<p class="error-message" id="error" part="error-message"><span class="visually-hidden">Error:</span> ${this.validationMessage}</p>`
          : nothing}
        <div class="options" part="options" role="radiogroup" aria-labelledby="label" aria-describedby=${describedBy}
          aria-required=${String(this.required)} aria-invalid=${String(showError)} aria-disabled=${String(disabled)}
          @click=${this.#onClick} @keydown=${this.#onKeydown}>
          ${renderChoices(this.#choices(), this.value, disabled)}
        </div>
        ${this.allowComment ? renderComment(this.comment, disabled, this.#onCommentInput, this.#onCommentChange) : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-rating': LpcRating;
  }
}
