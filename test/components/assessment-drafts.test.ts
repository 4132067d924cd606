// Each draft and submit guarantee of issue 5, proven on <lpc-assessment> in the browser.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/framework/index.js';
import '../../src/components/assessment/index.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { LpcAssessment } from '../../src/components/assessment/assessment.js';
import type { LpcRating } from '../../src/components/rating/rating.js';
import type { LpcSubmitEvent } from '../../src/events/submit-event.js';
import { backupKeyFor, browserStorage, draftKey, memoryStorage, removeExpiredBackups, type DraftStorage } from '../../src/core/drafts.js';
import { allItems } from '../../src/core/framework.js';
import { validateResponse } from '../../src/core/validate.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';

let counter = 0;
const freshId = () => `drafts-${++counter}-${Date.now()}`;

async function mount(id: string, storage: DraftStorage | null, extra: { endpoint?: string } = {}) {
  const provider = await fixture<LpcFramework>(html`<lpc-framework .framework=${realFramework}>
    <lpc-assessment assessment-id=${id} endpoint=${extra.endpoint ?? ''} .storage=${storage} .retryDelays=${[]} timeout="200"></lpc-assessment>
    <lpc-rating item="being.q1" assessment-id=${id} .storage=${storage}></lpc-rating>
  </lpc-framework>`);
  const el = provider.querySelector('lpc-assessment') as LpcAssessment;
  const inPlace = provider.querySelector('lpc-rating') as LpcRating;
  await el.updateComplete;
  await inPlace.updateComplete;
  return { el, inPlace };
}

const root = (el: LpcAssessment) => el.shadowRoot!;
const text = (el: LpcAssessment) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: LpcAssessment) => root(el).querySelector('.page-heading')?.textContent?.trim();
const buttonNamed = (el: LpcAssessment, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent!.trim() === name);

async function settle(el: LpcAssessment) {
  await el.updateComplete;
  await Promise.all([...root(el).querySelectorAll<LpcRating>('lpc-rating')].map((r) => r.updateComplete));
  await el.updateComplete;
}

function ratingFor(el: LpcAssessment, itemId: string) {
  return root(el).querySelector<LpcRating>(`[id="item-${itemId}"]`)!;
}

function choose(rating: LpcRating, index: number) {
  rating.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[index].click();
}

async function answerEverything(el: LpcAssessment) {
  for (const { item } of allItems(realFramework)) el.store!.setAnswer(item.id, { value: 4 });
  await settle(el);
}

async function goToCheck(el: LpcAssessment) {
  await answerEverything(el);
  buttonNamed(el, 'Continue your saved answers')!.click();
  await settle(el);
  expect(heading(el)).to.equal('Check your answers');
}

/** Replaces window.fetch for one test; returns the calls. */
function stubFetch(answer: (call: number) => Promise<Response>) {
  const calls: { url: string; body: AssessmentResponse }[] = [];
  const original = window.fetch;
  window.fetch = ((url: RequestInfo, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init!.body)) });
    return answer(calls.length);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

