/**
 * NHS.UK form fields for the facilitator pages (`src/styles/facilitator.ts` styles them): a label,
 * an optional hint, the error message when there is one, and the control, which points at the hint
 * and the error with `aria-describedby`. Text is rendered through Lit bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderErrorSummary } from './error-summary.js';

/** The words around a control: `error` is the message of its problem, if it has one. */
export interface FieldWords {
  /** The control's id; the hint and error ids are built from it. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** The NHS error message above a control (id `<id>-error`), or nothing. */
export function renderErrorMessage(id: string, message?: string): TemplateResult | typeof nothing {
  return message ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Error:</span> ${message}</p>` : nothing;
}

/** `aria-describedby` for a control: its hint, then its error (each only when shown). */
export function describedBy(id: string, hint: boolean, error: boolean): string | typeof nothing {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
}

/** The form group around a control, marked as in error when `words.error` is set. */
export function renderFormGroup(words: FieldWords, control: TemplateResult): TemplateResult {
  const { id, label, hint, error } = words;
  return html`<div class="form-group ${error ? 'form-group--error' : ''}">
    <label class="label" for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${renderErrorMessage(id, error)}
    ${control}
  </div>`;
}

export interface InputField extends FieldWords {
  type: 'text' | 'number' | 'date';
  value: string;
  onInput: (value: string) => void;
  /** Whole numbers only (`type: 'number'`): `max` is inclusive. */
  min?: number | string;
  max?: number;
  maxlength?: number;
  autocomplete?: string;
}

/** A text, whole-number or date input in its form group. */
export function renderInputField(field: InputField): TemplateResult {
  const { id, type, error } = field;
  const number = type === 'number';
  return renderFormGroup(
    field,
    html`<input
      class="input ${number ? 'input--number' : type === 'date' ? 'input--date' : ''} ${error ? 'input--error' : ''}"
      id=${id}
      type=${type}
      inputmode=${ifDefined(number ? 'numeric' : undefined)}
      autocomplete=${ifDefined(field.autocomplete)}
      maxlength=${ifDefined(field.maxlength)}
      min=${ifDefined(field.min)}
      max=${ifDefined(field.max)}
      step=${ifDefined(number ? '1' : undefined)}
      .value=${field.value}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${describedBy(id, !!field.hint, !!error)}
      @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
    />`,
  );
}

/** A problem placed on a form: `fieldId` is the control it is about (none: the form as a whole). */
export interface FieldProblem {
  fieldId?: string;
  message: string;
}

export interface FieldErrorSummary {
  /** Id of the summary's title. */
  id: string;
  title: string;
  description?: string | TemplateResult;
  problems: readonly FieldProblem[];
  /** The shadow root the fields are in. */
  root: () => ShadowRoot;
}

/**
 * The NHS error summary for a form: a problem with a field links to it (opening the `<details>` it
 * is in, then focusing it); the others are listed in words, first.
 */
export function renderFieldErrorSummary({ id, title, description, problems, root }: FieldErrorSummary): TemplateResult {
  return renderErrorSummary({
    id,
    title,
    description,
    messages: problems.filter((p) => !p.fieldId).map((p) => p.message),
    links: problems
      .filter((p) => p.fieldId)
      .map((p) => ({
        text: p.message,
        targetId: p.fieldId!,
        onActivate: () => {
          const field = root().getElementById(p.fieldId!);
          field?.closest('details')?.setAttribute('open', '');
          field?.focus();
        },
      })),
  });
}
