import { expect } from '@open-wc/testing';
import { codeFrom, collectorRequest, collectorUrl, problemsFrom, statusMessage } from '../../src/client/collector.js';
import { problemsOf, progressShape, reportShape, setupResultShape } from '../../src/client/shapes.js';

// A port nothing listens on: every attempt is refused (a real network error, no server needed).
const refused = 'http://127.0.0.1:9/api/v1';

/** Counts the page's fetches while each still goes to the network as it is (no answer is made up). */
const realFetch = globalThis.fetch;
let fetchCount = 0;
function countFetches() {
  fetchCount = 0;
  return () => fetchCount;
}
before(() => {
  globalThis.fetch = (...args: Parameters<typeof fetch>) => {
    fetchCount++;
    return realFetch(...args);
  };
});
after(() => {
  globalThis.fetch = realFetch;
});

describe('collectorRequest', () => {
  describe('URLs and headers', () => {
    it('joins the collector base and the route path with one slash', () => {
      expect(collectorUrl('/api/v1', '/me')).to.equal('/api/v1/me');
      expect(collectorUrl('/api/v1/', '/me')).to.equal('/api/v1/me');
      expect(collectorUrl('https://c.example.nhs.uk/api/v1//', 'progress')).to.equal('https://c.example.nhs.uk/api/v1/progress');
    });
  });

  describe('answers', () => {
    it('reads a JSON answer (the real framework file, served as it is)', async () => {
      const result = await collectorRequest<{ id: string }>('/data', '/lpc-core-framework-2020.json');
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.status).to.equal(200);
      expect(result.body.id).to.equal('lpc-core-framework');
    });

    it('gives not-json, with a plain message, for an answer that is not JSON', async () => {
      const result = await collectorRequest('/test/fixtures', '/not-json.html');
      expect(result).to.deep.include({ ok: false, kind: 'not-json', status: 200 });
      if (result.ok) return;
      expect(result.problems[0].message).to.match(/not JSON/);
    });

    it('gives http with the status and a plain message when the error has no problems body, and does not retry a 404', async () => {
      const fetches = countFetches();
      const result = await collectorRequest('/no-such-collector', '/progress', { retryDelaysMs: [0] });
      expect(result).to.deep.include({ ok: false, kind: 'http', status: 404 });
      if (result.ok) return;
      expect(result.problems).to.deep.equal([{ path: '', message: statusMessage(404) }]);
      expect(fetches()).to.equal(1);
    });
  });

  describe('failures and retries', () => {
    it('retries a refused connection twice by default, then gives network', async () => {
      const fetches = countFetches();
      const result = await collectorRequest(refused, '/me', { token: 'x', retryDelaysMs: [0] });
      expect(result).to.deep.include({ ok: false, kind: 'network' });
      if (result.ok) return;
      expect(result.problems[0].message).to.match(/could not be reached/);
      expect(fetches()).to.equal(3);
    });

    it('makes exactly retries + 1 attempts', async () => {
      const fetches = countFetches();
      await collectorRequest(refused, '/me', { retries: 0 });
      expect(fetches()).to.equal(1);
      const more = countFetches();
      await collectorRequest(refused, '/me', { retries: 4, retryDelaysMs: [0] });
      expect(more()).to.equal(5);
    });

    it('gives timeout when no answer comes in time', async () => {
      const result = await collectorRequest('/data', '/lpc-core-framework-2020.json', { timeoutMs: 0, retries: 1, retryDelaysMs: [0] });
      expect(result).to.deep.include({ ok: false, kind: 'timeout' });
    });

    it('stops at once when the caller cancels, even between retries', async () => {
      const abort = new AbortController();
      const pending = collectorRequest(refused, '/me', { retries: 2, retryDelaysMs: [60_000], signal: abort.signal });
      setTimeout(() => abort.abort(), 50);
      const started = performance.now();
      const result = await pending;
      expect(performance.now() - started).to.be.below(5_000);
      expect(result).to.deep.include({ ok: false, kind: 'network' });
      if (result.ok) return;
      expect(result.problems[0].message).to.match(/cancelled/);
    });
  });
});

