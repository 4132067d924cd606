// POST /cohorts and GET /cohort/report, against PGlite and a real PostgreSQL server.
import { expect } from 'chai';
import { exampleResponse } from '../../src/collector/example.js';
import { forEachDatabase, realFramework, setupBody, type Harness } from './harness.js';

/** A released 360 for one leader of the cohort, with its raters' responses. */
async function leader(h: Harness, cohort: string, name: string, seed: number) {
  const s = await h.setup(setupBody({ leaderName: name, cohort }));
  for (const [i, link] of s.tokens.raters.entries()) {
    await h.call('POST', '/responses', { token: link.token, body: exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: link.group }, seed * 10 + i) });
  }
  await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, seed) });
  await h.call('POST', '/360/close', { token: s.tokens.facilitator });
  expect((await h.call('POST', '/360/release', { token: s.tokens.facilitator })).status).to.equal(200);
  return s;
}

forEachDatabase((get) => {
  describe('cohort routes', () => {
    it('makes a cohort and its lead\'s link, keeping only the link\'s hash', async () => {
      const h = get();
      const res = await h.call('POST', '/cohorts', { body: { name: 'Leadership programme 2027' } });
      expect(res.status).to.equal(201);
      expect(res.body).to.include({ name: 'Leadership programme 2027', minimumLeaders: 5 });
      expect(res.body.token).to.match(/^[A-Za-z0-9_-]{22}$/);
      const dump = JSON.stringify((await h.store.query('SELECT * FROM cohort_leads')).rows) + JSON.stringify((await h.store.query('SELECT * FROM cohorts')).rows);
      expect(dump).not.to.contain(res.body.token);
    });

    it('names the path of each problem, and never allows fewer than 3 leaders', async () => {
      const h = get();
      const res = await h.call('POST', '/cohorts', { body: { name: '', minimumLeaders: 2, colour: 'red' } });
      expect(res.status).to.equal(400);
      expect(res.body.problems.map((p: { path: string }) => p.path)).to.deep.equal(['/colour', '/name', '/minimumLeaders']);
    });

    it('shows nothing but the number of leaders below the minimum, then the cohort view with no leader named', async () => {
      const h = get();
      const cohort = (await h.call('POST', '/cohorts', { body: { name: 'Programme' } })).body;
      const leaders = [];
      for (let i = 0; i < 4; i++) leaders.push(await leader(h, cohort.id, `Leader Name ${i}`, i + 1));
      // A 360 of the cohort not yet released is not counted.
      await h.setup(setupBody({ leaderName: 'Not released', cohort: cohort.id }));
      const few = await h.call('GET', '/cohort/report', { token: cohort.token });
      expect(few.status).to.equal(200);
      expect(few.body.report).to.include({ leaders: 4, shown: false, minimumLeaders: 5 });
      expect(few.body.report.items).to.deep.equal([]);

      leaders.push(await leader(h, cohort.id, 'Leader Name 4', 5));
      const view = await h.call('GET', '/cohort/report', { token: cohort.token });
      expect(view.body.report).to.include({ leaders: 5, shown: true });
      expect(view.body.report.items.length).to.be.greaterThan(0);
      const text = JSON.stringify(view.body);
      for (const s of leaders) expect(text).not.to.contain(s.id);
      expect(text).not.to.contain('Leader Name');
      for (const item of view.body.report.items) {
        if (item.allRaters.status === 'shown') expect(item.allRaters.leaders).to.be.at.least(5);
      }
    });

    it('takes only a cohort link', async () => {
      const h = get();
      const s = await h.setup();
      expect((await h.call('GET', '/cohort/report', { token: s.tokens.leader })).status).to.equal(404);
      expect((await h.call('GET', '/cohort/report', { token: 'not-a-token' })).status).to.equal(404);
      expect((await h.call('GET', '/cohort/report')).status).to.equal(401);
    });
  });
});
