// <lpc-rating> loads the draft store module only when it has an assessment id. This file has its own
// page, so here the module is not loaded yet when the rating connects: its first render must still
// show the saved answer, never the host's starting value.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/framework/index.js';
import '../../src/components/rating/index.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import { DraftStore, memoryStorage } from '../../src/core/drafts.js';
import { realFramework } from '../../data/examples/frameworks.js';

const checked = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')].find((r) => r.getAttribute('aria-checked') === 'true')?.textContent?.trim();

describe('<lpc-rating> with the draft store loaded on demand', () => {
  it('shows the saved answer from its very first render', async () => {
    const storage = memoryStorage();
    new DraftStore({ assessmentId: 'first-render', respondent: 'self', storage }).setAnswer('being.q5', { value: 2 });
    const provider = await fixture<LpcFramework>(html`<lpc-framework .framework=${realFramework}></lpc-framework>`);
    const rating = document.createElement('lpc-rating');
    const rendered: Array<string | undefined> = [];
    rating.addController({ hostUpdated: () => rendered.push(checked(rating)) });
    Object.assign(rating, { item: 'being.q5', assessmentId: 'first-render', storage, value: '4' });
    provider.append(rating);
    await rating.updateComplete;
    expect(rendered.length).to.be.greaterThan(0);
    expect(rendered.every((answer) => answer === 'Occasionally'), `rendered: ${rendered.join(', ')}`).to.equal(true);
    expect(rating.value).to.equal('2');
  });
});
