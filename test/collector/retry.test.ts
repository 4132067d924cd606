// A send retried after its answer was lost: the same body again gets the same 201 and stores
// nothing more; another body on a used link is still refused. PGlite and PostgreSQL.
import { expect } from 'chai';
import { sendResponse } from '../../src/client/collector.js';
import { exampleResponse } from '../../src/collector/example.js';
import type { AssessmentResponse } from '../../src/core/types.js';
import { forEachDatabase, harness, realFramework, type Harness, type Setup } from './harness.js';

const rater = (s: Setup, ref: string) => s.tokens.raters.find((r) => r.ref === ref)!;
const peerResponse = (s: Setup, seed = 1) => exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, seed);

async function responseCount(h: Harness, s: Setup): Promise<number> {
  const { rows } = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM responses WHERE assessment_id = $1::uuid', [s.id]);
  return rows[0].n;
}

/** The same JSON with every object's keys in reverse order and other spacing. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)]));
  return value;
}

/**
 * `fetch` to the collector app in which the first POST's answer never reaches the browser: it is
 * committed, then the connection drops (`network`) or the answer comes after the client gave up
 * (`late`). Records the status the collector gave to every attempt.
 */
function losingFirstAnswer(h: Harness, loss: 'network' | 'late') {
  const statuses: number[] = [];
  let lost = false;
  const fetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    const path = new URL(String(url)).pathname;
    const answer = await h.app.request(path, { method: init.method, headers: init.headers, body: init.body });
    statuses.push(answer.status);
    if (init.method === 'POST' && !lost) {
      lost = true;
      await answer.text();
      if (loss === 'network') throw new TypeError('fetch failed');
      if (!init.signal?.aborted) await new Promise((resolve) => init.signal?.addEventListener('abort', resolve, { once: true }));
      throw new DOMException('The operation was aborted.', 'AbortError');
    }
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, statuses };
}

