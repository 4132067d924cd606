import { LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What a form control's element offers the controller. */
export interface FormControlHost extends ReactiveControllerHost, HTMLElement {
  name: string;
  required: boolean;
  disabled: boolean;
}

export type FormValue = File | string | FormData;

export interface FormControlOptions {
  /** The value submitted with the form (`null`: nothing). */
  value(): FormValue | null;
  /** The state the browser keeps for `restore` (by default the value). */
  state?(): FormValue | null;
  /** Whether a required control has no value. */
  isEmpty(): boolean;
  /** The message shown when a required value is missing. */
  missingMessage(): string;
  /** Where the browser anchors its validation bubble (the first radio, say). */
  anchor?(): HTMLElement | undefined;
  /** Puts the starting value back (form reset). */
  reset(): void;
  /** Brings back a state the browser kept (back/forward navigation, autofill). */
  restore(state: string | File | FormData | null): void;
}

/**
 * One home for a form-associated element's form behaviour (ElementInternals):
 * - the form value and validity are set the moment the value changes: `commit()` runs before the
 *   element fires `input`/`change`, so a synchronous listener reading `new FormData(form)` or
 *   `form.checkValidity()` sees the new answer; property changes are synced before each render;
 * - reset, restore and disabled (itself or through a `<fieldset>`) callbacks;
 * - `setCustomValidity`, and (through `FormAssociatedElement`) `willValidate`, `validity`,
 *   `validationMessage`, `labels`, `form`;
 * - a user-invalid state (`:state(user-invalid)` and `userInvalid`): shown once the form was checked
 *   (`invalid` event or `reportValidity()`), until the control is valid again or the form resets.
 *
 * An element extends `FormAssociatedElement`, which forwards the native API and the browser's form
 * callbacks here.
 */
export class FormControlController implements ReactiveController {
  readonly internals: ElementInternals;
  /** Disabled by an ancestor (a disabled `<fieldset>`). */
  formDisabled = false;
  #customError = '';
  #reported = false;

  constructor(
    private readonly host: FormControlHost,
    private readonly options: FormControlOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
    host.addEventListener('invalid', (event) => {
      if (event.target === host) this.#report();
    });
  }

  hostConnected(): void {
    this.commit();
  }

  /** Before each render: property changes (a host setting `value`) reach the form first. */
  hostUpdate(): void {
    this.commit();
  }

  /** Whether the control is disabled, by itself or by its form. */
  get disabled(): boolean {
    return this.host.disabled || this.formDisabled;
  }

  /** The form was checked and the control is invalid: show its error. */
  get userInvalid(): boolean {
    return this.#reported && !this.internals.validity.valid;
  }

  checkValidity(): boolean {
    this.commit();
    return this.internals.checkValidity();
  }

  /** Checks the value and shows the control's error when it is not valid (no browser bubble). */
  reportValidity(): boolean {
    this.commit();
    const valid = this.internals.checkValidity(); // fires `invalid`, which reports
    if (!valid) this.#report();
    return valid;
  }

  setCustomValidity(message: string): void {
    this.#customError = message;
    this.commit();
  }

  /** Writes the current value and validity to the form, now. Call it before firing `input`/`change`. */
  commit(): void {
    const { options, internals } = this;
    internals.setFormValue(this.host.name ? options.value() : null, options.state?.() ?? options.value());
    if (this.disabled) {
      internals.setValidity({});
    } else if (this.#customError) {
      internals.setValidity({ customError: true }, this.#customError, options.anchor?.());
    } else if (this.host.required && options.isEmpty()) {
      internals.setValidity({ valueMissing: true }, options.missingMessage(), options.anchor?.());
    } else {
      internals.setValidity({});
    }
    if (internals.validity.valid) this.#reported = false;
    this.#setState('user-invalid', this.userInvalid);
  }

  reset(): void {
    this.options.reset();
    this.#reported = false;
    this.commit();
    this.host.requestUpdate();
  }

  restore(state: string | File | FormData | null): void {
    this.options.restore(state);
    this.commit();
  }

  disabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.commit();
    this.host.requestUpdate();
  }

  #report(): void {
    if (this.#reported) return;
    this.#reported = true;
    this.#setState('user-invalid', this.userInvalid);
    this.host.requestUpdate();
  }

  #setState(name: string, on: boolean): void {
    const states = this.internals.states as Set<string> | undefined;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }
}

/**
 * The native form-control API of a form-associated element (`form`, `validity`, `checkValidity()`,
 * the browser's reset, restore and disabled callbacks…), forwarded to its `formControl`. The
 * element declares its own `name`, `required` and `disabled`, and creates the controller.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;

  protected abstract readonly formControl: FormControlController;

  get form(): HTMLFormElement | null {
    return this.formControl.internals.form;
  }
  get labels(): NodeList {
    return this.formControl.internals.labels;
  }
  get validity(): ValidityState {
    return this.formControl.internals.validity;
  }
  get validationMessage(): string {
    return this.formControl.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.formControl.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }
  /** Checks the value and shows the control's error message when it is not valid. */
  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }
  /** Sets a message that makes the control invalid until it is set to `""`, like a native input's. */
  setCustomValidity(message: string): void {
    this.formControl.setCustomValidity(message);
  }

  formResetCallback(): void {
    this.formControl.reset();
  }
  formStateRestoreCallback(restored: string | File | FormData | null): void {
    this.formControl.restore(restored);
  }
  formDisabledCallback(disabled: boolean): void {
    this.formControl.disabledCallback(disabled);
  }
}
