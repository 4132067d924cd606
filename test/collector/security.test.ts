// Abuse of the collector: guessed, used and other-360 links, wrong roles, SQL-shaped text, oversized
// bodies, __proto__ keys, look-up floods, CORS, headers and an unreachable database. PGlite and PostgreSQL.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { exampleResponse } from '../../src/collector/example.js';
import { createCollector } from '../../src/collector/app.js';
import { postgresStore } from '../../src/collector/store/postgres.js';
import { pgliteStore } from '../../src/collector/store/pglite.js';
import { migrate } from '../../src/collector/migrate.js';
import { forEachDatabase, freshDataDir, harness, realFramework, setupBody, type Setup } from './harness.js';

const SQL = `Robert'); DROP TABLE responses; -- " OR 1=1; \\x00 $1 ::text`;
const rater = (s: Setup, ref: string) => s.tokens.raters.find((r) => r.ref === ref)!;
const send = (s: Setup, ref: string, seed = 1) => exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: rater(s, ref).group }, seed);

forEachDatabase((get) => {
  it('guessed links are unknown (404), whatever their shape', async () => {
    const h = get();
    await h.setup();
    for (const token of [randomBytes(16).toString('base64url'), randomBytes(16).toString('base64url'), "'OR'1'='1'--", 'x'.repeat(5000), '%00']) {
      const res = await h.call('GET', '/me', { token });
      expect(res.status, token.slice(0, 30)).to.equal(404);
      expect(res.body.problems[0].message).to.match(/not known/);
    }
  });

  it('a used link cannot send again, even ten sends at once count once', async () => {
    const h = get();
    const s = await h.setup();
    const token = rater(s, 'peer-1').token;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => h.call('POST', '/responses', { token, body: send(s, 'peer-1', i) })));
    expect(results.map((r) => r.status).sort()).to.deep.equal([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const { rows } = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM responses WHERE assessment_id = $1::uuid', [s.id]);
    expect(rows[0].n).to.equal(1);
  });

  it('the leader\'s self send counts once when sent twice at once', async () => {
    const h = get();
    const s = await h.setup();
    // Different sends: the same one sent at once is a retry, and gets 201 each time (retry.test.ts).
    const results = await Promise.all([1, 2, 3].map((seed) => h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, seed) })));
    expect(results.map((r) => r.status).sort()).to.deep.equal([201, 409, 409]);
  });

  it('a link of one 360 reaches nothing of another', async () => {
    const h = get();
    const a = await h.setup();
    const b = await h.setup(setupBody({ leaderName: 'Alex Other' }));
    const aProgress = await h.call('GET', '/progress', { token: a.tokens.facilitator });
    expect(aProgress.body.responded).to.equal(0);
    // A's rater sends a response naming B: refused, nothing stored in either.
    const res = await h.call('POST', '/responses', { token: rater(a, 'peer-1').token, body: { ...send(a, 'peer-1'), assessmentId: b.id } });
    expect(res.status).to.equal(400);
    expect(res.body.problems[0].path).to.equal('/assessmentId');
    for (const s of [a, b]) expect((await h.call('GET', '/progress', { token: s.tokens.facilitator })).body.responded).to.equal(0);
    expect((await h.call('GET', '/me', { token: a.tokens.leader })).body.assessment.leaderName).to.equal('Sam Jones');
    expect((await h.call('GET', '/me', { token: b.tokens.leader })).body.assessment.leaderName).to.equal('Alex Other');
  });

  it('a rater\'s link on the facilitator\'s and leader\'s routes is 403; so is the facilitator\'s on sends', async () => {
    const h = get();
    const s = await h.setup();
    const token = rater(s, 'peer-1').token;
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/progress'], ['GET', '/invitations/unused'], ['PATCH', '/360', { closesOn: '2027-02-01' }],
      ['POST', '/360/close'], ['POST', '/360/release', { confirmBelowMinimum: true }], ['GET', '/report'],
    ];
    for (const [method, path, body] of routes) {
      const res = await h.call(method, path, { token, body });
      expect(res.status, `${method} ${path}`).to.equal(403);
      expect(res.body.problems[0].message).to.match(/rater/);
    }
    for (const [method, path] of routes.slice(0, 5)) expect((await h.call(method, path, { token: s.tokens.leader, body: method === 'GET' ? undefined : {} })).status, `leader ${path}`).to.equal(403);
    expect((await h.call('POST', '/responses', { token: s.tokens.facilitator, body: send(s, 'peer-1') })).status).to.equal(403);
    expect((await h.call('GET', '/progress', { token })).status).to.equal(403);
    // Nothing changed.
    expect((await h.call('GET', '/progress', { token: s.tokens.facilitator })).body.status).to.equal('open');
  });

  it('SQL-shaped text in every field is stored and shown as text, never run', async () => {
    const h = get();
    const res = await h.call('POST', '/360s', {
      body: {
        leaderName: SQL,
        closesOn: '2027-01-31',
        groups: [{ id: 'peer', label: SQL, invited: 3 }, { id: 'line-manager', invited: 1 }],
        contacts: { peer: [SQL, `a@example.nhs.uk'; DELETE FROM invitations; --`] },
      },
    });
    expect(res.status).to.equal(201);
    const s = res.body as Setup;
    const body = send(s, 'peer-1');
    body.answers[0].comment = SQL;
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body })).status).to.equal(201);
    const me = await h.call('GET', '/me', { token: rater(s, 'peer-2').token });
    expect(me.body.assessment.leaderName).to.equal(SQL.trim());
    expect(me.body.rater.groupLabel).to.equal(SQL.trim());
    const unused = await h.call('GET', '/invitations/unused', { token: s.tokens.facilitator });
    expect(unused.body.invitations.find((i: { ref: string }) => i.ref === 'peer-2').contact).to.equal(`a@example.nhs.uk'; DELETE FROM invitations; --`);
    const { rows } = await h.store.query<{ answers: Array<{ comment?: string }> }>('SELECT answers FROM responses WHERE assessment_id = $1::uuid', [s.id]);
    expect(rows[0].answers[0].comment).to.equal(SQL);
    // SQL-shaped ids, dates, tokens and closing dates are refused with their path.
    const bad = await h.call('POST', '/360s', { body: setupBody({ closesOn: "2027-01-31'; --", groups: [{ id: "peer'; --", invited: 1 }], previous: "1' OR '1'='1", cohort: "x'; DROP TABLE assessments; --" }) });
    expect(bad.body.problems.map((p: { path: string }) => p.path)).to.include.members(['/closesOn', '/groups/0/id', '/previous', '/cohort']);
    expect((await h.call('PATCH', '/360', { token: s.tokens.facilitator, body: { closesOn: "2027-02-01' OR 1=1" } })).status).to.equal(400);
    const wrongGroup = { ...send(s, 'peer-3'), relationship: "peer' OR '1'='1" };
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-3').token, body: wrongGroup })).status).to.equal(400);
    const tables = await h.store.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('responses', 'invitations', 'assessments')`);
    expect(tables.rows[0].n).to.equal(3);
    expect((await h.call('GET', '/progress', { token: s.tokens.facilitator })).body.invited).to.equal(4);
  });

  it('oversized bodies get 413 and use nothing up', async () => {
    const h = get();
    const s = await h.setup();
    const big = send(s, 'peer-1');
    big.answers[0].comment = 'x'.repeat(300 * 1024);
    const res = await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body: big });
    expect(res.status).to.equal(413);
    expect(res.body.problems[0].message).to.match(/256 kB/);
    expect((await h.call('GET', '/me', { token: rater(s, 'peer-1').token })).status).to.equal(200);
    const setup = await h.call('POST', '/360s', { body: setupBody({ leaderName: 'x'.repeat(70 * 1024) }) });
    expect(setup.status).to.equal(413);
    // A body streamed with no Content-Length is cut off too.
    const stream = new ReadableStream({ start(c) { for (let i = 0; i < 80; i++) c.enqueue(new TextEncoder().encode('x'.repeat(4096))); c.close(); } });
    const streamed = await h.app.request('/api/v1/360s', { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(streamed.status).to.equal(413);
  });

  it('__proto__ keys are refused as unknown fields and pollute nothing', async () => {
    const h = get();
    const setup = await h.call('POST', '/360s', { raw: `{"__proto__":{"polluted":true},"leaderName":"Sam","closesOn":"2027-01-31","groups":[{"id":"peer","invited":3,"__proto__":{"invited":9}}]}` });
    expect(setup.status).to.equal(400);
    expect(setup.body.problems.map((p: { path: string }) => p.path)).to.include.members(['/__proto__', '/groups/0/__proto__']);
    const s = await h.setup();
    const body = JSON.stringify(send(s, 'peer-1')).replace('{"schemaVersion"', '{"__proto__":{"respondent":"self"},"schemaVersion"');
    const res = await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, raw: body });
    expect(res.status).to.equal(400);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).respondent).to.equal(undefined);
  });

  it('text the database cannot keep (U+0000, half a surrogate pair) gets 400 at its path, not a 500 that fails every retry', async () => {
    const h = get();
    const s = await h.setup();
    for (const [i, bad] of ['a\u0000b', 'a\ud800b', '\udc00'].entries()) {
      const body = send(s, `peer-${i + 1}`);
      body.answers[3].comment = bad;
      const res = await h.call('POST', '/responses', { token: rater(s, `peer-${i + 1}`).token, body });
      expect(res.status, JSON.stringify(bad)).to.equal(400);
      expect(res.body.problems).to.deep.equal([{ path: '/answers/3/comment', message: res.body.problems[0].message }]);
      expect(res.body.problems[0].message).to.match(/cannot be stored/);
    }
    const setup = await h.call('POST', '/360s', { body: setupBody({ leaderName: 'Sam\u0000', groups: [{ id: 'peer', label: '\ud800', invited: 3 }] }) });
    expect(setup.status).to.equal(400);
    expect(setup.body.problems.map((p: { path: string }) => p.path)).to.deep.equal(['/leaderName']); // the first in the body
    const key = await h.call('POST', '/360s', { raw: '{"leaderName":"Sam","a\\u0000":1}' });
    expect(key.body.problems[0].path).to.equal('/a\u0000');
    // Emoji (a whole pair) and other control characters are kept as sent.
    const body = send(s, 'direct-report-1');
    body.answers[3].comment = 'Thanks 😀\u0001\t';
    expect((await h.call('POST', '/responses', { token: rater(s, 'direct-report-1').token, body })).status).to.equal(201);
    const { rows } = await h.store.query<{ answers: Array<{ comment?: string }> }>('SELECT answers FROM responses WHERE assessment_id = $1::uuid', [s.id]);
    expect(rows.map((r) => r.answers[3].comment)).to.deep.equal(['Thanks 😀\u0001\t']);
    expect(h.logs.filter((l) => /22P0/.test(l))).to.deep.equal([]);
  });

  it('a body nested 30,000 deep is refused in plain words, on a fresh link and a used one, never a 500', async () => {
    const h = get();
    const s = await h.setup();
    const deep = `{"answers":${'['.repeat(30_000)}${']'.repeat(30_000)}}`;
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, raw: deep })).status).to.equal(400);
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body: send(s, 'peer-1') })).status).to.equal(201);
    expect((await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, raw: deep })).status).to.equal(409);
    expect(h.logs.filter((l) => /RangeError/.test(l))).to.deep.equal([]);
  });

  it('bodies that are not JSON objects get 400 with a plain message', async () => {
    const h = get();
    const s = await h.setup();
    for (const raw of ['', 'not json', '[]', 'null', '"text"', '{"a":']) {
      const res = await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, raw });
      expect(res.status, raw).to.equal(400);
      expect(res.body.problems[0].path).to.equal('');
    }
  });

  it('a closed 360 refuses sends (410) and keeps the link unused', async () => {
    const h = get();
    const s = await h.setup();
    await h.call('POST', '/360/close', { token: s.tokens.facilitator });
    const res = await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body: send(s, 'peer-1') });
    expect(res.status).to.equal(410);
    const { rows } = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM invitations WHERE assessment_id = $1::uuid AND used', [s.id]);
    expect(rows[0].n).to.equal(0);
  });

  it('the host\'s sign-in can stand in for the facilitator\'s and leader\'s links, never a rater\'s', async () => {
    const base = get();
    const s = await base.setup();
    const h = await harness(base.store, {
      authenticate: (request) => {
        const who = request.headers.get('x-test-user');
        if (who === 'facilitator') return { role: 'facilitator', assessmentId: s.id };
        if (who === 'rater') return { role: 'rater' as 'leader', assessmentId: s.id };
        return null;
      },
    });
    const progress = await h.call('GET', '/progress', { headers: { 'x-test-user': 'facilitator' } });
    expect(progress.status).to.equal(200);
    expect(progress.body.invited).to.equal(7);
    expect((await h.call('GET', '/me', { token: s.tokens.leader })).body.role).to.equal('leader');
    expect((await h.call('GET', '/me', { headers: { 'x-test-user': 'rater' } })).status).to.equal(500);
  });
});

describe('look-ups per client address', () => {
  it('answers 429 after too many unknown links, for that address only', async () => {
    const { dataDir, drop } = freshDataDir();
    const store = await pgliteStore(dataDir);
    try {
      const h = await harness(store, { rateLimit: { max: 20, maxUnknown: 3 }, clientAddress: (r) => r.headers.get('x-test-address') ?? undefined });
      const s = await h.setup();
      const guess = () => randomBytes(16).toString('base64url');
      const from = (address: string, token: string) => h.call('GET', '/me', { token, headers: { 'x-test-address': address } });
      expect([(await from('10.0.0.1', guess())).status, (await from('10.0.0.1', guess())).status, (await from('10.0.0.1', guess())).status]).to.deep.equal([404, 404, 404]);
      const limited = await from('10.0.0.1', guess());
      expect(limited.status).to.equal(429);
      expect(limited.body.problems[0].message).to.match(/Wait a minute/);
      // Even a real link from that address waits; another address is served.
      expect((await from('10.0.0.1', s.tokens.facilitator)).status).to.equal(429);
      expect((await from('10.0.0.2', s.tokens.facilitator)).status).to.equal(200);
      for (let i = 0; i < 19; i++) await from('10.0.0.3', s.tokens.facilitator);
      expect((await from('10.0.0.3', s.tokens.facilitator)).status).to.equal(200);
      expect((await from('10.0.0.3', s.tokens.facilitator)).status).to.equal(429);
      // A minute later the window is new.
      h.clock.now = new Date(h.clock.now.getTime() + 61_000);
      expect((await from('10.0.0.1', s.tokens.facilitator)).status).to.equal(200);
    } finally {
      await store.close();
      drop();
    }
  });
});

describe('headers', () => {
  it('a strict CSP and no caching on every answer; CORS closed unless configured', async () => {
    const { dataDir, drop } = freshDataDir();
    const store = await pgliteStore(dataDir);
    try {
      const closed = await harness(store);
      const res = await closed.call('GET', '/me', { headers: { origin: 'https://elsewhere.example' } });
      expect(res.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      expect(res.headers.get('cache-control')).to.equal('no-store');
      expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
      expect(res.headers.get('access-control-allow-origin')).to.equal(null);
      const open = await harness(store, { corsOrigins: ['https://trust.example'] });
      const preflight = await open.app.request('/api/v1/me', { method: 'OPTIONS', headers: { origin: 'https://trust.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
      expect(preflight.headers.get('access-control-allow-origin')).to.equal('https://trust.example');
      expect(preflight.headers.get('access-control-allow-headers')).to.match(/authorization/i);
      const other = await open.call('GET', '/me', { headers: { origin: 'https://elsewhere.example' } });
      expect(other.headers.get('access-control-allow-origin')).to.not.equal('https://elsewhere.example');
    } finally {
      await store.close();
      drop();
    }
  });
});

describe('an unreachable database', () => {
  it('PostgreSQL: 503 with problems, and no token in the log', async () => {
    const logs: string[] = [];
    const store = postgresStore('postgres://postgres@127.0.0.1:9/none');
    const app = createCollector({ store, framework: realFramework, authorizeSetup: () => true, log: (m) => logs.push(m) });
    const token = randomBytes(16).toString('base64url');
    const res = await app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).to.equal(503);
    const body = await res.json() as { problems: Array<{ path: string; message: string }> };
    expect(body.problems[0].message).to.match(/try again/);
    const sent = await app.request('/api/v1/360s', { method: 'POST', body: JSON.stringify(setupBody()), headers: { 'content-type': 'application/json' } });
    expect(sent.status).to.equal(503);
    expect(logs.join('\n')).not.to.contain(token);
    await store.close();
  });

  it('PGlite: 503 once the database has gone', async () => {
    const { dataDir, drop } = freshDataDir();
    const store = await pgliteStore(dataDir);
    await migrate(store);
    const app = createCollector({ store, framework: realFramework, authorizeSetup: () => true, log: () => {} });
    await store.close();
    const res = await app.request('/api/v1/me', { headers: { authorization: `Bearer ${randomBytes(16).toString('base64url')}` } });
    expect(res.status).to.equal(503);
    drop();
  });
});
