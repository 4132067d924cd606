// <lpc-report collector token>: the released report, the page before release and an unknown link
// against the real collector (src/collector on PGlite), which web-test-runner runs and serves under
// /test-collector (test/shared/collector-plugin.mjs). Figures off the schema and a network failure
// cannot come from a working collector: those tests answer the report's request themselves.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/report/index.js';
import type { LpcReport } from '../../src/components/report/report.js';
import { aggregate } from '../../src/core/aggregate.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters } from '../../data/examples/responses.js';

const API = '/test-collector/api/v1';
const root = (el: LpcReport) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What the collector serves: aggregate() on the server, through JSON. */
const served = () => JSON.parse(JSON.stringify(aggregate(realFramework, twelveRaters)));

/** Answers the report's requests itself (for what a working collector never sends), recording each. */
function collectorAnswers(answer: () => Response) {
  const original = window.fetch;
  const requests: Request[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  };
  return { requests, restore: () => { window.fetch = original; } };
}
/** Records the report's requests and passes them on to the real collector. */
function collectorRequests() {
  const original = window.fetch;
  const requests: Request[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.startsWith(API)) requests.push(request.clone());
    return original(request);
  };
  return { requests, restore: () => { window.fetch = original; } };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function api(path: string, token: string | undefined, body?: unknown) {
  const answer = await fetch(API + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: answer.status, body: await answer.json() };
}

interface Collected { id: string; leader: string; facilitator: string }

/**
 * Sets up a 360 on the collector for the raters' groups in `responses`, with `invited` links per
 * group, and sends each response through its own link (the leader's for the self response).
 */
async function collect(responses: AssessmentResponse[], invited: Record<string, number>): Promise<Collected> {
  const created = await api('/360s', undefined, {
    leaderName: 'Sam Jones',
    closesOn: `${new Date().getFullYear() + 1}-01-31`,
    groups: Object.entries(invited).map(([id, count]) => ({ id, invited: count })),
  });
  expect(created.status, JSON.stringify(created.body)).to.equal(201);
  const { id, tokens } = created.body as { id: string; tokens: { facilitator: string; leader: string; raters: Array<{ group: string; token: string }> } };
  const unused = [...tokens.raters];
  for (const response of responses) {
    const link = response.respondent === 'self' ? tokens.leader : unused.splice(unused.findIndex((r) => r.group === response.relationship), 1)[0].token;
    const sent = await api('/responses', link, { ...response, assessmentId: id });
    expect(sent.status, JSON.stringify(sent.body)).to.equal(201);
  }
  return { id, leader: tokens.leader, facilitator: tokens.facilitator };
}

async function release(c: Collected) {
  expect((await api('/360/close', c.facilitator, {})).status).to.equal(200);
  expect((await api('/360/release', c.facilitator, {})).status).to.equal(200);
}

const twelve = twelveRaters.map((r) => r.json as AssessmentResponse);
const twelveInvited = { 'line-manager': 1, peer: 4, 'direct-report': 4, other: 3 };

