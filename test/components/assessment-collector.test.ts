// <lpc-assessment collector token> against the real collector (src/collector on PGlite), which
// web-test-runner runs and serves under /test-collector (test/shared/collector-plugin.mjs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/framework/index.js';
import '../../src/components/assessment/index.js';
import type { LpcAssessment } from '../../src/components/assessment/assessment.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import { allItems } from '../../src/core/framework.js';
import { buildResponse } from '../../src/core/response.js';
import { memoryStorage } from '../../src/core/drafts.js';
import { realFramework } from '../../data/examples/frameworks.js';

const API = '/test-collector/api/v1';

interface SetUp {
  id: string;
  tokens: { facilitator: string; leader: string; raters: Array<{ ref: string; group: string; token: string }> };
}

async function api(path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) {
  const answer = await fetch(API + path, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: answer.status, body: await answer.json() };
}

async function setUp(): Promise<SetUp> {
  const created = await api('/360s', undefined, {
    body: {
      leaderName: 'Sam Jones',
      closesOn: `${new Date().getFullYear() + 1}-01-31`,
      groups: [
        { id: 'line-manager', invited: 1 },
        { id: 'peer', invited: 3 },
      ],
    },
  });
  expect(created.status, JSON.stringify(created.body)).to.equal(201);
  return created.body as SetUp;
}