describe('<lpc-assessment> drafts', () => {
  it('saves every answer at once, and shares it with lpc-rating in place', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const { el, inPlace } = await mount(id, memoryStorage(backing));
    buttonNamed(el, 'Start now')!.click();
    await settle(el);
    choose(ratingFor(el, 'being.q1'), 3);
    expect(JSON.parse(backing.get(draftKey({ assessmentId: id, respondent: 'self' }))!).answers['being.q1'].value).to.equal(4);
    await inPlace.updateComplete;
    expect(inPlace.value).to.equal('4');
    choose(inPlace, 0);
    await settle(el);
    expect(ratingFor(el, 'being.q1').value).to.equal('1');
  });

  it('reload mid-way: offers to continue the saved answers, says when they were saved, and restores them', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const first = await mount(id, memoryStorage(backing));
    buttonNamed(first.el, 'Start now')!.click();
    await settle(first.el);
    for (const rating of root(first.el).querySelectorAll<LpcRating>('lpc-rating')) choose(rating, 2);
    buttonNamed(first.el, 'Continue')!.click();
    await settle(first.el);
    choose(ratingFor(first.el, 'relating.q1'), 1);
    first.el.remove();

    // A new page load: a new storage adapter over the same stored data.
    const { el } = await mount(id, memoryStorage(backing));
    const savedAt = new Date(JSON.parse(backing.get(draftKey({ assessmentId: id, respondent: 'self' }))!).savedAt);
    expect(text(el)).to.include(`You have saved answers: 10 of 27 answered (saved at ${savedAt.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' })})`);
    buttonNamed(el, 'Continue your saved answers')!.click();
    await settle(el);
    expect(heading(el)).to.equal('Relating and communicating');
    expect(ratingFor(el, 'relating.q1').value).to.equal('2');
    buttonNamed(el, 'Back')!.click();
    await settle(el);
    expect(ratingFor(el, 'being.q6').value).to.equal('3');
  });

  it('start again removes the old answers from the browser, after offering them as a file', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const { el } = await mount(id, memoryStorage(backing));
    el.store!.setAnswer('being.q1', { value: 2 });
    await settle(el);
    expect(text(el)).to.include('1 of 27 answered');
    expect(text(el)).to.include('Start again removes your saved answers from this browser');
    expect(buttonNamed(el, 'Download my saved answers')).to.exist;
    buttonNamed(el, 'Start again')!.click();
    await settle(el);
    expect(buttonNamed(el, 'Start now')).to.exist;
    expect([...backing.keys()], 'no backup key is left').to.deep.equal([]);
  });

  it('a corrupted draft is kept under a backup key and the user is told', async () => {
    const id = freshId();
    const key = draftKey({ assessmentId: id, respondent: 'self' });
    const backing = new Map([[key, '{"schemaVersion":1,"answers":{"being.q1":']]);
    const { el } = await mount(id, memoryStorage(backing));
    const notice = root(el).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.include('Some saved answers could not be used');
    const backupKey = [...backing.keys()].find((k) => k.startsWith(`${key}:backup:`))!;
    expect(backing.get(backupKey)).to.equal('{"schemaVersion":1,"answers":{"being.q1":');
    expect(notice.textContent).to.include(backupKey);
    // How long the copy stays, with the date in words.
    const until = new Date(Number(backupKey.split(':backup:')[1]) + 30 * 86_400_000).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(notice.textContent).to.include(`until ${until} (30 days), when it is removed`);
    expect(buttonNamed(el, 'Start now')).to.exist;
  });

  it('the browser\'s localStorage lists its keys, so a corrupted copy past its days is removed from it', () => {
    const id = freshId();
    const key = draftKey({ assessmentId: id, respondent: 'self' });
    const expired = backupKeyFor(key, Date.now() - 31 * 86_400_000);
    const recent = backupKeyFor(key, Date.now() - 86_400_000);
    localStorage.setItem(expired, '{broken');
    localStorage.setItem(recent, '{broken');
    try {
      expect(browserStorage()!.keys!()).to.include.members([expired, recent]);
      expect(removeExpiredBackups(browserStorage()!, Date.now())).to.deep.equal([expired]);
      expect([localStorage.getItem(expired), localStorage.getItem(recent)]).to.deep.equal([null, '{broken']);
    } finally {
      localStorage.removeItem(expired);
      localStorage.removeItem(recent);
    }
  });

  it('an older-version draft is kept aside too, never deleted', async () => {
    const id = freshId();
    const key = draftKey({ assessmentId: id, respondent: 'self' });
    const old = JSON.stringify({ schemaVersion: 0, answers: { 'being.q1': 3 } });
    const backing = new Map([[key, old]]);
    const { el } = await mount(id, memoryStorage(backing));
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.include('format version 0');
    expect(root(el).querySelector('[part="notice"]')!.textContent, 'no end date: another version may read it').to.not.include('until');
    expect([...backing.values()]).to.include(old);
  });

  it('quota exceeded: keeps answers in memory, warns and offers "Download my answers"', async () => {
    const backing = new Map<string, string>();
    const full: DraftStorage = {
      getItem: (k) => backing.get(k) ?? null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: (k) => void backing.delete(k),
    };
    const { el } = await mount(freshId(), full);
    buttonNamed(el, 'Start now')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="storage-warning"]')).to.equal(null);
    choose(ratingFor(el, 'being.mindset'), 4);
    await settle(el);
    const warning = root(el).querySelector('[part="storage-warning"]')!;
    expect(warning.textContent).to.include('Your answers are not being saved');
    expect(warning.textContent).to.include('no room left');
    expect(ratingFor(el, 'being.mindset').value).to.equal('5');
    const urls: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (urls.push(blob), 'blob:stub');
    try {
      buttonNamed(el, 'Download my answers')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    const saved = JSON.parse(await urls[0].text());
    expect(saved.answers['being.mindset'].value).to.equal(5);
    expect(backing.size).to.equal(0);
  });

  it('storage disabled: the same warning from the start', async () => {
    const { el } = await mount(freshId(), null);
    expect(root(el).querySelector('[part="storage-warning"]')!.textContent).to.include('not letting us save');
  });

  it('two tabs do not overwrite each other\'s newer answers', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const tabA = await mount(id, memoryStorage(backing));
    const tabB = await mount(id, memoryStorage(backing));
    for (const tab of [tabA, tabB]) {
      buttonNamed(tab.el, 'Start now')!.click();
      await settle(tab.el);
    }
    choose(ratingFor(tabA.el, 'being.authenticity'), 0);
    await new Promise((r) => setTimeout(r, 2));
    choose(ratingFor(tabB.el, 'being.mindset'), 1);
    await new Promise((r) => setTimeout(r, 2));
    choose(ratingFor(tabB.el, 'being.authenticity'), 4);
    await settle(tabA.el);
    expect(ratingFor(tabA.el, 'being.mindset').value).to.equal('2');
    expect(ratingFor(tabA.el, 'being.authenticity').value).to.equal('5');
    const stored = JSON.parse(backing.get(draftKey({ assessmentId: id, respondent: 'self' }))!);
    expect(stored.answers['being.authenticity'].value).to.equal(5);
    expect(stored.answers['being.mindset'].value).to.equal(2);
  });
});