async function mountCollector(token = 'leader-token-abcdefghij', collector = '/api/v1') {
  const el = await fixture<LpcReport>(html`<lpc-report collector=${collector} token=${token}></lpc-report>`);
  await waitUntil(() => !root(el).querySelector('[role="status"]')?.textContent?.includes('Loading'), 'loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<lpc-report> with the real collector', function () {
  this.timeout(30_000);
  let spy: ReturnType<typeof collectorRequests> | undefined;
  afterEach(() => spy?.restore());

  before(async function () {
    this.timeout(120_000); // the first request starts the collector and its database
    expect((await fetch(`${API}/framework`)).status).to.equal(200);
  });

  it('fetches GET /report with the token as a bearer token, and renders the released figures with no file intake', async () => {
    const c = await collect(twelve, twelveInvited);
    await release(c);
    spy = collectorRequests();
    const el = await mountCollector(c.leader, API);
    expect(spy.requests).to.have.length(1);
    expect(new URL(spy.requests[0].url).pathname).to.equal(`${API}/report`);
    expect(spy.requests[0].url).not.to.contain(c.leader);
    expect(spy.requests[0].headers.get('Authorization')).to.equal(`Bearer ${c.leader}`);
    expect(el.report?.respondents.raters).to.equal(12);
    // The server's figures are aggregate() of the same answers.
    const local = aggregate(realFramework, twelve.map((r) => ({ name: r.id, json: { ...r, assessmentId: c.id } })), { assessmentId: c.id, invited: 12 });
    expect(el.report!.items).to.deep.equal(JSON.parse(JSON.stringify(local.items)));
    expect(el.report!.themes).to.deep.equal(JSON.parse(JSON.stringify(local.themes)));
    expect(root(el).querySelector('table[data-table="themes"]')).to.exist;
    expect(root(el).querySelector('input[type="file"]')).to.equal(null);
    expect(root(el).querySelector('#files-title')).to.equal(null);
    const result = await window.axe.run(el);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('before release, says the report is not ready and how many have responded', async () => {
    const c = await collect([twelve[0], ...twelve.filter((r) => r.relationship === 'peer').slice(0, 3), ...twelve.filter((r) => r.relationship === 'direct-report').slice(0, 2)],
      { peer: 4, 'direct-report': 3 });
    const el = await mountCollector(c.leader, API);
    const heading = root(el).querySelector('h3#not-ready')!;
    expect(text(heading)).to.equal('Your report is not ready yet');
    expect(text(heading.closest('section'))).to.contain('So far 5 of 7 invited raters have responded. You have sent your own answers.');
    expect(el.report).to.equal(undefined);
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('a used or unknown link shows the collector\'s problem in plain words', async () => {
    const el = await mountCollector('not-a-known-link-abcdefghij', API);
    expect(text(root(el).querySelector('.error-summary'))).to.contain('This link is not known.');
    expect([...root(el).querySelectorAll('button')].some((b) => /try again/i.test(b.textContent ?? ''))).to.equal(false);
  });
});

describe('<lpc-report> with a collector that answers what a working one never sends', () => {
  let stub: ReturnType<typeof collectorAnswers> | undefined;
  afterEach(() => stub?.restore());

  it('refuses figures that do not match the schema, naming the path, and shows none of them', async () => {
    const bad = served();
    bad.items[2].allRaters.mean = '<b>5</b>';
    stub = collectorAnswers(() => json({ state: 'released', result: bad, previous: null }));
    const el = await mountCollector();
    const summary = root(el).querySelector('.error-summary')!;
    expect(text(summary)).to.contain('Your report could not be shown');
    expect(text(summary)).to.contain('/items/2/allRaters');
    expect(text(summary)).to.contain('(whole file): These report figures cannot be shown');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(root(el).querySelector('b')).to.equal(null);
  });

  it('a network failure offers "Try again", which loads the report', async () => {
    let fail = true;
    stub = collectorAnswers(() => { if (fail) throw new TypeError('Failed to fetch'); return json({ state: 'released', result: served(), previous: null }); });
    const el = await fixture<LpcReport>(html`<lpc-report collector="/api/v1" token="t"></lpc-report>`);
    const retry = () => [...root(el).querySelectorAll('button')].find((b) => /try again/i.test(b.textContent ?? ''));
    await waitUntil(retry, 'retry offered', { timeout: 9000 });
    fail = false;
    retry()!.click();
    await waitUntil(() => el.report, 'report loaded', { timeout: 5000 });
    expect(el.report!.respondents.raters).to.equal(12);
  }).timeout(15000);
});

describe('<lpc-report> .result', () => {
  it('renders a precomputed result with no framework and no files', async () => {
    const el = await fixture<LpcReport>(html`<lpc-report .result=${served()}></lpc-report>`);
    expect(el.report?.respondents.raters).to.equal(12);
    expect(root(el).querySelectorAll('table[data-table^="items-"]').length).to.be.greaterThan(0);
    expect(root(el).querySelector('input[type="file"]')).to.equal(null);
  });

  it('shows the files\' figures once the result is taken away, and the result\'s again when it is back', async () => {
    const result = served();
    const files = twelveRaters.slice(0, 4);
    const el = await fixture<LpcReport>(html`<lpc-report .framework=${realFramework} .responses=${files} .result=${result}></lpc-report>`);
    expect(el.report?.respondents.raters).to.equal(12);
    el.result = undefined;
    await el.updateComplete;
    expect(el.report?.used).to.equal(4);
    expect(root(el).querySelector('input[type="file"]')).to.not.equal(null);
    el.result = result;
    await el.updateComplete;
    expect(el.report?.respondents.raters).to.equal(12);
    expect(root(el).querySelector('input[type="file"]')).to.equal(null);
  });

  it('checks it as untrusted input: a bad result is an error summary with paths, and nothing of it is rendered', async () => {
    const bad = served();
    bad.themes[0].title = { toString: () => 'x' };
    const el = await fixture<LpcReport>(html`<lpc-report .result=${bad}></lpc-report>`);
    expect(el.report).to.equal(undefined);
    expect(text(root(el).querySelector('.error-summary'))).to.contain('/themes/0/title');
  });
});
