import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/assessment/index.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { LpcAssessment } from '../../src/components/assessment/assessment.js';
import type { LpcRating } from '../../src/components/rating/rating.js';
import type { LpcSubmitEvent } from '../../src/events/submit-event.js';
import { memoryStorage, type DraftStorage } from '../../src/core/drafts.js';
import { allItems, themeItems } from '../../src/core/framework.js';
import { validateResponse } from '../../src/core/validate.js';
import type { Framework } from '../../src/core/types.js';
import { hostileFramework, hostileText, realFramework, tinyFramework } from '../../data/examples/frameworks.js';

let counter = 0;

async function mount(options: { respondent?: string; relationship?: string; subject?: string; framework?: Framework; storage?: DraftStorage | null; history?: boolean } = {}) {
  const id = `flow-${++counter}`;
  const provider = await fixture<LpcFramework>(html`<lpc-framework .framework=${options.framework ?? realFramework}>
    <lpc-assessment
      assessment-id=${id}
      respondent=${options.respondent ?? 'self'}
      relationship=${options.relationship ?? ''}
      subject-name=${options.subject ?? ''}
      ?history=${options.history ?? false}
      .storage=${options.storage === undefined ? memoryStorage() : options.storage}
    ></lpc-assessment>
  </lpc-framework>`);
  const el = provider.querySelector('lpc-assessment') as LpcAssessment;
  await el.updateComplete;
  return { provider, el, id };
}