describe('<lpc-assessment> submit', () => {
  it('endpoint down then up: keeps the draft, offers Try again and Download, then sends the same response', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const key = draftKey({ assessmentId: id, respondent: 'self' });
    let up = false;
    const fetchStub = stubFetch(async () => (up ? new Response('{}', { status: 201 }) : Promise.reject(new TypeError('Failed to fetch'))));
    try {
      const { el } = await mount(id, memoryStorage(backing), { endpoint: '/api/responses' });
      await goToCheck(el);
      buttonNamed(el, 'Submit my answers')!.click();
      await waitUntil(() => root(el).querySelector('#send-error-title'), 'the send error');
      await settle(el);
      expect(root(el).activeElement).to.equal(root(el).querySelector('.error-summary'));
      expect(text(el)).to.include('Your answers have not been sent');
      expect(buttonNamed(el, 'Try again')).to.exist;
      expect(buttonNamed(el, 'Download my answers')).to.exist;
      expect(backing.has(key)).to.equal(true);
      up = true;
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => heading(el) === 'Your answers have been sent', 'the confirmation');
      expect(fetchStub.calls).to.have.length(2);
      expect(fetchStub.calls[0].url).to.equal('/api/responses');
      expect(fetchStub.calls[1].body).to.deep.equal(fetchStub.calls[0].body);
      expect(validateResponse(fetchStub.calls[1].body, realFramework).ok).to.equal(true);
      expect(backing.has(key)).to.equal(false);
    } finally {
      fetchStub.restore();
    }
  });

  it('retries a failing server before giving up, and gives up on a timeout', async () => {
    const fetchStub = stubFetch(async (call) => new Response('', { status: call < 3 ? 503 : 200 }));
    try {
      const { el } = await mount(freshId(), memoryStorage(), { endpoint: '/api/r' });
      el.retryDelays = [0, 0];
      await goToCheck(el);
      buttonNamed(el, 'Submit my answers')!.click();
      await waitUntil(() => heading(el) === 'Your answers have been sent', 'the confirmation');
      expect(fetchStub.calls).to.have.length(3);
    } finally {
      fetchStub.restore();
    }
    const never = stubFetch((): Promise<Response> => new Promise(() => {}));
    try {
      const { el } = await mount(freshId(), memoryStorage(), { endpoint: '/api/r' });
      el.timeout = 50;
      await goToCheck(el);
      buttonNamed(el, 'Submit my answers')!.click();
      await waitUntil(() => root(el).querySelector('#send-error-title'), 'the send error');
      expect(text(el)).to.include('took too long');
    } finally {
      never.restore();
    }
  });

  it('does not retry a 4xx answer', async () => {
    const fetchStub = stubFetch(async () => new Response('', { status: 400 }));
    try {
      const { el } = await mount(freshId(), memoryStorage(), { endpoint: '/api/r' });
      el.retryDelays = [0, 0];
      await goToCheck(el);
      buttonNamed(el, 'Submit my answers')!.click();
      await waitUntil(() => root(el).querySelector('#send-error-title'), 'the send error');
      expect(text(el)).to.include('HTTP 400');
      expect(fetchStub.calls).to.have.length(1);
    } finally {
      fetchStub.restore();
    }
  });

  it('submit vetoed by the host: nothing is sent, the draft stays until the host calls complete()', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const key = draftKey({ assessmentId: id, respondent: 'self' });
    const fetchStub = stubFetch(async () => new Response('', { status: 200 }));
    try {
      const { el } = await mount(id, memoryStorage(backing), { endpoint: '/api/r' });
      await goToCheck(el);
      el.addEventListener('lpc-submit', (event) => event.preventDefault(), { once: true });
      const submitted = oneEvent(el, 'lpc-submit');
      buttonNamed(el, 'Submit my answers')!.click();
      const event = (await submitted) as LpcSubmitEvent;
      expect(event.cancelable).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(fetchStub.calls).to.have.length(0);
      expect(heading(el)).to.equal('Check your answers');
      expect(backing.has(key)).to.equal(true);
      el.complete();
      await settle(el);
      expect(heading(el)).to.equal('Your answers have been sent');
      expect(backing.has(key)).to.equal(false);
    } finally {
      fetchStub.restore();
    }
  });

  it('without an endpoint, offers the response as a JSON file, and keeps the draft until it is downloaded', async () => {
    const backing = new Map<string, string>();
    const id = freshId();
    const key = draftKey({ assessmentId: id, respondent: 'self' });
    const { el } = await mount(id, memoryStorage(backing));
    await goToCheck(el);
    const submitted = oneEvent(el, 'lpc-submit');
    buttonNamed(el, 'Submit my answers')!.click();
    const response = ((await submitted) as LpcSubmitEvent).detail;
    await settle(el);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(link.href).to.match(/^blob:/);
    expect(link.download).to.match(new RegExp(`^lpc-360-${id}-self-[0-9a-f]{8}\\.json$`));
    expect(await (await fetch(link.href)).json()).to.deep.equal(response);
    expect(backing.has(key)).to.equal(true);
    link.addEventListener('click', (e) => e.preventDefault(), { once: true }); // no real download in the test browser
    link.click();
    expect(backing.has(key)).to.equal(false);
  });

  it('will not submit with unanswered items, and says how many', async () => {
    const { el } = await mount(freshId(), memoryStorage());
    await answerEverything(el);
    el.store!.setAnswer('delivering.q1', { value: undefined });
    await settle(el);
    buttonNamed(el, 'Continue your saved answers')!.click();
    await settle(el);
    expect(heading(el)).to.equal('Delivering');
    el.store!.setAnswer('delivering.q1', { value: 2 });
    buttonNamed(el, 'Continue')!.click();
    await settle(el);
    el.store!.setAnswer('being.q2', { value: undefined });
    await settle(el);
    let fired = false;
    el.addEventListener('lpc-submit', () => (fired = true));
    buttonNamed(el, 'Submit my answers')!.click();
    await settle(el);
    expect(fired).to.equal(false);
    expect(root(el).querySelector('.error-summary')!.textContent).to.include('1 not answered yet');
    expect(root(el).querySelector('.missing')!.textContent).to.equal('Not answered');
  });
});

