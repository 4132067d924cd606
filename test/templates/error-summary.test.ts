import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { renderErrorSummary } from '../../src/templates/error-summary.js';
import '../../src/components/framework/index.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('renderErrorSummary', () => {
  it('names a problem at the root of a file (path "") "(whole file)"', async () => {
    const el = await fixture(html`<div>${renderErrorSummary({ id: 't', title: 'Problems', problems: [
      { path: '', message: 'This file is not a 360 response for this framework.' },
      { path: '/answers/0/value', message: 'Expected a number.' },
    ] })}</div>`);
    const items = [...el.querySelectorAll('li')].map((li) => text(li));
    expect(items).to.deep.equal(['(whole file): This file is not a 360 response for this framework.', '/answers/0/value: Expected a number.']);
  });

  it('<lpc-framework> shows a problem at the root of its file as "(whole file)"', async () => {
    const el = await fixture<LpcFramework>(html`<lpc-framework .framework=${'not a framework'}></lpc-framework>`);
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector('.error-summary li');
    expect(text(item)).to.match(/^\(whole file\): /);
  });
});
