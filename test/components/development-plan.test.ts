// <lpc-development-plan> in Chromium: suggestions, choosing items, the leader's words, every draft
// guarantee (as the assessment's), export, print, reflow and axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/development-plan/index.js';
import type { LpcDevelopmentPlan } from '../../src/components/development-plan/development-plan.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import { aggregate, type AggregateResult } from '../../src/core/aggregate.js';
import { draftKey, memoryStorage, type DraftStorage } from '../../src/core/drafts.js';
import { suggestPlanItems, validatePlan } from '../../src/core/plan.js';
import { planDraftId } from '../../src/components/development-plan/plan-draft.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters, onlySelf } from '../../data/examples/responses.js';
import type { DevelopmentPlan } from '../../src/core/types.js';

let counter = 0;
/** A result with its own assessment id, so each test has its own draft. */
function freshResult(): AggregateResult {
  const result = structuredClone(aggregate(realFramework, twelveRaters, { invited: 12 }));
  result.assessmentId = `plan-test-${++counter}-${Date.now()}`;
  return result;
}

async function mount(result: AggregateResult | unknown, storage: DraftStorage | null, width = 1000, picks?: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><lpc-framework .framework=${realFramework}>
    <lpc-development-plan .result=${result} .storage=${storage} picks=${picks ?? 3}></lpc-development-plan>
  </lpc-framework></div>`);
  const el = wrapper.querySelector('lpc-development-plan') as LpcDevelopmentPlan;
  await (wrapper.querySelector('lpc-framework') as LpcFramework).updateComplete;
  await settle(el);
  return el;
}

async function settle(el: LpcDevelopmentPlan) {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('lpc-behaviour-card')].map((c) => (c as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

const root = (el: LpcDevelopmentPlan) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const checkboxes = (el: LpcDevelopmentPlan) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const field = (el: LpcDevelopmentPlan, name: string, itemId: string) => root(el).querySelector<HTMLTextAreaElement | HTMLInputElement>(`[id="${name}-${itemId}"]`)!;
const button = (el: LpcDevelopmentPlan, name: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === name);

async function pick(el: LpcDevelopmentPlan, index: number) {
  checkboxes(el)[index].click();
  await settle(el);
}

async function type(el: LpcDevelopmentPlan, control: HTMLTextAreaElement | HTMLInputElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event(control.type === 'date' ? 'change' : 'input', { bubbles: true, composed: true }));
  await settle(el);
}

describe('<lpc-development-plan>', () => {
  describe('suggestions', () => {
    it("shows each suggestion with the framework's card, its reasons and figures", async () => {
      const result = freshResult();
      const el = await mount(result, memoryStorage());
      const suggestions = suggestPlanItems(result);
      const cards = [...root(el).querySelectorAll('lpc-behaviour-card')];
      expect(cards.map((c) => c.getAttribute('item'))).to.deep.equal(suggestions.map((s) => s.itemId));
      const first = root(el).querySelector('.suggestion')!;
      expect(text(first)).to.contain('Blind spot: you rated yourself higher than others did');
      expect(text(first)).to.match(/All raters: \d\.\d on average \(\d+ scores\)/);
      // The card shows the framework's text (from its own shadow root).
      const located = realFramework.themes.flatMap((t) => [...t.behaviours, ...t.qualities]).find((i) => i.id === suggestions[0].itemId)!;
      expect(text(cards[0].shadowRoot)).to.contain(located.text);
    });

    it('says so when the report has nothing to suggest', async () => {
      const result = structuredClone(aggregate(realFramework, onlySelf));
      result.assessmentId = `only-self-${Date.now()}`;
      const el = await mount(result, memoryStorage());
      expect(checkboxes(el)).to.have.length(0);
      expect(text(root(el))).to.contain('too few raters gave scores');
    });

    it('shows an error summary for figures it cannot read, and nothing else', async () => {
      const el = await mount({ frameworkId: 'x', themes: 'nope' }, memoryStorage());
      expect(text(root(el).querySelector('.error-summary'))).to.contain('The report figures cannot be read');
      expect(checkboxes(el)).to.have.length(0);
    });
  });

  describe('choosing items', () => {
    it('lets the leader choose up to the set number, then asks them to untick one', async () => {
      const el = await mount(freshResult(), memoryStorage(), 1000, 2);
      await pick(el, 0);
      await pick(el, 1);
      const boxes = checkboxes(el);
      expect(boxes.filter((b) => b.checked)).to.have.length(2);
      expect(boxes.slice(2).every((b) => b.disabled)).to.equal(true);
      expect(text(root(el))).to.contain('To choose another, untick one first.');
      await pick(el, 0);
      expect(checkboxes(el).slice(2).every((b) => !b.disabled)).to.equal(true);
    });

    it('asks the four questions for each chosen item, in the leader\'s own words', async () => {
      const result = freshResult();
      const el = await mount(result, memoryStorage());
      await pick(el, 0);
      const itemId = suggestPlanItems(result)[0].itemId;
      const labels = [...root(el).querySelectorAll('.plan-item label')].map((l) => text(l));
      expect(labels).to.deep.equal(['What I will do', 'What support I need', 'How I will know it has worked', 'When I will review it']);
      for (const name of ['action', 'support', 'evidence']) expect(field(el, name, itemId).value).to.equal('');
      expect(field(el, 'reviewOn', itemId).type).to.equal('date');
    });

    it('works from the keyboard: Tab to a checkbox, Space to choose, Tab to the first field', async () => {
      const result = freshResult();
      const el = await mount(result, memoryStorage());
      checkboxes(el)[0].focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(checkboxes(el)[0].checked).to.equal(true);
      const itemId = suggestPlanItems(result)[0].itemId;
      field(el, 'action', itemId).focus();
      await sendKeys({ type: 'Ask for feedback' });
      await settle(el);
      expect(el.plan!.items[0].action).to.equal('Ask for feedback');
    });

    it('fires lpc-plan-change on a user change only', async () => {
      const el = await mount(freshResult(), memoryStorage());
      const seen: DevelopmentPlan[] = [];
      el.addEventListener('lpc-plan-change', (e) => seen.push(e.detail.plan));
      el.picks = 4;
      await settle(el);
      expect(seen).to.have.length(0);
      await pick(el, 0);
      expect(seen).to.have.length(1);
      expect(seen[0].items).to.have.length(1);
    });
  });

  describe('drafts (the same guarantees as the assessment)', () => {
    it('saves every keystroke at once', async () => {
      const backing = new Map<string, string>();
      const result = freshResult();
      const el = await mount(result, memoryStorage(backing));
      await pick(el, 0);
      const itemId = suggestPlanItems(result)[0].itemId;
      await type(el, field(el, 'action', itemId), 'Ask my team for feedback after each meeting');
      const stored = JSON.parse(backing.get(draftKey({ assessmentId: planDraftId(result.assessmentId), respondent: 'self' }))!);
      expect(stored.answers[`${itemId}#action`].comment).to.equal('Ask my team for feedback after each meeting');
      expect(stored.answers[`${itemId}#picked`].value).to.equal(1);
    });

    it('comes back after a reload, exactly as left', async () => {
      const backing = new Map<string, string>();
      const result = freshResult();
      const first = await mount(result, memoryStorage(backing));
      await pick(first, 1);
      const itemId = suggestPlanItems(result)[1].itemId;
      await type(first, field(first, 'support', itemId), 'Time with my mentor');
      await type(first, field(first, 'reviewOn', itemId), '2027-06-30');
      first.store!.close();
      first.parentElement!.parentElement!.remove();
      // A new page: a new store over the same storage.
      const { DraftStore } = await import('../../src/core/drafts.js');
      const reopened = new DraftStore({ assessmentId: planDraftId(result.assessmentId), respondent: 'self', storage: memoryStorage(backing) });
      expect(reopened.answer(`${itemId}#support`)?.comment).to.equal('Time with my mentor');
      expect(reopened.answer(`${itemId}#reviewOn`)?.comment).to.equal('2027-06-30');
    });

    it('merges two tabs: what one writes shows in the other, and neither loses a field', async () => {
      const backing = new Map<string, string>();
      const result = freshResult();
      const a = await mount(result, memoryStorage(backing));
      const b = await mount(structuredClone(result), memoryStorage(backing));
      await pick(a, 0);
      await settle(b);
      const itemId = suggestPlanItems(result)[0].itemId;
      expect(checkboxes(b)[0].checked).to.equal(true);
      await type(a, field(a, 'action', itemId), 'From tab A');
      await settle(b);
      await type(b, field(b, 'support', itemId), 'From tab B');
      await settle(a);
      expect(field(b, 'action', itemId).value).to.equal('From tab A');
      expect(field(a, 'support', itemId).value).to.equal('From tab B');
      expect(a.plan!.items[0]).to.deep.include({ action: 'From tab A', support: 'From tab B' });
    });

    it('keeps an unreadable draft aside, says so, and starts afresh', async () => {
      const backing = new Map<string, string>();
      const result = freshResult();
      const key = draftKey({ assessmentId: planDraftId(result.assessmentId), respondent: 'self' });
      backing.set(key, '{not json');
      const el = await mount(result, memoryStorage(backing));
      expect(text(root(el).querySelector('[part="notice"]'))).to.contain('We found saved answers we could not use');
      const backup = [...backing.keys()].find((k) => k.startsWith(`${key}:backup:`))!;
      expect(backing.get(backup)).to.equal('{not json');
      await pick(el, 0);
      expect(JSON.parse(backing.get(key)!).answers).to.be.an('object');
    });

    it('keeps the plan on the page when storage is full, warns, and offers a download', async () => {
      const backing = new Map<string, string>();
      const full = memoryStorage(backing);
      full.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
      const result = freshResult();
      const el = await mount(result, full);
      await pick(el, 0);
      const itemId = suggestPlanItems(result)[0].itemId;
      await type(el, field(el, 'action', itemId), 'Still here');
      const warning = root(el).querySelector('[part="notice"][role="alert"]')!;
      expect(text(warning)).to.contain('no room left to save your plan');
      expect(text(warning.querySelector('button'))).to.equal('Download my plan');
      expect(field(el, 'action', itemId).value).to.equal('Still here');
      expect(el.plan!.items[0].action).to.equal('Still here');
    });

    it('works with no storage at all', async () => {
      const el = await mount(freshResult(), null);
      await pick(el, 0);
      expect(el.plan!.items).to.have.length(1);
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('not letting us save your plan');
    });
  });

  describe('export and print', () => {
    it('downloads JSON that passes the generated schema', async () => {
      const result = freshResult();
      const el = await mount(result, memoryStorage());
      await pick(el, 0);
      await pick(el, 2);
      const ids = suggestPlanItems(result).map((s) => s.itemId);
      await type(el, field(el, 'action', ids[0]), 'Write <b>it</b> down');
      await type(el, field(el, 'reviewOn', ids[2]), '2027-01-15');
      const original = URL.createObjectURL;
      let blob: Blob | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => { blob = b as Blob; return original.call(URL, b); };
      try {
        button(el, 'Download as JSON')!.click();
      } finally {
        URL.createObjectURL = original;
      }
      const plan = JSON.parse(await blob!.text());
      const checked = validatePlan(plan, realFramework);
      expect(checked.ok, JSON.stringify(checked)).to.equal(true);
      expect(plan.items.map((i: { itemId: string }) => i.itemId)).to.deep.equal([ids[0], ids[2]]);
      expect(plan.items[0].action).to.equal('Write <b>it</b> down');
      expect(plan.items[0].reasons[0]).to.equal('blind-spot');
      expect(plan.items[1].reviewOn).to.equal('2027-01-15');
      expect(plan.assessmentId).to.equal(result.assessmentId);
    });

    it('prints the chosen items and the leader\'s words, without the controls', async () => {
      const result = freshResult();
      const el = await mount(result, memoryStorage());
      await pick(el, 0);
      const itemId = suggestPlanItems(result)[0].itemId;
      await type(el, field(el, 'evidence', itemId), 'My team says so');
      await emulateMedia({ media: 'print' });
      try {
        const shown = (selector: string) => [...root(el).querySelectorAll(selector)].some((n) => n.getClientRects().length > 0);
        expect(shown('.suggestions-section')).to.equal(false);
        expect(shown('textarea')).to.equal(false);
        expect(shown('button')).to.equal(false);
        const printed = [...root(el).querySelectorAll('.print-text')].filter((n) => n.getClientRects().length > 0).map((n) => text(n));
        expect(printed).to.include('My team says so');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('accessibility', () => {
    it('has no axe violations, with and without chosen items', async () => {
      const el = await mount(freshResult(), memoryStorage());
      expect((await window.axe.run(el)).violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      await pick(el, 0);
      await pick(el, 1);
      await pick(el, 2);
      expect((await window.axe.run(el)).violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    });

    for (const [name, width, fontSize] of [['320 px', 320, ''], ['200% text', 640, '200%']] as const) {
      it(`reflows at ${name} without sideways scrolling`, async () => {
        const el = await mount(freshResult(), memoryStorage(), width);
        await pick(el, 0);
        if (fontSize) el.closest('div')!.style.fontSize = fontSize;
        await new Promise((r) => requestAnimationFrame(r));
        await waitUntil(() => el.getBoundingClientRect().height > 0);
        expect(el.scrollWidth).to.be.at.most(width + 1);
        const box = el.getBoundingClientRect();
        for (const control of root(el).querySelectorAll('textarea, button, input')) {
          const r = control.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.right, control.outerHTML.slice(0, 80)).to.be.at.most(box.right + 1);
        }
      });
    }

    it('gives every control a 44 px target', async () => {
      const el = await mount(freshResult(), memoryStorage());
      await pick(el, 0);
      for (const control of root(el).querySelectorAll('button, textarea, input[type="date"], .checkbox')) {
        expect(control.getBoundingClientRect().height, control.outerHTML.slice(0, 60)).to.be.at.least(44);
      }
    });
  });
});

describe('<lpc-development-plan> with the collector', () => {
  /** The collector's answers for one test (the routes themselves are tested against real databases in test/collector/plan.test.ts). */
  function collectorAnswers(result: AggregateResult, options: { putStatus?: number } = {}) {
    const calls: Array<{ method: string; path: string; auth: string | null; body: unknown }> = [];
    let stored: { plan: DevelopmentPlan | null; shared: boolean; savedAt: string | null } = { plan: null, shared: false, savedAt: null };
    const original = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), location.href);
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({ method, path: url.pathname, auth: new Headers(init?.headers).get('authorization'), body });
      const json = (status: number, value: unknown) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
      if (url.pathname.endsWith('/report')) return json(200, { state: 'released', result, previous: null });
      if (url.pathname.endsWith('/plan/share')) {
        stored = { ...stored, shared: body.shared };
        return json(200, stored);
      }
      if (url.pathname.endsWith('/plan') && method === 'PUT') {
        if (options.putStatus) return json(options.putStatus, { problems: [{ path: '', message: 'The database is not available just now.' }] });
        stored = { plan: body, shared: stored.shared, savedAt: '2026-12-02T12:00:00Z' };
        return json(200, stored);
      }
      if (url.pathname.endsWith('/plan')) return json(200, stored);
      return json(404, { problems: [{ path: '', message: 'No such route' }] });
    }) as typeof fetch;
    return { calls, restore: () => (window.fetch = original) };
  }

  async function mountOnline(storage: DraftStorage) {
    const wrapper = await fixture<HTMLDivElement>(html`<div><lpc-framework .framework=${realFramework}>
      <lpc-development-plan collector="/api/v1" token="leader-token-for-test1" .storage=${storage}></lpc-development-plan>
    </lpc-framework></div>`);
    const el = wrapper.querySelector('lpc-development-plan') as LpcDevelopmentPlan;
    await waitUntil(() => checkboxes(el).length > 0 || root(el).querySelector('.error-summary'), 'loaded', { timeout: 5000 });
    await settle(el);
    return el;
  }

  it('loads the report, saves the plan privately, and shares it only when asked', async () => {
    const result = freshResult();
    const server = collectorAnswers(result);
    try {
      const el = await mountOnline(memoryStorage());
      expect(text(root(el))).to.contain('Your plan is private: only you can see it until you choose to share it.');
      await pick(el, 0);
      button(el, 'Save to my account')!.click();
      await waitUntil(() => text(root(el)).includes('Saved. Only you can see it.'));
      const put = server.calls.find((c) => c.method === 'PUT')!;
      expect(put.auth).to.equal('Bearer leader-token-for-test1');
      expect(validatePlan(put.body, realFramework).ok).to.equal(true);
      expect(server.calls.some((c) => c.path.endsWith('/plan/share'))).to.equal(false);
      button(el, 'Share with my facilitator')!.click();
      await waitUntil(() => text(root(el)).includes('Shared. Your facilitator can now see your saved plan.'));
      expect(server.calls.find((c) => c.path.endsWith('/plan/share'))!.body).to.deep.equal({ shared: true });
      await settle(el);
      button(el, 'Stop sharing with my facilitator')!.click();
      await waitUntil(() => text(root(el)).includes('No longer shared'));
    } finally {
      server.restore();
    }
  });

  it('keeps the plan in the browser when saving fails, and says so', async () => {
    const result = freshResult();
    const server = collectorAnswers(result, { putStatus: 503 });
    try {
      const el = await mountOnline(memoryStorage());
      await pick(el, 0);
      const itemId = suggestPlanItems(result)[0].itemId;
      await type(el, field(el, 'action', itemId), 'Not lost');
      button(el, 'Save to my account')!.click();
      await waitUntil(() => root(el).querySelector('.error-summary'), 'error shown', { timeout: 10000 });
      expect(text(root(el).querySelector('.error-summary'))).to.contain('It is still saved in this browser');
      expect(field(el, 'action', itemId).value).to.equal('Not lost');
      expect(el.store!.answer(`${itemId}#action`)?.comment).to.equal('Not lost');
    } finally {
      server.restore();
    }
  });
});