const drafts = (backing: Map<string, string>) => [...backing.keys()].filter((k) => k.startsWith('lpc-draft:'));
const sentNotes = (backing: Map<string, string>) => [...backing.keys()].filter((k) => k.startsWith('lpc-sent:'));
const rater = (s: SetUp, group: string, n = 0) => s.tokens.raters.filter((r) => r.group === group)[n].token;
const root = (el: LpcAssessment) => el.shadowRoot!;
const heading = (el: LpcAssessment) => root(el).querySelector('.page-heading')?.textContent?.trim();
const text = (el: LpcAssessment) => root(el).textContent!.replace(/\s+/g, ' ');
const buttonNamed = (el: LpcAssessment, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

async function mount(token: string, storage = memoryStorage(), collector = API) {
  const provider = await fixture<LpcFramework>(html`<lpc-framework .framework=${realFramework}>
    <lpc-assessment collector=${collector} token=${token} .storage=${storage} .retryDelays=${[]} timeout="5000"></lpc-assessment>
  </lpc-framework>`);
  const el = provider.querySelector('lpc-assessment') as LpcAssessment;
  await waitUntil(() => !root(el).querySelector('[role="status"]')?.textContent?.includes('Loading'), 'the link loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function answerAllAndCheck(el: LpcAssessment) {
  for (const { item } of allItems(realFramework)) el.store!.setAnswer(item.id, { value: 4, comment: item.id === 'being.q1' ? 'Listens well' : undefined });
  await el.updateComplete;
  buttonNamed(el, 'Continue your saved answers')!.click();
  await el.updateComplete;
  expect(heading(el)).to.equal('Check your answers');
}

describe('<lpc-assessment> with a collector link', function () {
  this.timeout(30_000);

  before(async function () {
    this.timeout(120_000); // the first request starts the collector and its database
    expect((await fetch(`${API}/framework`)).status).to.equal(200);
  });

  it('knows the leader and the rater group from the link, and sends to the collector', async () => {
    const s = await setUp();
    const backing = new Map<string, string>();
    const el = await mount(rater(s, 'peer'), memoryStorage(backing));
    expect(heading(el)).to.equal("Give feedback on Sam Jones's leadership");
    expect(root(el).querySelector('input[name="relationship"]'), 'no group to choose').to.equal(null);
    await answerAllAndCheck(el);
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.include('Peers');
    expect(backing.size).to.equal(1);
    buttonNamed(el, 'Submit my answers')!.click();
    await waitUntil(() => heading(el) === 'Your answers have been sent', 'the confirmation', { timeout: 8000 });
    expect(backing.size, 'the sent draft is removed').to.equal(0);
    const progress = await api('/progress', s.tokens.facilitator);
    expect(progress.body.groups.find((g: { id: string }) => g.id === 'peer').responded).to.equal(1);
  });

  it('keeps a draft per link: a second rater on the same browser sees an empty form, and no token is stored', async () => {
    const s = await setUp();
    const backing = new Map<string, string>();
    const first = await mount(rater(s, 'peer', 0), memoryStorage(backing));
    first.store!.setAnswer('being.q1', { value: 2, comment: 'Sam shouted at me in the team meeting on Tuesday.' });
    first.remove();
    const second = await mount(rater(s, 'peer', 1), memoryStorage(backing));
    expect(second.store!.draft).to.equal(undefined);
    expect(text(second)).to.not.include('You have saved answers');
    expect(buttonNamed(second, 'Start now')).to.exist;
    const stored = [...backing].join('\n');
    for (const { token } of s.tokens.raters) expect(stored).to.not.include(token);
    // The first rater comes back to their own answers.
    const again = await mount(rater(s, 'peer', 0), memoryStorage(backing));
    expect(again.store!.answer('being.q1')?.comment).to.equal('Sam shouted at me in the team meeting on Tuesday.');
  });

  it('says plainly when a link was already used, is unknown, or the 360 is closed', async () => {
    const s = await setUp();
    const token = rater(s, 'peer');
    const el = await mount(token);
    await answerAllAndCheck(el);
    buttonNamed(el, 'Submit my answers')!.click();
    await waitUntil(() => heading(el) === 'Your answers have been sent', 'the confirmation', { timeout: 8000 });
    expect(heading(await mount(token))).to.equal('This link has already been used');
    expect(heading(await mount('AAAAAAAAAAAAAAAAAAAAAA'))).to.equal('This link is not recognised');
    expect((await api('/360/close', s.tokens.facilitator, { body: {} })).status).to.equal(200);
    expect(heading(await mount(rater(s, 'peer', 1)))).to.equal('This 360 is closed');
  });

  it('the leader link rates self, with no rater group', async () => {
    const s = await setUp();
    const el = await mount(s.tokens.leader);
    expect(heading(el)).to.equal('Your 360 leadership assessment');
    await answerAllAndCheck(el);
    buttonNamed(el, 'Submit my answers')!.click();
    await waitUntil(() => heading(el) === 'Your answers have been sent', 'the confirmation', { timeout: 8000 });
    expect((await api('/progress', s.tokens.facilitator)).body.self).to.equal(true);
  });

  it('keeps the draft and offers Try again and Download when the network fails during a send', async () => {
    const s = await setUp();
    const backing = new Map<string, string>();
    const el = await mount(rater(s, 'line-manager'), memoryStorage(backing));
    expect(text(el), 'the line manager (minimum 1) is told').to.include('Your answers are shown on their own');
    await answerAllAndCheck(el);
    // The network (not the collector) fails once: the browser cannot reach it.
    const original = window.fetch;
    let failures = 0;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/responses') && failures === 0) {
        failures++;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return original(input, init);
    }) as typeof fetch;
    try {
      buttonNamed(el, 'Submit my answers')!.click();
      await waitUntil(() => root(el).querySelector('#send-error-title'), 'the send error', { timeout: 8000 });
      expect(text(el)).to.include('Your answers have not been sent');
      expect(buttonNamed(el, 'Download my answers')).to.exist;
      // The draft, and the body sent (kept until the collector confirms it, see below).
      expect(drafts(backing)).to.have.length(1);
      expect(sentNotes(backing)).to.have.length(1);
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => heading(el) === 'Your answers have been sent', 'the confirmation', { timeout: 8000 });
      expect(backing.size).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('offers Try again when the collector cannot be reached at all', async () => {
    const el = await mount('AAAAAAAAAAAAAAAAAAAAAA', memoryStorage(), 'http://127.0.0.1:9/api/v1');
    expect(heading(el)).to.equal('Sorry, there is a problem with the service');
    expect(buttonNamed(el, 'Try again')).to.exist;
  });
  describe('a link used already', () => {
    /**
     * `fetch` in which the next POST /responses reaches the collector and is committed, but its
     * answer never comes back (a dropped connection); `block` stops it before it leaves instead.
     */
    function losingNextSend(mode: 'lose-answer' | 'block' = 'lose-answer') {
      const original = window.fetch;
      let done = false;
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!done && String(input).endsWith('/responses') && init?.method === 'POST') {
          done = true;
          if (mode === 'lose-answer') await (await original(input, init)).text();
          throw new TypeError('Failed to fetch');
        }
        return original(input, init);
      }) as typeof fetch;
      return () => (window.fetch = original);
    }

    async function sendLosingAnswer(el: LpcAssessment, mode?: 'lose-answer' | 'block') {
      const restore = losingNextSend(mode);
      try {
        buttonNamed(el, 'Submit my answers')!.click();
        await waitUntil(() => root(el).querySelector('#send-error-title'), 'the send error', { timeout: 8000 });
      } finally {
        restore();
      }
    }

    const calm = (el: LpcAssessment) => {
      expect(root(el).querySelector('[role="alert"], .error-summary, #send-error-title'), 'no error styling').to.equal(null);
      expect(root(el).querySelector('nhs-rating, lpc-rating, input, textarea'), 'no answers asked again').to.equal(null);
    };

    for (const who of ['rater', 'leader'] as const) {
      it(`${who}: a send committed but its answer lost, then a reload, says the answers were received and only then removes the draft`, async () => {
        const s = await setUp();
        const token = who === 'rater' ? rater(s, 'peer') : s.tokens.leader;
        const backing = new Map<string, string>();
        const el = await mount(token, memoryStorage(backing));
        await answerAllAndCheck(el);
        await sendLosingAnswer(el);
        expect(text(el)).to.include('Your answers have not been sent');
        expect(drafts(backing), 'the draft stays until the collector confirms it').to.have.length(1);
        el.remove();

        const again = await mount(token, memoryStorage(backing));
        expect(heading(again)).to.equal('Your answers have been received');
        expect(text(again)).to.include('This link cannot be used again');
        expect(text(again)).to.include('The copy of your answers saved in this browser has been removed.');
        calm(again);
        expect(root(again).querySelector('[part="panel"]')).to.exist;
        expect(backing.size, 'draft and sent body removed once confirmed').to.equal(0);
        const progress = (await api('/progress', s.tokens.facilitator)).body;
        if (who === 'rater') expect(progress.groups.find((g: { id: string }) => g.id === 'peer').responded, 'counted once').to.equal(1);
        else expect(progress.self).to.equal(true);
        await expect(again).to.be.accessible();
      });
    }

    it('keeps answers changed after the lost send, and says so', async () => {
      const s = await setUp();
      const backing = new Map<string, string>();
      const el = await mount(rater(s, 'peer'), memoryStorage(backing));
      await answerAllAndCheck(el);
      await sendLosingAnswer(el);
      el.store!.setAnswer('being.q1', { value: 1, comment: 'Changed my mind' });
      el.remove();
      const again = await mount(rater(s, 'peer'), memoryStorage(backing));
      expect(heading(again)).to.equal('Your answers have been received');
      expect(text(again)).to.include('Those changes were not sent, and they are still saved in this browser.');
      expect(drafts(backing)).to.have.length(1);
      expect(JSON.parse(backing.get(drafts(backing)[0])!).answers['being.q1'].comment).to.equal('Changed my mind');
    });

    it('never removes answers the collector did not confirm: the link was used with other answers', async () => {
      const s = await setUp();
      const token = rater(s, 'peer');
      const backing = new Map<string, string>();
      const el = await mount(token, memoryStorage(backing));
      await answerAllAndCheck(el);
      // This browser's send never leaves; the same link is used elsewhere with other answers.
      await sendLosingAnswer(el, 'block');
      const elsewhere = buildResponse({ draft: { ...el.store!.draft!, answers: { ...el.store!.draft!.answers, 'being.q1': { value: 1, updatedAt: 1 } } }, framework: realFramework, id: crypto.randomUUID(), submittedAt: new Date(), relationship: 'peer' });
      expect((await api('/responses', token, { body: elsewhere })).status).to.equal(201);
      el.remove();
      const again = await mount(token, memoryStorage(backing));
      expect(heading(again)).to.equal('This link has already been used');
      expect(text(again)).to.include('we have received them');
      expect(text(again)).to.include('We could not confirm that they are the answers saved in this browser, so those are still saved here.');
      calm(again);
      expect(drafts(backing), 'the draft is kept').to.have.length(1);
      // A browser that kept nothing for the link: the same calm page, with nothing said about keeping.
      const elsewhereBrowser = await mount(token, memoryStorage());
      expect(heading(elsewhereBrowser)).to.equal('This link has already been used');
      expect(text(elsewhereBrowser)).to.not.include('could not confirm');
      for (const el of [again, elsewhereBrowser]) expect(text(el), 'nothing about other raters').to.not.match(/\d+ (of|raters?|responses?)|Peers|line manager/i);
    });
  });
});
