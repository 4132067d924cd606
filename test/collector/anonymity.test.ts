// Anonymity kept by the schema and by what the routes serve. PGlite and PostgreSQL.
import { expect } from 'chai';
import { exampleResponse } from '../../src/collector/example.js';
import { sendDigest } from '../../src/collector/send-digest.js';
import { forEachDatabase, realFramework, setupBody, type Setup } from './harness.js';

const rater = (s: Setup, ref: string) => s.tokens.raters.find((r) => r.ref === ref)!;

forEachDatabase((get) => {
  it('no foreign key joins responses and invitations, either way', async () => {
    const { rows } = await get().store.query<{ from_table: string; to_table: string }>(
      `SELECT tc.table_name AS from_table, ccu.table_name AS to_table
       FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`,
    );
    const links = rows.map((r) => `${r.from_table}->${r.to_table}`);
    expect(links).to.include('responses->assessments'); // the query does find foreign keys
    expect(links.filter((l) => l.includes('invitations') && l.includes('responses'))).to.deep.equal([]);
  });

  it('the tables share only the 360 and the group; invitations keep no time and responses only a day', async () => {
    const { rows } = await get().store.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name IN ('invitations', 'responses')`,
    );
    const columns = (table: string) => rows.filter((r) => r.table_name === table);
    const invitationNames = new Set(columns('invitations').map((c) => c.column_name));
    const shared = columns('responses').map((c) => c.column_name).filter((n) => invitationNames.has(n)).sort();
    expect(shared).to.deep.equal(['assessment_id', 'group_id']);
    expect(columns('invitations').filter((c) => /time|date|interval/.test(c.data_type))).to.deep.equal([]);
    expect(columns('responses').filter((c) => /time|date|interval/.test(c.data_type)).map((c) => `${c.column_name} ${c.data_type}`)).to.deep.equal(['submitted_on date']);
    expect(columns('responses').map((c) => c.column_name)).not.to.include.members(['token_hash', 'ref', 'contact']);
    // No sequence or serial either: a response's id says nothing about its order.
    expect(columns('responses').find((c) => c.column_name === 'id')!.data_type).to.equal('uuid');
  });

  it('the report never carries a raw answer: small groups\' comments and scores stay out', async () => {
    const h = get();
    const s = await h.setup(setupBody({ groups: [{ id: 'line-manager', invited: 1 }, { id: 'peer', invited: 3 }, { id: 'direct-report', invited: 2 }] }));
    const secrets: string[] = [];
    for (const [i, ref] of ['peer-1', 'peer-2', 'peer-3', 'direct-report-1', 'direct-report-2', 'line-manager-1'].entries()) {
      const link = rater(s, ref);
      const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: link.group }, i + 1);
      if (link.group === 'direct-report') {
        const secret = `SECRET-${ref}`;
        secrets.push(secret);
        body.answers[5].comment = secret;
      }
      expect((await h.call('POST', '/responses', { token: link.token, body })).status).to.equal(201);
    }
    await h.call('POST', '/360/close', { token: s.tokens.facilitator });
    await h.call('POST', '/360/release', { token: s.tokens.facilitator });
    for (const token of [s.tokens.leader, s.tokens.facilitator]) {
      const res = await h.call('GET', '/report', { token });
      const text = JSON.stringify(res.body);
      expect(res.body.state).to.equal('released');
      for (const secret of secrets) expect(text).not.to.contain(secret);
      expect(res.body.result.withheldComments).to.be.at.least(2);
      expect(text).not.to.match(/"answers"|"submittedAt"|"respondent"|"relationship"/);
      // Two direct reports (minimum 3): never a figure of their own.
      for (const item of res.body.result.items) {
        const dr = item.groups.find((g: { group: string }) => g.group === 'direct-report');
        if (dr) expect(dr.figure.status).to.not.equal('shown');
      }
    }
  });

  it('progress and the unused list give counts and refs, never answers', async () => {
    const h = get();
    const s = await h.setup();
    const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
    body.answers[0].comment = 'SECRET-COMMENT';
    await h.call('POST', '/responses', { token: rater(s, 'peer-1').token, body });
    for (const path of ['/progress', '/invitations/unused', '/me', '/report']) {
      const text = JSON.stringify((await h.call('GET', path, { token: s.tokens.facilitator })).body);
      expect(text, path).not.to.contain('SECRET-COMMENT');
      expect(text, path).not.to.match(/"answers"/);
    }
  });

  it('the digest a used link keeps for retries is on the invitation only, and no response row gives it, even to someone holding the link', async () => {
    const h = get();
    const s = await h.setup();
    const link = rater(s, 'peer-1');
    const body = exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: 'peer' }, 1);
    body.id = crypto.randomUUID();
    expect((await h.call('POST', '/responses', { token: link.token, body })).status).to.equal(201);
    const { rows: columns } = await h.store.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'send_digest'`,
    );
    expect(columns.map((c) => c.table_name)).to.deep.equal(['invitations']);
    const { rows: [invitation] } = await h.store.query<{ digest: string }>(
      `SELECT encode(send_digest, 'hex') AS digest FROM invitations WHERE assessment_id = $1::uuid AND ref = 'peer-1'`, [s.id],
    );
    const { rows: [stored] } = await h.store.query<{ answers: unknown; group_id: string }>('SELECT answers, group_id FROM responses WHERE assessment_id = $1::uuid', [s.id]);
    expect(invitation.digest).to.have.length(64);
    // Everything the response row and the 360 keep, with the link's own token as the key, still
    // misses: the digest covers the sender's response id and time, which no row keeps.
    const fromRow = { ...body, id: undefined, submittedAt: undefined, answers: stored.answers, relationship: stored.group_id };
    expect(sendDigest(fromRow, { token: link.token }).toString('hex')).not.to.equal(invitation.digest);
    expect(sendDigest(stored.answers, { token: link.token }).toString('hex')).not.to.equal(invitation.digest);
    expect(sendDigest(body, { token: link.token }).toString('hex')).to.equal(invitation.digest); // only the sent body itself
    // Keyed by the token, which the database never holds: its hash is no key to it.
    const { rows: [hashed] } = await h.store.query<{ token_hash: string }>(`SELECT encode(token_hash, 'hex') AS token_hash FROM invitations WHERE assessment_id = $1::uuid AND ref = 'peer-1'`, [s.id]);
    expect(sendDigest(body, { token: hashed.token_hash }).toString('hex')).not.to.equal(invitation.digest);
  });
});