const root = (el: LpcAssessment) => el.shadowRoot!;
const heading = (el: LpcAssessment) => root(el).querySelector('.page-heading')?.textContent?.trim();
const progress = (el: LpcAssessment) => root(el).querySelector('[part="progress"]')?.textContent?.trim();

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (only the keyboard) until the focused element matches, or fails. */
async function tabTo(matches: (el: Element) => boolean, what: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active && matches(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (text: string) => (el: Element) => (el.tagName === 'BUTTON' || el.tagName === 'A') && el.textContent!.trim() === text;
const ratingOf = (el: Element) => (el.getRootNode() as ShadowRoot).host as LpcRating | undefined;
const isRadioOf = (itemId: string) => (el: Element) => el.getAttribute('role') === 'radio' && ratingOf(el)?.item === itemId;

async function settle(el: LpcAssessment) {
  await el.updateComplete;
  await Promise.all([...root(el).querySelectorAll('lpc-rating')].map((r) => (r as LpcRating).updateComplete));
}

/** Answers every item of the framework in the store (for tests about later pages). */
async function answerAll(el: LpcAssessment, framework = realFramework) {
  for (const { item } of allItems(framework)) el.store!.setAnswer(item.id, { value: 3 });
  await settle(el);
}

/** Completes every theme page by keyboard alone: arrows choose, Tab moves, Enter continues. */
async function completeThemesByKeyboard(el: LpcAssessment, rater = false) {
  const expected: Record<string, number | 'not-observed'> = {};
  for (const [t, theme] of realFramework.themes.entries()) {
    await settle(el);
    expect(heading(el)).to.equal(theme.title);
    expect(progress(el)).to.equal(`Theme ${t + 1} of 4`);
    expect(deepActive()?.classList.contains('page-heading'), 'focus on the heading').to.equal(true);
    for (const [i, item] of themeItems(theme).entries()) {
      await tabTo(isRadioOf(item.id), item.id);
      if (i === 1) {
        await sendKeys({ press: 'End' });
        // The leader is not offered "Not observed or don't know" about themselves.
        expected[item.id] = rater ? 'not-observed' : 5;
      } else {
        const steps = (i % 5);
        for (let s = 0; s < steps; s++) await sendKeys({ press: 'ArrowRight' });
        if (steps === 0) await sendKeys({ press: 'Space' });
        expected[item.id] = steps + 1;
      }
      if (i === 2) {
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Seen at the board' });
      }
    }
    await tabTo(isButton('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
  }
  return expected;
}

describe('<lpc-assessment>', () => {
  describe('keyboard alone', () => {
    it('completes the whole assessment as self, and submits a valid response', async function () {
      this.timeout(120_000);
      const { el } = await mount();
      expect(heading(el)).to.equal('Your 360 leadership assessment');
      await tabTo(isButton('Start now'), 'Start now');
      await sendKeys({ press: 'Enter' });
      const expected = await completeThemesByKeyboard(el);
      await settle(el);
      expect(heading(el)).to.equal('Check your answers');
      const submitted = oneEvent(el, 'lpc-submit');
      await tabTo(isButton('Submit my answers'), 'Submit', 120);
      await sendKeys({ press: 'Enter' });
      const response = ((await submitted) as LpcSubmitEvent).detail;
      expect(validateResponse(response, realFramework).ok).to.equal(true);
      expect(response.respondent).to.equal('self');
      expect(response).to.not.have.property('relationship');
      expect(response.answers).to.have.length(27);
      expect(Object.fromEntries(response.answers.map((a) => [a.itemId, a.value]))).to.deep.equal(expected);
      expect(response.answers.filter((a) => a.comment === 'Seen at the board')).to.have.length(3);
      expect(response.id).to.match(/^[0-9a-f-]{36}$/);
      await settle(el);
      expect(heading(el)).to.equal('Your answers are ready');
      expect(deepActive()?.classList.contains('page-heading')).to.equal(true);
    });

    it('completes it as a rater, choosing the relationship, with no name in the response', async function () {
      this.timeout(120_000);
      const { el } = await mount({ respondent: 'rater', subject: 'Sam Jones' });
      expect(heading(el)).to.equal("Give feedback on Sam Jones's leadership");
      expect(root(el).textContent).to.include('How do you work with Sam Jones?');
      await tabTo((a) => a.getAttribute('name') === 'relationship', 'relationship');
      await sendKeys({ press: 'ArrowDown' }); // the second group: peer
      await tabTo(isButton('Start now'), 'Start now');
      await sendKeys({ press: 'Enter' });
      await completeThemesByKeyboard(el, true);
      await settle(el);
      expect(root(el).querySelector('[part="summary"]')!.textContent).to.include('I am a peer');
      const submitted = oneEvent(el, 'lpc-submit');
      await tabTo(isButton('Submit my answers'), 'Submit', 120);
      await sendKeys({ press: 'Enter' });
      const response = ((await submitted) as LpcSubmitEvent).detail;
      expect(validateResponse(response, realFramework).ok).to.equal(true);
      expect(response).to.include({ respondent: 'rater', relationship: 'peer' });
      expect(JSON.stringify(response)).to.not.include('Sam');
      expect(Object.keys(response).sort()).to.deep.equal(['answers', 'assessmentId', 'framework', 'id', 'relationship', 'respondent', 'scaleId', 'schemaVersion', 'submittedAt']);
    });
  });

  describe('pages', () => {
    it('shows Leading and visioning as "Theme 3 of 4" with its status note and no ratings', async () => {
      const { el } = await mount();
      await answerAll(el);
      root(el).querySelector<HTMLButtonElement>('.button')!.click();
      await settle(el);
      (root(el).querySelectorAll<HTMLButtonElement>('.button--secondary')[0]).click(); // Back from check: last theme
      await settle(el);
      expect(progress(el)).to.equal('Theme 4 of 4');
      (root(el).querySelectorAll<HTMLButtonElement>('.button--secondary')[0]).click(); // Back
      await settle(el);
      expect(progress(el)).to.equal('Theme 3 of 4');
      expect(heading(el)).to.equal('Leading and visioning');
      expect(root(el).textContent).to.include('There is nothing to rate');
      expect(root(el).textContent).to.include(realFramework.themes[2].statusNote!);
      expect(root(el).querySelectorAll('lpc-rating')).to.have.length(0);
      expect(root(el).querySelector('[part="supplementary"]')).to.equal(null);
      el.includeSupplementary = true;
      await settle(el);
      expect(root(el).querySelector('[part="supplementary"]')!.textContent).to.include('not part of the framework');
    });

    it('lists each unanswered item in an error summary, links to it, and marks each rating', async () => {
      const { el } = await mount();
      el.store!.setAnswer('being.authenticity', { value: 2 });
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('.button')!.click(); // continue saved answers
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('.button-group .button')!.click(); // Continue
      await settle(el);
      const summary = root(el).querySelector('.error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(root(el).activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links).to.have.length(8);
      expect(links[0].textContent).to.equal('Select an answer for "Mindset"');
      const mindset = root(el).getElementById('item-being.mindset') as LpcRating;
      expect(mindset.shadowRoot!.querySelector('[part="error-message"]')!.textContent).to.include('Select an answer for "Mindset"');
      links[0].click();
      await settle(el);
      expect(deepActive()?.getAttribute('role')).to.equal('radio');
      expect(ratingOf(deepActive()!)).to.equal(mindset);
      expect(progress(el)).to.equal('Theme 1 of 4');
    });

    it('asks a rater for their relationship before starting, and lets a host add groups', async () => {
      const { el } = await mount({ respondent: 'rater', subject: 'Sam' });
      el.groups = [...el.groups, { id: 'people-who-use-services', label: 'I use their services' }];
      await settle(el);
      expect([...root(el).querySelectorAll('label')].map((l) => l.textContent)).to.include('I use their services');
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(root(el).querySelector('.error-summary a')!.textContent).to.equal('Select how you work with Sam');
      expect(root(el).querySelector('.error-message')!.textContent).to.include('Select how you work with Sam');
      root(el).querySelectorAll<HTMLInputElement>('input[name="relationship"]')[4].click();
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(progress(el)).to.equal('Theme 1 of 4');
      expect(el.store!.relationship).to.equal('people-who-use-services');
    });

    it('does not ask when the host gives the relationship', async () => {
      const { el } = await mount({ respondent: 'rater', relationship: 'line-manager' });
      expect(root(el).querySelector('input[name="relationship"]')).to.equal(null);
      await answerAll(el);
      root(el).querySelector<HTMLButtonElement>('.button')!.click();
      await settle(el);
      const submitted = oneEvent(el, 'lpc-submit');
      root(el).querySelector<HTMLButtonElement>('#submit')!.click();
      expect((await submitted).detail.relationship).to.equal('line-manager');
    });

    it('change links open the item\'s theme and come back to the check page', async () => {
      const { el } = await mount();
      await answerAll(el);
      root(el).querySelector<HTMLButtonElement>('.button')!.click();
      await settle(el);
      const change = [...root(el).querySelectorAll<HTMLButtonElement>('.link-button')].find((b) => b.textContent!.includes('Delivery'))!;
      expect(change.textContent).to.match(/Change\s+your answer for Delivery/);
      change.click();
      await settle(el);
      expect(heading(el)).to.equal('Delivering');
      await waitUntil(() => ratingOf(deepActive()!)?.item === 'delivering.delivery', 'focus on the Delivery rating');
      root(el).querySelector<HTMLButtonElement>('.button-group .button')!.click();
      await settle(el);
      expect(heading(el)).to.equal('Check your answers');
    });

    it('moves between pages with browser back and forward when history is on', async () => {
      const { el } = await mount({ history: true });
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(progress(el)).to.equal('Theme 1 of 4');
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await settle(el);
      expect(heading(el)).to.equal('Your 360 leadership assessment');
    });

    it('fires a cancelable lpc-page-change with from and to before each move the user asks for', async () => {
      const { el } = await mount();
      const changes: Array<{ from: unknown; to: unknown }> = [];
      let veto = true;
      el.addEventListener('lpc-page-change', (event) => {
        changes.push(event.detail);
        if (veto) event.preventDefault();
      });
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(heading(el)).to.equal('Your 360 leadership assessment');
      veto = false;
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(progress(el)).to.equal('Theme 1 of 4');
      el.show({ kind: 'check' }); // not a user action: no event
      await settle(el);
      expect(changes).to.deep.equal([
        { from: { kind: 'start' }, to: { kind: 'theme', index: 0 } },
        { from: { kind: 'start' }, to: { kind: 'theme', index: 0 } },
      ]);
    });

    it('shows hostile framework text as text only', async () => {
      const { el } = await mount({ framework: hostileFramework });
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(heading(el)).to.equal(hostileText.markup);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __lpcHacked?: boolean }).__lpcHacked).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    async function expectNoViolations(provider: Element, page: string) {
      const result = await window.axe.run(provider);
      expect(result.violations.map((v) => `${page}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).to.deep.equal([]);
    }

    it('has no axe violations on any page of the flow, errors included', async function () {
      this.timeout(60_000);
      const { provider, el } = await mount({ respondent: 'rater', subject: 'Sam Jones' });
      await expectNoViolations(provider, 'start');
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      await expectNoViolations(provider, 'start with error');
      root(el).querySelector<HTMLInputElement>('input[name="relationship"]')!.click();
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      await expectNoViolations(provider, 'theme 1');
      root(el).querySelector<HTMLButtonElement>('.button-group .button')!.click();
      await settle(el);
      await expectNoViolations(provider, 'theme 1 with errors');
      await answerAll(el);
      for (const page of ['theme 2', 'theme 3 (nothing to rate)', 'theme 4', 'check']) {
        root(el).querySelector<HTMLButtonElement>('.button-group .button')!.click();
        await settle(el);
        await expectNoViolations(provider, page);
      }
      expect(heading(el)).to.equal('Check your answers');
      root(el).querySelector<HTMLButtonElement>('#submit')!.click();
      await settle(el);
      expect(heading(el)).to.equal('Your answers are ready');
      await expectNoViolations(provider, 'confirmation');
    });

    it('works with a tiny framework, and fits 320 px without sideways scrolling', async () => {
      const { el } = await mount({ framework: tinyFramework });
      el.style.width = '320px';
      root(el).querySelector<HTMLButtonElement>('.button--start')!.click();
      await settle(el);
      expect(progress(el)).to.equal('Theme 1 of 2');
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
});