forEachDatabase((get) => {
  it('a rater\'s send retried with the same body gets the same 201, and one response is stored', async () => {
    const h = get();
    const s = await h.setup();
    const { token } = rater(s, 'peer-1');
    const body = peerResponse(s);
    const first = await h.call('POST', '/responses', { token, body });
    const retry = await h.call('POST', '/responses', { token, body });
    expect([first.status, retry.status]).to.deep.equal([201, 201]);
    expect(retry.body).to.deep.equal(first.body);
    expect(await responseCount(h, s)).to.equal(1);
    // Re-encoded on the way (other key order and spacing), it is still the same send.
    const respaced = await h.call('POST', '/responses', { token, raw: JSON.stringify(reordered(body), null, 2) });
    expect(respaced.status).to.equal(201);
    expect(await responseCount(h, s)).to.equal(1);
    expect((await h.call('GET', '/progress', { token: s.tokens.facilitator })).body.responded).to.equal(1);
  });

  it('another body on a used link is refused with 409, even with the same response id, or the same answers under a new id', async () => {
    const h = get();
    const s = await h.setup();
    const { token } = rater(s, 'peer-1');
    const body = peerResponse(s);
    expect((await h.call('POST', '/responses', { token, body })).status).to.equal(201);
    const changedAnswer: AssessmentResponse = structuredClone(body);
    changedAnswer.answers[1].value = changedAnswer.answers[1].value === 1 ? 2 : 1;
    const sameAnswersNewId = { ...body, id: 'another-send' };
    for (const other of [changedAnswer, sameAnswersNewId]) {
      const res = await h.call('POST', '/responses', { token, body: other });
      expect(res.status).to.equal(409);
      expect(res.body.problems[0].message).to.match(/already been used/);
    }
    // Not JSON at all on a used link: still the plain 409.
    expect((await h.call('POST', '/responses', { token, raw: 'not json' })).status).to.equal(409);
    expect(await responseCount(h, s)).to.equal(1);
  });

  it('the same body on another link of the group is a response of its own: a retry counts only on its link', async () => {
    const h = get();
    const s = await h.setup();
    const body = peerResponse(s);
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-2').token, body })).status).to.equal(201);
    expect(await responseCount(h, s)).to.equal(2);
  });

  it('the same send at once (a retry while the first is still under way) gets 201 each time and is stored once', async () => {
    const h = get();
    const s = await h.setup();
    const body = peerResponse(s);
    const raters = await Promise.all([1, 2, 3].map(() => h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body })));
    expect(raters.map((r) => r.status)).to.deep.equal([201, 201, 201]);
    const self = exampleResponse(realFramework, s.id, { respondent: 'self' }, 9);
    const leader = await Promise.all([1, 2, 3].map(() => h.call('POST', '/responses', { token: s.tokens.leader, body: self })));
    expect(leader.map((r) => r.status)).to.deep.equal([201, 201, 201]);
    const { rows } = await h.store.query<{ respondent: string; n: number }>(
      'SELECT respondent, count(*)::int AS n FROM responses WHERE assessment_id = $1::uuid GROUP BY respondent ORDER BY respondent',
      [s.id],
    );
    expect(rows).to.deep.equal([{ respondent: 'rater', n: 1 }, { respondent: 'self', n: 1 }]);
  });

  it('the leader\'s self send retried gets 201; another self send 409', async () => {
    const h = get();
    const s = await h.setup();
    const body = exampleResponse(realFramework, s.id, { respondent: 'self' }, 3);
    expect((await h.call('POST', '/responses', { token: s.tokens.leader, body })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { token: s.tokens.leader, body })).status).to.equal(201);
    const other = await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, 4) });
    expect(other.status).to.equal(409);
    expect(other.body.problems[0].message).to.match(/already been received/);
    expect(await responseCount(h, s)).to.equal(1);
  });

  it('a leader signed in by the host retries their self send the same way', async () => {
    const base = get();
    const s = await base.setup();
    const h = await harness(base.store, { authenticate: (r) => (r.headers.get('x-test-user') === 'leader' ? { role: 'leader', assessmentId: s.id } : null) });
    const headers = { 'x-test-user': 'leader' };
    const body = exampleResponse(realFramework, s.id, { respondent: 'self' }, 5);
    expect((await h.call('POST', '/responses', { headers, body })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { headers, body })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { headers, body: { ...body, id: 'another' } })).status).to.equal(409);
    expect(await responseCount(h, s)).to.equal(1);
  });

  it('a retry after the 360 closed still hears its answers were received; after release the link only says it was used', async () => {
    const h = get();
    const s = await h.setup();
    const peer = rater(s, 'peer-1').token;
    const body = peerResponse(s);
    const self = exampleResponse(realFramework, s.id, { respondent: 'self' }, 6);
    await h.call('POST', '/responses', { token: peer, body });
    await h.call('POST', '/responses', { token: s.tokens.leader, body: self });
    await h.call('POST', '/360/close', { token: s.tokens.facilitator });
    expect((await h.call('POST', '/responses', { token: peer, body })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { token: s.tokens.leader, body: self })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { token: peer, body: peerResponse(s, 2) })).status).to.equal(409);
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-2').token, body })).status).to.equal(410);

    expect((await h.call('POST', '/360/release', { token: s.tokens.facilitator, body: { confirmBelowMinimum: true } })).status).to.equal(200);
    const { rows } = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM invitations WHERE assessment_id = $1::uuid AND send_digest IS NOT NULL', [s.id]);
    expect(rows[0].n).to.equal(0);
    expect((await h.call('POST', '/responses', { token: peer, body })).status).to.equal(409);
    expect((await h.call('POST', '/responses', { token: s.tokens.leader, body: self })).status).to.equal(410);
    expect(await responseCount(h, s)).to.equal(2);
  });

  for (const loss of ['network', 'late'] as const) {
    it(`the client re-sends after a ${loss === 'network' ? 'dropped connection' : 'timeout'} that followed the commit, and reports success`, async () => {
      const h = get();
      const s = await h.setup();
      const flaky = losingFirstAnswer(h, loss);
      const realFetch = globalThis.fetch;
      globalThis.fetch = flaky.fetch;
      try {
        const result = await sendResponse('http://collector.test/api/v1', rater(s, 'peer-1').token, peerResponse(s), { timeoutMs: 2_000, retryDelaysMs: [0] });
        expect(result).to.deep.equal({ ok: true, status: 201, body: { received: true } });
      } finally {
        globalThis.fetch = realFetch;
      }
      expect(flaky.statuses).to.deep.equal([201, 201]); // the first send was committed; its retry was answered as it
      expect(await responseCount(h, s)).to.equal(1);
    });
  }
});
