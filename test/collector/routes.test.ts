// Every route of docs/collector-api.md, against PGlite and a real PostgreSQL server.
import { expect } from 'chai';
import { aggregate } from '../../src/core/aggregate.js';
import { exampleResponse } from '../../src/collector/example.js';
import { forEachDatabase, realFramework, setupBody, type Harness, type Setup } from './harness.js';

const rater = (s: Setup, ref: string) => s.tokens.raters.find((r) => r.ref === ref)!;

async function sendAll(h: Harness, s: Setup, refs: string[]) {
  for (const [i, ref] of refs.entries()) {
    const link = rater(s, ref);
    const res = await h.call('POST', '/responses', { token: link.token, body: exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: link.group }, i + 1) });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  }
}

forEachDatabase((get) => {
  describe('POST /360s', () => {
    it('returns the 360 and one link per role and invited rater, each 22 base64url characters', async () => {
      const res = await get().call('POST', '/360s', { body: setupBody({ contacts: { peer: ['a@example.nhs.uk', null] } }) });
      expect(res.status).to.equal(201);
      expect(res.body.id).to.match(/^[0-9a-f-]{36}$/);
      expect(res.body.leaderName).to.equal('Sam Jones');
      expect(res.body.closesOn).to.equal('2027-01-31');
      expect(res.body.tokens.raters.map((r: { ref: string }) => r.ref)).to.deep.equal([
        'line-manager-1', 'peer-1', 'peer-2', 'peer-3', 'direct-report-1', 'direct-report-2', 'direct-report-3',
      ]);
      const all = [res.body.tokens.facilitator, res.body.tokens.leader, ...res.body.tokens.raters.map((r: { token: string }) => r.token)];
      for (const token of all) expect(token).to.match(/^[A-Za-z0-9_-]{22}$/);
      expect(new Set(all).size).to.equal(all.length);
    });

    it('keeps only SHA-256 hashes of the links', async () => {
      const h = get();
      const s = await h.setup();
      const { rows } = await h.store.query<{ token_hash: Uint8Array }>('SELECT token_hash FROM invitations WHERE assessment_id = $1::uuid', [s.id]);
      expect(rows).to.have.length(9);
      const { createHash } = await import('node:crypto');
      const expected = new Set([s.tokens.facilitator, s.tokens.leader, ...s.tokens.raters.map((r) => r.token)].map((t) => createHash('sha256').update(t).digest('hex')));
      for (const row of rows) expect(expected.has(Buffer.from(row.token_hash).toString('hex'))).to.equal(true);
      const dump = JSON.stringify((await h.store.query('SELECT * FROM invitations')).rows) + JSON.stringify((await h.store.query('SELECT * FROM assessments')).rows);
      for (const token of [s.tokens.facilitator, s.tokens.leader, s.tokens.raters[0].token]) expect(dump).not.to.contain(token);
    });

    it('names the path of every problem in a bad set-up', async () => {
      const res = await get().call('POST', '/360s', {
        body: { leaderName: '', closesOn: '2026-11-01', groups: [{ id: 'Peer!', invited: 2 }, { id: 'peer', invited: -1 }, { id: 'peer', invited: 1 }], minimums: { pool: 'three' }, colour: 'red' },
      });
      expect(res.status).to.equal(400);
      const paths = res.body.problems.map((p: { path: string }) => p.path);
      expect(paths).to.include.members(['/leaderName', '/closesOn', '/groups/0/id', '/groups/1/invited', '/groups/2/id', '/minimums/pool', '/colour']);
      for (const p of res.body.problems) expect(p.message).to.be.a('string').and.not.equal('');
    });

    it('refuses a set-up with nobody invited, and an unknown previous 360', async () => {
      const h = get();
      expect((await h.call('POST', '/360s', { body: setupBody({ groups: [{ id: 'peer', invited: 0 }] }) })).body.problems[0].path).to.equal('/groups');
      const res = await h.call('POST', '/360s', { body: setupBody({ previous: '00000000-0000-4000-8000-000000000000' }) });
      expect(res.status).to.equal(400);
      expect(res.body.problems[0].path).to.equal('/previous');
    });

    it('applies the anonymity floors to the minimums asked for', async () => {
      const h = get();
      const s = await h.setup(setupBody({ groups: [{ id: 'peer', invited: 3, minimum: 1 }, { id: 'people-who-use-services', label: 'People who use services', invited: 2, minimum: 4 }], minimums: { pool: 1, allRaters: 1, comments: 1 } }));
      const me = await h.call('GET', '/me', { token: s.tokens.facilitator });
      expect(me.body.assessment.groups).to.deep.equal([
        { id: 'peer', label: 'Peers', minimum: 2 },
        { id: 'people-who-use-services', label: 'People who use services', minimum: 4 },
      ]);
      expect(me.body.assessment.minimums).to.deep.equal({ pool: 2, allRaters: 3, comments: 2 });
    });
  });

  describe('GET /me', () => {
    it('tells a rater their 360 and group, the leader whether they sent, the facilitator their role', async () => {
      const h = get();
      const s = await h.setup();
      const me = await h.call('GET', '/me', { token: rater(s, 'peer-2').token });
      expect(me.status).to.equal(200);
      expect(me.body).to.deep.equal({
        role: 'rater',
        assessment: {
          id: s.id, leaderName: 'Sam Jones', closesOn: '2027-01-31', status: 'open', frameworkId: realFramework.id, includeSupplementary: false,
          groups: [{ id: 'line-manager', label: 'Line manager', minimum: 1 }, { id: 'peer', label: 'Peers', minimum: 3 }, { id: 'direct-report', label: 'Direct reports', minimum: 3 }],
          minimums: { pool: 3, allRaters: 3, comments: 3 },
        },
        rater: { group: 'peer', groupLabel: 'Peers', minimum: 3 },
      });
      const leader = await h.call('GET', '/me', { token: s.tokens.leader });
      expect(leader.body.role).to.equal('leader');
      expect(leader.body.leader).to.deep.equal({ selfSubmitted: false });
      expect(leader.body).not.to.have.property('rater');
      const facilitator = await h.call('GET', '/me', { token: s.tokens.facilitator });
      expect(facilitator.body.role).to.equal('facilitator');
      expect(facilitator.body).not.to.have.property('leader');
    });

    it('answers 401 without a token and 404 for an unknown one', async () => {
      const h = get();
      const none = await h.call('GET', '/me');
      expect(none.status).to.equal(401);
      expect(none.body.problems[0]).to.have.keys(['path', 'message']);
      expect((await h.call('GET', '/me', { token: 'AAAAAAAAAAAAAAAAAAAAAA' })).status).to.equal(404);
      expect((await h.call('GET', '/me', { token: 'not-a-token' })).status).to.equal(404);
    });
  });

  describe('GET /framework', () => {
    it('serves the framework with no token', async () => {
      const res = await get().call('GET', '/framework');
      expect(res.status).to.equal(200);
      expect(res.body.id).to.equal(realFramework.id);
      expect(res.body.themes).to.have.length(realFramework.themes.length);
    });
  });

  describe('POST /responses', () => {
    it('stores a rater\'s response once: 201, then 409 for another send on the same link, and /me says it was used', async () => {
      const h = get();
      const s = await h.setup();
      const link = rater(s, 'peer-1');
      const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
      const first = await h.call('POST', '/responses', { token: link.token, body });
      expect(first.status).to.equal(201);
      expect(first.body).to.deep.equal({ received: true });
      // The same body again is a retry (test/collector/retry.test.ts); another response is refused.
      const again = await h.call('POST', '/responses', { token: link.token, body: exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 2) });
      expect(again.status).to.equal(409);
      expect(again.body.problems[0].message).to.match(/already been used/);
      expect((await h.call('GET', '/me', { token: link.token })).status).to.equal(409);
      const { rows } = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM responses WHERE assessment_id = $1::uuid', [s.id]);
      expect(rows[0].n).to.equal(1);
    });

    it('says why a link cannot be used with a machine-readable code: link-used (409), closed (410), nothing about anyone else', async () => {
      const h = get();
      const s = await h.setup();
      const [used, other] = [rater(s, 'peer-1'), rater(s, 'peer-2')];
      const body = (seed: number) => exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, seed);
      expect((await h.call('POST', '/responses', { token: used.token, body: body(1) })).status).to.equal(201);
      const me = await h.call('GET', '/me', { token: used.token });
      expect(me.status).to.equal(409);
      // Only the code and the plain words: no counts, groups or names from the 360.
      expect(me.body).to.deep.equal({
        code: 'link-used',
        problems: [{ path: '', message: 'This link has already been used to send a response. Each link works once, so your answers were received.' }],
      });
      const again = await h.call('POST', '/responses', { token: used.token, body: body(2) });
      expect([again.status, again.body.code]).to.deep.equal([409, 'link-used']);
      expect((await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, 3) })).status).to.equal(201);
      const self = await h.call('POST', '/responses', { token: s.tokens.leader, body: { ...exampleResponse(realFramework, s.id, { respondent: 'self' }, 3), id: 'another-send' } });
      expect([self.status, self.body.code]).to.deep.equal([409, 'link-used']);
      // A bad body is not a refusal of the link: no code.
      const bad = await h.call('POST', '/responses', { token: other.token, body: { ...body(4), relationship: 'direct-report' } });
      expect(bad.status).to.equal(400);
      expect(bad.body).to.not.have.property('code');
      expect((await h.call('POST', '/360/close', { token: s.tokens.facilitator })).status).to.equal(200);
      for (const res of [await h.call('GET', '/me', { token: other.token }), await h.call('POST', '/responses', { token: other.token, body: body(4) })]) {
        expect([res.status, res.body.code]).to.deep.equal([410, 'closed']);
      }
    });

    it('keeps the answers and the day, not the sender\'s id or time', async () => {
      const h = get();
      const s = await h.setup();
      const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 2);
      body.id = 'my-own-id-123';
      body.submittedAt = '2026-12-02T09:41:17.123Z';
      expect((await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body })).status).to.equal(201);
      const { rows } = await h.store.query<Record<string, unknown>>('SELECT id::text AS id, submitted_on::text AS day, answers FROM responses WHERE assessment_id = $1::uuid', [s.id]);
      expect(rows[0].id).not.to.equal('my-own-id-123');
      expect(rows[0].day).to.equal('2026-12-02');
      expect(rows[0].answers).to.deep.equal(body.answers);
      expect(JSON.stringify(rows)).not.to.contain('09:41');
    });

    it('takes the leader\'s self response once', async () => {
      const h = get();
      const s = await h.setup();
      const body = exampleResponse(realFramework, s.id, { respondent: 'self' }, 3);
      expect((await h.call('POST', '/responses', { token: s.tokens.leader, body })).status).to.equal(201);
      expect((await h.call('POST', '/responses', { token: s.tokens.leader, body: { ...body, id: 'another-send' } })).status).to.equal(409);
      expect((await h.call('GET', '/me', { token: s.tokens.leader })).body.leader).to.deep.equal({ selfSubmitted: true });
    });

    it('answers 400 naming the path when the body does not match the link', async () => {
      const h = get();
      const s = await h.setup();
      const token = rater(s, 'peer-1').token;
      const wrongGroup = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'direct-report' }, 1);
      expect((await h.call('POST', '/responses', { token, body: wrongGroup })).body.problems[0].path).to.equal('/relationship');
      const wrong360 = exampleResponse(realFramework, 'another-360', { respondent: 'rater', relationship: 'peer' }, 1);
      expect((await h.call('POST', '/responses', { token, body: wrong360 })).body.problems[0].path).to.equal('/assessmentId');
      const asSelf = exampleResponse(realFramework, s.id, { respondent: 'self' }, 1);
      const res = await h.call('POST', '/responses', { token, body: asSelf });
      expect(res.status).to.equal(400);
      expect(res.body.problems[0].path).to.equal('/respondent');
      const badValue = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
      (badValue.answers[0] as { value: unknown }).value = 99;
      const bad = await h.call('POST', '/responses', { token, body: badValue });
      expect(bad.status).to.equal(400);
      expect(bad.body.problems[0].path).to.equal('/answers/0/value');
      // None of these used the link.
      expect((await h.call('GET', '/me', { token })).status).to.equal(200);
    });

    it('refuses over-long free text ($schema, relationship) with 400 naming the path and the limit', async () => {
      const h = get();
      const s = await h.setup();
      const token = rater(s, 'peer-1').token;
      const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
      const longSchema = await h.call('POST', '/responses', { token, body: { $schema: `https://example.org/${'x'.repeat(2000)}`, ...body } });
      expect(longSchema.status).to.equal(400);
      expect(longSchema.body.problems).to.deep.equal([{ path: '/$schema', message: 'Text is too long: 2020 characters, at most 2000 allowed. Shorten it.' }]);
      const longGroup = await h.call('POST', '/responses', { token, body: { ...body, relationship: 'p'.repeat(121) } });
      expect(longGroup.status).to.equal(400);
      expect(longGroup.body.problems).to.deep.equal([{ path: '/relationship', message: 'Text is too long: 121 characters, at most 120 allowed. Shorten it.' }]);
      expect((await h.call('GET', '/me', { token })).status, 'the link is still unused').to.equal(200);
      // At the limit, the same body is taken.
      const atLimit = await h.call('POST', '/responses', { token, body: { $schema: 'x'.repeat(2000), ...body } });
      expect(atLimit.status, JSON.stringify(atLimit.body)).to.equal(201);
    });
  });

  describe('GET /progress and GET /invitations/unused', () => {
    it('counts invited and responded per group, and lists the links not yet used', async () => {
      const h = get();
      const s = await h.setup(setupBody({ contacts: { peer: ['a@example.nhs.uk', null, 'c@example.nhs.uk'] } }));
      await sendAll(h, s, ['peer-1', 'direct-report-2']);
      await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, 9) });
      const progress = await h.call('GET', '/progress', { token: s.tokens.facilitator });
      expect(progress.status).to.equal(200);
      expect(progress.body).to.deep.equal({
        status: 'open', closesOn: '2027-01-31', self: true,
        groups: [
          { id: 'line-manager', label: 'Line manager', invited: 1, responded: 0 },
          { id: 'peer', label: 'Peers', invited: 3, responded: 1 },
          { id: 'direct-report', label: 'Direct reports', invited: 3, responded: 1 },
        ],
        invited: 7, responded: 2, allRatersMinimum: 3,
      });
      const unused = await h.call('GET', '/invitations/unused', { token: s.tokens.facilitator });
      expect(unused.body.invitations).to.deep.equal([
        { ref: 'line-manager-1', group: 'line-manager', contact: null },
        { ref: 'peer-2', group: 'peer', contact: null },
        { ref: 'peer-3', group: 'peer', contact: 'c@example.nhs.uk' },
        { ref: 'direct-report-1', group: 'direct-report', contact: null },
        { ref: 'direct-report-3', group: 'direct-report', contact: null },
      ]);
    });
  });

  describe('closing, reopening and releasing', () => {
    it('PATCH /360 moves the closing date, refuses a past one, and reopens a closed 360', async () => {
      const h = get();
      const s = await h.setup();
      const f = s.tokens.facilitator;
      expect((await h.call('PATCH', '/360', { token: f, body: { closesOn: '2026-12-01' } })).body.problems[0].path).to.equal('/closesOn');
      expect((await h.call('PATCH', '/360', { token: f, body: { closesOn: '14/02/2027' } })).status).to.equal(400);
      expect((await h.call('POST', '/360/close', { token: f })).body.status).to.equal('closed');
      expect((await h.call('GET', '/me', { token: rater(s, 'peer-1').token })).status).to.equal(410);
      const moved = await h.call('PATCH', '/360', { token: f, body: { closesOn: '2027-02-14' } });
      expect(moved.body).to.deep.equal({ status: 'open', closesOn: '2027-02-14' });
      expect((await h.call('GET', '/me', { token: rater(s, 'peer-1').token })).body.assessment.closesOn).to.equal('2027-02-14');
    });

    it('a 360 past its closing day is closed: sends get 410', async () => {
      const h = get();
      const s = await h.setup(setupBody({ closesOn: '2026-12-03' }));
      h.clock.now = new Date('2026-12-04T00:00:01Z');
      try {
        const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
        const res = await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body });
        expect(res.status).to.equal(410);
        expect(res.body.problems[0].message).to.match(/closed/);
        expect((await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, 1) })).status).to.equal(410);
        expect((await h.call('GET', '/progress', { token: s.tokens.facilitator })).body.status).to.equal('closed');
      } finally {
        h.clock.now = new Date('2026-12-02T12:00:00Z');
      }
    });

    it('release needs the 360 closed, and confirmation below the all-raters minimum', async () => {
      const h = get();
      const s = await h.setup();
      const f = s.tokens.facilitator;
      await sendAll(h, s, ['peer-1', 'peer-2']);
      expect((await h.call('POST', '/360/release', { token: f })).status).to.equal(409);
      await h.call('POST', '/360/close', { token: f });
      const refused = await h.call('POST', '/360/release', { token: f });
      expect(refused.status).to.equal(409);
      expect(refused.body.problems[0].message).to.match(/confirmBelowMinimum/);
      expect((await h.call('POST', '/360/release', { token: f, body: { confirmBelowMinimum: 'yes' } })).status).to.equal(400);
      expect((await h.call('GET', '/report', { token: s.tokens.leader })).body.state).to.equal('not-released');
      const released = await h.call('POST', '/360/release', { token: f, body: { confirmBelowMinimum: true } });
      expect(released.status).to.equal(200);
      expect(released.body.status).to.equal('released');
      expect((await h.call('GET', '/report', { token: s.tokens.leader })).body.state).to.equal('released');
      expect((await h.call('PATCH', '/360', { token: f, body: { closesOn: '2027-03-01' } })).status).to.equal(409);
      expect((await h.call('POST', '/360/close', { token: f })).status).to.equal(409);
    });
  });

  describe('GET /report', () => {
    it('before release: only the counts, to the leader and the facilitator', async () => {
      const h = get();
      const s = await h.setup();
      await sendAll(h, s, ['peer-1']);
      for (const token of [s.tokens.leader, s.tokens.facilitator]) {
        const res = await h.call('GET', '/report', { token });
        expect(res.body).to.deep.equal({ state: 'not-released', status: 'open', responded: 1, invited: 7, self: false });
      }
    });

    it('after release: the same figures as aggregate() on the same responses, with no names, ids or rejections', async () => {
      const h = get();
      const s = await h.setup();
      const refs = ['line-manager-1', 'peer-1', 'peer-2', 'peer-3', 'direct-report-1', 'direct-report-2', 'direct-report-3'];
      await sendAll(h, s, refs);
      const self = exampleResponse(realFramework, s.id, { respondent: 'self' }, 42);
      await h.call('POST', '/responses', { token: s.tokens.leader, body: self });
      await h.call('POST', '/360/close', { token: s.tokens.facilitator });
      expect((await h.call('POST', '/360/release', { token: s.tokens.facilitator })).status).to.equal(200);
      const res = await h.call('GET', '/report', { token: s.tokens.leader });
      expect(res.status).to.equal(200);
      expect(res.body.state).to.equal('released');
      expect(res.body.previous).to.equal(null);
      const expected = aggregate(realFramework, [
        { name: 'self', json: self },
        ...refs.map((ref, i) => ({ name: ref, json: exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: rater(s, ref).group }, i + 1) })),
      ], { assessmentId: s.id, invited: 7 });
      expect(res.body.result.rejected).to.deep.equal([]);
      expect(res.body.result.themes).to.deep.equal(JSON.parse(JSON.stringify(expected.themes)));
      expect(res.body.result.respondents).to.deep.equal(JSON.parse(JSON.stringify(expected.respondents)));
      expect(res.body.result.comments).to.have.deep.members(JSON.parse(JSON.stringify(expected.comments)));
      const text = JSON.stringify(res.body);
      const { rows } = await h.store.query<{ id: string }>('SELECT id::text AS id FROM responses');
      for (const { id } of rows) expect(text).not.to.contain(id);
      for (const ref of refs) expect(text).not.to.contain(ref);
      // Released, it cannot change: the second answer (kept in memory) is the same.
      expect((await h.call('GET', '/report', { token: s.tokens.facilitator })).body).to.deep.equal(res.body);
    });

    it('serves the previous 360\'s result beside it when that one was released', async () => {
      const h = get();
      const first = await h.setup();
      await sendAll(h, first, ['peer-1', 'peer-2', 'peer-3']);
      await h.call('POST', '/360/close', { token: first.tokens.facilitator });
      await h.call('POST', '/360/release', { token: first.tokens.facilitator });
      const second = await h.setup(setupBody({ previous: first.id }));
      await sendAll(h, second, ['peer-1', 'peer-2', 'peer-3']);
      await h.call('POST', '/360/close', { token: second.tokens.facilitator });
      await h.call('POST', '/360/release', { token: second.tokens.facilitator });
      const res = await h.call('GET', '/report', { token: second.tokens.leader });
      expect(res.body.previous.assessmentId).to.equal(first.id);
      expect(res.body.result.assessmentId).to.equal(second.id);
    });
  });
});
