// The behaviour every lpc form control shares with native inputs, run by each control's test file:
// `runFormControlSuite({ ... })` inside its own `describe`.
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** What the suite needs of a control: the native form-control API. */
export interface FormControlElement extends HTMLElement {
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  formStateRestoreCallback?(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
  readonly updateComplete: Promise<boolean>;
}

export interface FormControlSuiteOptions {
  /**
   * Renders a `<form>` (the fixture's root) holding `<label for="control">Your answer</label>` and
   * the control with the id `control`, named `name`, with the given attributes.
   */
  render(attributes: { name: string; required?: boolean; value?: string; disabled?: boolean }): TemplateResult;
  /** Acts as a user giving the control `value` (a click, a key), synchronously. */
  userChoose(control: FormControlElement, value: string): void;
  /** Two different values a user can give. */
  values: [string, string];
}

async function mount(options: FormControlSuiteOptions, attributes: Parameters<FormControlSuiteOptions['render']>[0]) {
  const root = await fixture<HTMLElement>(options.render(attributes));
  const control = root.querySelector<FormControlElement>('#control')!;
  await control.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await control.updateComplete;
  const form = control.form!;
  return { root, control, form };
}

export function runFormControlSuite(options: FormControlSuiteOptions): void {
  const [first, second] = options.values;

  describe('form control (shared suite)', () => {
    it('a synchronous change listener sees the new FormData and validity', async () => {
      const { control, form } = await mount(options, { name: 'answer', required: true });
      const seen: Array<{ data: FormDataEntryValue | null; formValid: boolean; valid: boolean }> = [];
      control.addEventListener('change', () => {
        seen.push({ data: new FormData(form).get('answer'), formValid: form.checkValidity(), valid: control.validity.valid });
      });
      options.userChoose(control, first);
      options.userChoose(control, second);
      expect(seen).to.deep.equal([
        { data: first, formValid: true, valid: true },
        { data: second, formValid: true, valid: true },
      ]);
    });

    it('a synchronous input listener sees the new FormData', async () => {
      const { control, form } = await mount(options, { name: 'answer' });
      const seen: Array<FormDataEntryValue | null> = [];
      control.addEventListener('input', () => seen.push(new FormData(form).get('answer')));
      options.userChoose(control, first);
      expect(seen).to.deep.equal([first]);
    });

    it('submits its value under its name, and nothing without a name', async () => {
      const named = await mount(options, { name: 'answer', value: first });
      expect(new FormData(named.form).get('answer')).to.equal(first);
      const unnamed = await mount(options, { name: '', value: first });
      expect([...new FormData(unnamed.form).keys()]).to.deep.equal([]);
    });

    it('is valueMissing while required and empty, valid once answered', async () => {
      const { control, form } = await mount(options, { name: 'answer', required: true });
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      options.userChoose(control, first);
      expect(control.validity.valid).to.equal(true);
      expect(control.checkValidity()).to.equal(true);
    });

    it('reset goes back to the starting value and clears the user-invalid state', async () => {
      const { control, form } = await mount(options, { name: 'answer', required: true });
      control.reportValidity();
      await control.updateComplete;
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      options.userChoose(control, first);
      form.reset();
      await control.updateComplete;
      expect(control.value).to.equal('');
      expect(new FormData(form).get('answer')).to.equal(null);
      expect(control.matches(':state(user-invalid)')).to.equal(false);

      const withDefault = await mount(options, { name: 'answer', value: first });
      options.userChoose(withDefault.control, second);
      withDefault.form.reset();
      await withDefault.control.updateComplete;
      expect(withDefault.control.value).to.equal(first);
      expect(new FormData(withDefault.form).get('answer')).to.equal(first);
    });

    it('is user-invalid only after the form was checked, not on first sight', async () => {
      const { control, form } = await mount(options, { name: 'answer', required: true });
      expect(control.matches(':state(user-invalid)')).to.equal(false);
      form.requestSubmit();
      await control.updateComplete;
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      options.userChoose(control, first);
      await control.updateComplete;
      expect(control.matches(':state(user-invalid)')).to.equal(false);
    });

    it('restores a saved state', async () => {
      const { control, form } = await mount(options, { name: 'answer' });
      const saved = new FormData();
      saved.append('answer', second);
      control.formStateRestoreCallback?.(saved, 'restore');
      await control.updateComplete;
      expect(control.value).to.equal(second);
      expect(new FormData(form).get('answer')).to.equal(second);
    });

    it('when disabled (itself or by a fieldset) submits nothing, is not validated, ignores the user', async () => {
      const own = await mount(options, { name: 'answer', required: true, value: first, disabled: true });
      expect(new FormData(own.form).get('answer')).to.equal(null);
      expect(own.control.willValidate).to.equal(false);
      expect(own.form.checkValidity()).to.equal(true);
      options.userChoose(own.control, second);
      expect(own.control.value).to.equal(first);

      const { control, form } = await mount(options, { name: 'answer', required: true });
      const fieldset = document.createElement('fieldset');
      control.replaceWith(fieldset);
      fieldset.append(control);
      fieldset.disabled = true;
      await control.updateComplete;
      expect(control.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      options.userChoose(control, first);
      expect(control.value).to.equal('');
    });

    it('takes a custom validity message, and clears it with an empty one', async () => {
      const { control, form } = await mount(options, { name: 'answer', value: first });
      control.setCustomValidity('This answer does not fit');
      expect(control.validity.customError).to.equal(true);
      expect(control.validationMessage).to.equal('This answer does not fit');
      expect(form.checkValidity()).to.equal(false);
      options.userChoose(control, second);
      expect(control.validity.customError).to.equal(true);
      control.setCustomValidity('');
      expect(control.validity.valid).to.equal(true);
    });

    it('knows its form and its labels', async () => {
      const { control, root } = await mount(options, { name: 'answer' });
      expect(control.form).to.equal(root);
      expect([...control.labels].map((label) => (label as HTMLElement).textContent?.trim())).to.deep.equal(['Your answer']);
    });
  });
}
