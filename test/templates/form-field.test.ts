import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderFieldErrorSummary, renderInputField } from '../../src/templates/form-field.js';

describe('renderInputField', () => {
  it('labels a whole-number input, points it at its hint and reports what is typed', async () => {
    const typed: string[] = [];
    const el = await fixture(html`<div>${renderInputField({ id: 'n', label: 'How many', hint: '0 for none.', type: 'number', value: '3', min: 0, max: 100, onInput: (v) => typed.push(v) })}</div>`);
    const input = el.querySelector('input')!;
    expect(el.querySelector('label')!.htmlFor).to.equal('n');
    expect(input.value).to.equal('3');
    expect([input.type, input.inputMode, input.min, input.max, input.step]).to.deep.equal(['number', 'numeric', '0', '100', '1']);
    expect(input.getAttribute('aria-describedby')).to.equal('n-hint');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.querySelector('.form-group--error')).to.equal(null);
    input.value = '7';
    input.dispatchEvent(new Event('input'));
    expect(typed).to.deep.equal(['7']);
  });

  it('shows its error above the control, as text, and marks the control invalid', async () => {
    const el = await fixture(html`<div>${renderInputField({ id: 'd', label: 'Date', type: 'date', value: '', error: '<b>Enter the date</b>', onInput: () => {} })}</div>`);
    const input = el.querySelector('input')!;
    expect(el.querySelector('#d-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: <b>Enter the date</b>');
    expect(el.querySelector('b')).to.equal(null);
    expect(input.getAttribute('aria-describedby')).to.equal('d-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.classList.contains('input--date') && input.classList.contains('input--error')).to.equal(true);
    expect(el.querySelector('.form-group')!.classList.contains('form-group--error')).to.equal(true);
    // No attribute the field was not given.
    expect(['inputmode', 'step', 'min', 'max', 'maxlength', 'autocomplete'].filter((name) => input.hasAttribute(name))).to.deep.equal([]);
  });
});

describe('renderFieldErrorSummary', () => {
  it('lists unplaced problems first, and links each placed one to its field, opening the details it is in', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    render(
      html`${renderFieldErrorSummary({ id: 's', title: 'There is a problem', root: () => root, problems: [{ fieldId: 'c', message: 'Enter a contact' }, { message: 'Not saved' }] })}
        <details><summary>Contacts</summary><textarea id="c"></textarea></details>`,
      root,
    );
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Not saved', 'Enter a contact']);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#c');
    link.click();
    expect(root.querySelector('details')!.open).to.equal(true);
    expect(root.activeElement).to.equal(root.getElementById('c'));
    host.remove();
  });
});
