import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/report/index.js';
import type { LpcReport } from '../../src/components/report/report.js';
import { aggregate } from '../../src/core/aggregate.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters } from '../../data/examples/responses.js';

const root = (el: LpcReport) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What the collector serves: aggregate() on the server, through JSON. */
const served = () => JSON.parse(JSON.stringify(aggregate(realFramework, twelveRaters)));

/** Answers the report's requests as the collector would, recording each (method, URL, headers). */
function collectorAnswers(answer: () => Response) {
  const original = window.fetch;
  const requests: Request[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return answer();
  };
  return { requests, restore: () => { window.fetch = original; } };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function mountCollector(token = 'leader-token-abcdefghij') {
  const el = await fixture<LpcReport>(html`<lpc-report collector="/api/v1" token=${token}></lpc-report>`);
  await waitUntil(() => !root(el).querySelector('[role="status"]')?.textContent?.includes('Loading'), 'loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('<lpc-report> with a collector', () => {
  let stub: ReturnType<typeof collectorAnswers> | undefined;
  afterEach(() => stub?.restore());

  it('fetches GET /report with the token as a bearer token, and renders the released figures with no file intake', async () => {
    stub = collectorAnswers(() => json({ state: 'released', result: served(), previous: null }));
    const el = await mountCollector();
    expect(stub.requests).to.have.length(1);
    expect(new URL(stub.requests[0].url).pathname).to.equal('/api/v1/report');
    expect(stub.requests[0].url).not.to.contain('leader-token');
    expect(stub.requests[0].headers.get('Authorization')).to.equal('Bearer leader-token-abcdefghij');
    expect(el.report?.respondents.raters).to.equal(12);
    expect(root(el).querySelector('table[data-table="themes"]')).to.exist;
    expect(root(el).querySelector('input[type="file"]')).to.equal(null);
    expect(root(el).querySelector('#files-title')).to.equal(null);
    const result = await window.axe.run(el);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('before release, says the report is not ready and how many have responded', async () => {
    stub = collectorAnswers(() => json({ state: 'not-released', status: 'open', responded: 5, invited: 7, self: true }));
    const el = await mountCollector();
    const heading = root(el).querySelector('h3#not-ready')!;
    expect(text(heading)).to.equal('Your report is not ready yet');
    expect(text(heading.closest('section'))).to.contain('So far 5 of 7 invited raters have responded. You have sent your own answers.');
    expect(el.report).to.equal(undefined);
    expect(root(el).querySelector('table')).to.equal(null);
  });

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

  it('a used or unknown link shows the collector\'s problem in plain words', async () => {
    stub = collectorAnswers(() => json({ problems: [{ path: '', message: 'This link is not known.' }] }, 404));
    const el = await mountCollector();
    expect(text(root(el).querySelector('.error-summary'))).to.contain('This link is not known.');
    expect([...root(el).querySelectorAll('button')].some((b) => /try again/i.test(b.textContent ?? ''))).to.equal(false);
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

  it('checks it as untrusted input: a bad result is an error summary with paths, and nothing of it is rendered', async () => {
    const bad = served();
    bad.themes[0].title = { toString: () => 'x' };
    const el = await fixture<LpcReport>(html`<lpc-report .result=${bad}></lpc-report>`);
    expect(el.report).to.equal(undefined);
    expect(text(root(el).querySelector('.error-summary'))).to.contain('/themes/0/title');
  });
});
