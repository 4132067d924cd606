import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/rating/index.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { LpcRating } from '../../src/components/rating/rating.js';
import { DraftStore, draftKey, memoryStorage } from '../../src/core/drafts.js';
import { hostileFramework, hostileText, realFramework } from '../../data/examples/frameworks.js';
import type { TemplateResult } from 'lit';
import { runFormControlSuite } from '../shared/form-control-suite.js';

async function mount(inner: TemplateResult, framework = realFramework) {
  const provider = await fixture<LpcFramework>(html`<lpc-framework .framework=${framework}>${inner}</lpc-framework>`);
  const ratings = [...provider.querySelectorAll('lpc-rating')] as LpcRating[];
  await Promise.all(ratings.map((r) => r.updateComplete));
  return { provider, rating: ratings[0], ratings };
}

const radios = (el: LpcRating) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
const checked = (el: LpcRating) => radios(el).find((r) => r.getAttribute('aria-checked') === 'true')?.textContent?.trim();
const focused = (el: LpcRating) => (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.trim();

describe('<lpc-rating>', () => {
  describe('accessibility', () => {
    it('is a radio group named by the item, described by its text and the scale question', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.authenticity"></lpc-rating>`);
      const group = rating.shadowRoot!.querySelector('[role="radiogroup"]')!;
      const labelId = group.getAttribute('aria-labelledby')!;
      expect(rating.shadowRoot!.getElementById(labelId)!.textContent).to.equal('Authenticity');
      const described = group.getAttribute('aria-describedby')!.split(' ').map((id) => rating.shadowRoot!.getElementById(id)!.textContent);
      expect(described[0]).to.match(/^Honest and genuine/);
      expect(described[1]).to.equal('How often is this shown?');
      expect(radios(rating).map((r) => r.textContent!.trim())).to.deep.equal(['Rarely or never', 'Occasionally', 'Sometimes', 'Often', 'Almost always']);
    });

    it('has no axe violations, empty, chosen and in error', async () => {
      const { rating, provider } = await mount(html`<form><lpc-rating item="being.q1" name="q1" required allow-not-observed allow-comment></lpc-rating></form>`);
      expect((await window.axe.run(provider)).violations).to.deep.equal([]);
      rating.reportValidity();
      await rating.updateComplete;
      expect((await window.axe.run(provider)).violations).to.deep.equal([]);
      radios(rating)[2].click();
      await rating.updateComplete;
      expect((await window.axe.run(provider)).violations).to.deep.equal([]);
    });

    it('gives every choice a target of at least 44 by 44 px, at 320 px wide too', async () => {
      const { rating } = await mount(html`<div style="width:320px"><lpc-rating item="being.q1" allow-not-observed></lpc-rating></div>`);
      for (const radio of radios(rating)) {
        const box = radio.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
      expect(rating.scrollWidth).to.be.at.most(320);
    });

    it('stacks the choices in order at 320 px (no 2-2-1 wrap), and puts the scale on one row when wide', async () => {
      const narrow = await mount(html`<div style="width:320px"><lpc-rating item="being.q1" allow-not-observed></lpc-rating></div>`);
      const tops = radios(narrow.rating).map((r) => r.getBoundingClientRect().top);
      for (let i = 1; i < tops.length; i++) expect(tops[i], `choice ${i + 1} is below choice ${i}`).to.be.greaterThan(tops[i - 1]);
      const wide = await mount(html`<div style="width:1000px"><lpc-rating item="being.q1" allow-not-observed></lpc-rating></div>`);
      const boxes = radios(wide.rating).map((r) => r.getBoundingClientRect());
      expect(new Set(boxes.slice(0, 5).map((b) => Math.round(b.top))).size, 'the five points share one row').to.equal(1);
      for (let i = 1; i < 5; i++) expect(boxes[i].left).to.be.greaterThan(boxes[i - 1].left);
      expect(boxes[5].top, 'not observed below the scale').to.be.greaterThan(boxes[0].bottom);
    });

    it('shows a label given by the host instead of the item text', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1" label="Rate this quality"></lpc-rating>`);
      expect(rating.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Rate this quality');
    });

    it('says which item is unknown and suggests the nearest', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.authentisity"></lpc-rating>`);
      expect(rating.shadowRoot!.textContent).to.include('"being.authentisity"').and.to.include('being.authenticity');
    });

    it('shows hostile text as text only', async () => {
      const { rating } = await mount(html`<lpc-rating item="markup.b1"></lpc-rating>`, hostileFramework);
      expect(rating.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(hostileText.markup);
      expect(rating.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __lpcHacked?: boolean }).__lpcHacked).to.equal(undefined);
    });
  });

  describe('events', () => {
    it('fires input then change, bubbling and composed, when the user chooses', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1"></lpc-rating>`);
      const seen: string[] = [];
      for (const type of ['input', 'change']) document.addEventListener(type, (e) => e.composed && e.bubbles && seen.push(type), { once: true });
      radios(rating)[3].click();
      expect(seen).to.deep.equal(['input', 'change']);
      expect(rating.value).to.equal('4');
      expect(rating.answer).to.equal(4);
      await rating.updateComplete;
      expect(checked(rating)).to.equal('Often');
    });

    it('fires nothing when a property is set', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1"></lpc-rating>`);
      let events = 0;
      rating.addEventListener('change', () => events++);
      rating.addEventListener('input', () => events++);
      rating.value = '2';
      await rating.updateComplete;
      expect(checked(rating)).to.equal('Occasionally');
      expect(events).to.equal(0);
    });

    it('fires change when the comment is changed', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1" allow-comment></lpc-rating>`);
      const textarea = rating.shadowRoot!.querySelector('textarea')!;
      textarea.focus();
      const change = oneEvent(rating, 'change');
      await sendKeys({ type: 'Seen often' });
      textarea.blur();
      await change;
      expect(rating.comment).to.equal('Seen often');
    });
  });

  describe('keyboard', () => {
    async function focusFirst(rating: LpcRating) {
      rating.focus();
      expect(focused(rating)).to.equal('Rarely or never');
    }

    it('has one choice in the tab order: the chosen one, else the first', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1"></lpc-rating>`);
      expect(radios(rating).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      rating.value = '3';
      await rating.updateComplete;
      expect(radios(rating).map((r) => r.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1]);
    });

    it('moves and chooses with the arrows, wrapping at the ends', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1"></lpc-rating>`);
      await focusFirst(rating);
      await sendKeys({ press: 'ArrowRight' });
      expect(rating.value).to.equal('2');
      await sendKeys({ press: 'ArrowDown' });
      expect(rating.value).to.equal('3');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(rating.value).to.equal('1');
      await sendKeys({ press: 'ArrowLeft' });
      expect(rating.value).to.equal('5');
      await rating.updateComplete;
      expect(focused(rating)).to.equal('Almost always');
    });

    it('goes to the ends with Home and End', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1" allow-not-observed></lpc-rating>`);
      await focusFirst(rating);
      await sendKeys({ press: 'End' });
      expect(rating.value).to.equal('not-observed');
      await sendKeys({ press: 'Home' });
      expect(rating.value).to.equal('1');
    });

    it('chooses the focused choice with Space', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1"></lpc-rating>`);
      await focusFirst(rating);
      await sendKeys({ press: 'Space' });
      expect(rating.value).to.equal('1');
    });

    it('swaps left and right in a right-to-left page', async () => {
      const { rating } = await mount(html`<div dir="rtl"><lpc-rating item="being.q1" value="3"></lpc-rating></div>`);
      rating.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(rating.value).to.equal('4');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(rating.value).to.equal('2');
    });

    it('does nothing when disabled', async () => {
      const { rating } = await mount(html`<lpc-rating item="being.q1" disabled></lpc-rating>`);
      radios(rating)[1].click();
      expect(rating.value).to.equal('');
      expect(radios(rating)[1].getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('form integration', () => {
    it('puts its value and comment in the form data', async () => {
      const { provider, rating } = await mount(html`<form><lpc-rating item="being.q1" name="q1" allow-comment></lpc-rating></form>`);
      const form = provider.querySelector('form')!;
      radios(rating)[4].click();
      rating.comment = 'Always listens';
      await rating.updateComplete;
      const data = new FormData(form);
      expect(data.get('q1')).to.equal('5');
      expect(data.get('q1-comment')).to.equal('Always listens');
    });

    it('makes the form invalid when required and empty, with an NHS-style message', async () => {
      const { provider, rating } = await mount(html`<form><lpc-rating item="being.authenticity" name="a" required></lpc-rating></form>`);
      const form = provider.querySelector('form')!;
      expect(form.checkValidity()).to.equal(false);
      expect(rating.validity.valueMissing).to.equal(true);
      expect(rating.validationMessage).to.equal('Select an answer for "Authenticity"');
      await rating.updateComplete;
      const error = rating.shadowRoot!.querySelector('[part="error-message"]')!;
      expect(error.textContent).to.match(/Error:\s+Select an answer for "Authenticity"/);
      expect(rating.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('true');
      radios(rating)[0].click();
      await rating.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(rating.shadowRoot!.querySelector('[part="error-message"]')).to.equal(null);
      expect(rating.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('false');
    });

    it('goes back to its first value on form reset', async () => {
      const { provider, rating } = await mount(html`<form><lpc-rating item="being.q1" name="q1" value="2"></lpc-rating></form>`);
      radios(rating)[4].click();
      provider.querySelector('form')!.reset();
      await rating.updateComplete;
      expect(rating.value).to.equal('2');
    });

    it('is disabled by a disabled fieldset, and then not required', async () => {
      const { provider, rating } = await mount(html`<form><fieldset disabled><lpc-rating item="being.q1" name="q1" required></lpc-rating></fieldset></form>`);
      await rating.updateComplete;
      radios(rating)[1].click();
      expect(rating.value).to.equal('');
      expect(provider.querySelector('form')!.checkValidity()).to.equal(true);
      expect(new FormData(provider.querySelector('form')!).has('q1')).to.equal(false);
    });

    it('restores its state from the browser', async () => {
      const { rating } = await mount(html`<form><lpc-rating item="being.q1" name="q1"></lpc-rating></form>`);
      const data = new FormData();
      data.append('q1', '3');
      data.append('q1-comment', 'back');
      rating.formStateRestoreCallback(data);
      await rating.updateComplete;
      expect(checked(rating)).to.equal('Sometimes');
      expect(rating.comment).to.equal('back');
    });
  });

  describe('rating in place (shared draft)', () => {
    it('shares one answer between ratings of the same assessment, at once, and saves it', async () => {
      const storage = memoryStorage();
      const { ratings } = await mount(html`
        <lpc-rating item="being.q1" assessment-id="place-1" .storage=${storage}></lpc-rating>
        <lpc-rating item="being.q1" assessment-id="place-1" .storage=${storage} allow-comment></lpc-rating>
        <lpc-rating item="being.q1" assessment-id="other" .storage=${storage}></lpc-rating>`);
      radios(ratings[0])[3].click();
      await Promise.all(ratings.map((r) => r.updateComplete));
      expect(ratings[1].value).to.equal('4');
      expect(checked(ratings[1])).to.equal('Often');
      expect(ratings[2].value).to.equal('');
      expect(JSON.parse(storage.getItem('lpc-draft:place-1:self')!).answers['being.q1'].value).to.equal(4);
    });

    it('a controlled value from the host (React, Vue) becomes the shared answer, without events', async () => {
      const storage = memoryStorage();
      const { ratings } = await mount(html`
        <lpc-rating item="being.q3" assessment-id="controlled" .storage=${storage} value="3"></lpc-rating>
        <lpc-rating item="being.q3" assessment-id="controlled" .storage=${storage}></lpc-rating>`);
      // Before any answer is saved, the host's starting value is shown (and not saved as an answer).
      expect(checked(ratings[0])).to.equal('Sometimes');
      expect(storage.getItem('lpc-draft:controlled:self')).to.equal(null);
      let events = 0;
      ratings[0].addEventListener('change', () => events++);
      ratings[0].value = '5';
      await Promise.all(ratings.map((r) => r.updateComplete));
      await Promise.all(ratings.map((r) => r.updateComplete));
      expect(checked(ratings[0])).to.equal('Almost always');
      expect(ratings[1].value).to.equal('5');
      expect(JSON.parse(storage.getItem('lpc-draft:controlled:self')!).answers['being.q3'].value).to.equal(5);
      expect(events).to.equal(0);
      // A saved answer wins over a later element's starting value: a reload never loses it.
      const [late] = (await mount(html`<lpc-rating item="being.q3" assessment-id="controlled" .storage=${storage} value="1"></lpc-rating>`)).ratings;
      expect(late.value).to.equal('5');
    });

    it('shows an answer given in another tab', async () => {
      const backing = new Map<string, string>();
      const { rating } = await mount(html`<lpc-rating item="being.q2" assessment-id="place-2" .storage=${memoryStorage(backing)}></lpc-rating>`);
      // Another tab: its own store over the same storage, heard through the storage watcher.
      const otherTab = new DraftStore({ assessmentId: 'place-2', respondent: 'self', storage: memoryStorage(backing) });
      otherTab.setAnswer('being.q2', { value: 'not-observed' });
      await rating.updateComplete;
      expect(rating.value).to.equal('not-observed');
      expect(checked(rating)).to.equal("Not observed or don't know");
    });

    it('saves to localStorage by default and follows the browser\'s storage event from another tab', async () => {
      const id = `place-real-${Date.now()}`;
      const key = draftKey({ assessmentId: id, respondent: 'self' });
      try {
        const { rating } = await mount(html`<lpc-rating item="being.q4" assessment-id=${id}></lpc-rating>`);
        radios(rating)[0].click();
        const stored = JSON.parse(localStorage.getItem(key)!);
        expect(stored.answers['being.q4'].value).to.equal(1);
        // Another tab answers later: localStorage changes and this tab receives a storage event.
        stored.answers['being.q4'] = { value: 5, updatedAt: stored.answers['being.q4'].updatedAt + 1000 };
        stored.savedAt += 1000;
        const newValue = JSON.stringify(stored);
        localStorage.setItem(key, newValue);
        window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
        await rating.updateComplete;
        expect(rating.value).to.equal('5');
      } finally {
        localStorage.removeItem(key);
      }
    });

    it('keeps answers of a rater apart from the leader\'s own', async () => {
      const storage = memoryStorage();
      const { ratings } = await mount(html`
        <lpc-rating item="being.q3" assessment-id="place-3" .storage=${storage}></lpc-rating>
        <lpc-rating item="being.q3" assessment-id="place-3" respondent="rater" .storage=${storage}></lpc-rating>`);
      radios(ratings[0])[0].click();
      await ratings[1].updateComplete;
      expect(ratings[1].value).to.equal('');
    });
  });
});

describe('<lpc-rating> as a form control', () => {
  runFormControlSuite({
    render: ({ name, required, value, disabled }) => html`<form>
      <lpc-framework .framework=${realFramework}>
        <label for="control">Your answer</label>
        <lpc-rating id="control" item="being.q1" name=${name} ?required=${required} value=${value ?? ''} ?disabled=${disabled}></lpc-rating>
      </lpc-framework>
    </form>`,
    userChoose: (control, value) => control.shadowRoot!.querySelector<HTMLElement>(`[role="radio"][data-value="${value}"]`)?.click(),
    values: ['4', '5'],
  });
});