describe('problemsFrom (error bodies are untrusted)', () => {
  it('keeps well-formed { path, message } problems', () => {
    expect(problemsFrom({ problems: [{ path: '/groups/0/invited', message: 'Enter a number.' }] })).to.deep.equal([
      { path: '/groups/0/invited', message: 'Enter a number.' },
    ]);
  });

  it('drops malformed entries, bounds their number and length', () => {
    const many = Array.from({ length: 500 }, () => ({ path: 'p', message: 'x'.repeat(10_000) }));
    const problems = problemsFrom({ problems: [null, 3, { path: 1, message: 'no path' }, { message: '' }, ...many] });
    expect(problems[0]).to.deep.equal({ path: '', message: 'no path' });
    expect(problems.length).to.be.at.most(50);
    expect(problems[1].message.length).to.equal(500);
    expect(problemsFrom('<html>')).to.deep.equal([]);
    expect(problemsFrom({ problems: 'bad' })).to.deep.equal([]);
  });
});

describe('codeFrom (the machine-readable reason of an error body)', () => {
  it('keeps a short lower-case code and drops anything else', () => {
    expect(codeFrom({ code: 'link-used', problems: [] })).to.equal('link-used');
    expect(codeFrom({ code: 'closed' })).to.equal('closed');
    for (const body of [{ code: 'Link Used' }, { code: 'x'.repeat(41) }, { code: 7 }, { code: '<b>' }, null, '<html>', []]) {
      expect(codeFrom(body), JSON.stringify(body)).to.equal(undefined);
    }
  });

  it('comes with an http failure from a collector that gave one (a closed 360 on the real collector)', async function () {
    this.timeout(120_000); // the first request starts the collector and its database
    const created = await fetch('/test-collector/api/v1/360s', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ leaderName: 'Sam Jones', closesOn: `${new Date().getFullYear() + 1}-01-31`, groups: [{ id: 'peer', invited: 3 }] }),
    }).then((r) => r.json());
    const token = created.tokens.raters[0].token as string;
    const unused = await collectorRequest('/test-collector/api/v1', '/me', { token });
    expect(unused.ok).to.equal(true);
    const sent = await fetch('/test-collector/api/v1/360/close', { method: 'POST', headers: { Authorization: `Bearer ${created.tokens.facilitator}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(sent.status).to.equal(200);
    const closed = await collectorRequest('/test-collector/api/v1', '/me', { token, retries: 0 });
    expect(closed.ok === false && [closed.status, closed.code]).to.deep.equal([410, 'closed']);
  });
});

describe('answer shapes', () => {
  it('accepts a set-up answer of the contract and names the path of each wrong value', () => {
    const good = { id: 'a', leaderName: 'Sam', closesOn: '2027-01-31', tokens: { facilitator: 'f', leader: 'l', raters: [{ ref: 'peer-1', group: 'peer', token: 't' }] } };
    expect(problemsOf(good, setupResultShape)).to.deep.equal([]);
    const bad = { ...good, tokens: { ...good.tokens, raters: [{ ref: 'peer-1', group: 'peer', token: 5 }] } };
    expect(problemsOf(bad, setupResultShape)).to.deep.equal([{ path: '/tokens/raters/0/token', message: 'Expected text, found number.' }]);
  });

  it('checks progress counts and the report state', () => {
    const progress = { status: 'open', closesOn: '2027-01-31', self: true, groups: [{ id: 'peer', label: 'Peers', invited: 3, responded: -1 }], invited: 3, responded: 2, allRatersMinimum: 3 };
    expect(problemsOf(progress, progressShape).map((p) => p.path)).to.deep.equal(['/groups/0/responded']);
    expect(problemsOf({ state: 'nope' }, reportShape).map((p) => p.path)).to.deep.equal(['/state']);
    expect(problemsOf({ state: 'not-released', status: 'open', responded: 1, invited: 7, self: false }, reportShape)).to.deep.equal([]);
  });
});