describe('<lpc-assessment> privacy and wording for raters', () => {
  async function mountRater(extra: { relationship?: string; storage?: DraftStorage | null } = {}) {
    const id = freshId();
    const provider = await fixture<LpcFramework>(html`<lpc-framework .framework=${realFramework}>
      <lpc-assessment assessment-id=${id} respondent="rater" subject-name="Sam Jones" relationship=${extra.relationship ?? ''}
        .storage=${extra.storage}></lpc-assessment>
    </lpc-framework>`);
    const el = provider.querySelector('lpc-assessment') as LpcAssessment;
    await settle(el);
    return { el, id };
  }

  it('without a link, keeps a rater\'s draft in the tab\'s session only, never in localStorage', async () => {
    const { el, id } = await mountRater({ relationship: 'direct-report' });
    el.store!.setAnswer('being.q1', { value: 2, comment: 'Sam shouted at me in the team meeting on Tuesday.' });
    const key = draftKey({ assessmentId: id, respondent: 'rater' });
    expect(text(el)).to.include('When you close the tab, your answers are removed from this browser');
    try {
      expect(localStorage.getItem(key)).to.equal(null);
      expect(Object.keys(localStorage).filter((k) => k.includes(id))).to.deep.equal([]);
      expect(JSON.parse(sessionStorage.getItem(key)!).answers['being.q1'].comment).to.include('shouted');
    } finally {
      sessionStorage.removeItem(key);
    }
  });

  it('tells a line manager, before the first question, that their answers are shown on their own', async () => {
    const { el } = await mountRater({ relationship: 'line-manager', storage: memoryStorage() });
    expect(text(el)).to.include('Your answers are shown on their own');
    expect(text(el)).to.not.include('Your answers are anonymous');
    const peer = await mountRater({ relationship: 'peer', storage: memoryStorage() });
    expect(text(peer.el)).to.include('Your answers are anonymous');
    expect(text(peer.el)).to.not.include('shown on their own');
  });

  it('tells every rater that comments are quoted word for word', async () => {
    for (const relationship of ['line-manager', 'peer', '']) {
      const { el } = await mountRater({ relationship, storage: memoryStorage() });
      expect(text(el), relationship).to.include('Comments are quoted word for word');
    }
  });

  it('offers "Not observed" to raters but not to the leader about themselves', async () => {
    const rater = await mountRater({ relationship: 'peer', storage: memoryStorage() });
    buttonNamed(rater.el, 'Start now')!.click();
    await settle(rater.el);
    expect(ratingFor(rater.el, 'being.q1').allowNotObserved).to.equal(true);
    const { el } = await mount(freshId(), memoryStorage());
    buttonNamed(el, 'Start now')!.click();
    await settle(el);
    expect(ratingFor(el, 'being.q1').allowNotObserved).to.equal(false);
    expect(text(el)).to.not.include("Not observed or don't know");
  });
});
