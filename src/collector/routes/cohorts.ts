/**
 * Cohorts: `POST /cohorts` (with the set-up authorisation) makes a cohort and its lead's link;
 * `GET /cohort/report` (the cohort lead's link) gives the cohort view of the released 360s that
 * name the cohort. Each leader's figures are worked out with their own 360's rules first
 * (`reportOf`), then rolled up by `cohortReport` (src/core/cohort.ts): no per-leader row, and no
 * figure from fewer leaders than the cohort's minimum (5 by default, never below 3).
 */
import { randomUUID } from 'node:crypto';
import type { Handler } from 'hono';
import { cohortReport, COHORT_MINIMUM_FLOOR, DEFAULT_COHORT_MINIMUM } from '../../core/cohort.js';
import { bearerToken, clientAddress } from '../auth.js';
import { has, readJsonObject, unknownKeys } from '../body.js';
import type { CollectorEnv, Deps } from '../context.js';
import { fail, HttpProblem } from '../problems.js';
import { findAssessment } from '../queries.js';
import { reportOf } from '../report.js';
import { hashToken, looksLikeToken, newToken } from '../tokens.js';

export function createCohortRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const hook = deps.options.authorizeSetup;
    if (!hook) fail(403, 'Setting up a cohort is not enabled on this collector (the host gives no authorizeSetup hook).');
    if (!(await hook(c.req.raw))) {
      if (!c.req.header('authorization')) fail(401, 'Setting up a cohort needs the set-up key.');
      fail(403, 'You may not set up a cohort here.');
    }
    const body = await readJsonObject(c);
    const problems = unknownKeys(body, ['name', 'minimumLeaders']);
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (!name || name.length > 200) problems.push({ path: '/name', message: 'Give the cohort a name of 1 to 200 characters, e.g. "Leadership programme 2027".' });
    let minimum = DEFAULT_COHORT_MINIMUM;
    if (has(body, 'minimumLeaders')) {
      if (typeof body.minimumLeaders !== 'number' || !Number.isInteger(body.minimumLeaders) || body.minimumLeaders < COHORT_MINIMUM_FLOOR || body.minimumLeaders > 1000) {
        problems.push({ path: '/minimumLeaders', message: `Give a whole number of leaders from ${COHORT_MINIMUM_FLOOR} to 1000 (the default is ${DEFAULT_COHORT_MINIMUM}).` });
      } else minimum = body.minimumLeaders;
    }
    if (problems.length) throw new HttpProblem(400, problems);
    const id = randomUUID();
    const token = newToken();
    await deps.store.transaction(async (tx) => {
      await tx.query('INSERT INTO cohorts (id, name, minimum_leaders, created_on) VALUES ($1::uuid, $2, $3, $4::date)', [id, name, minimum, deps.today()]);
      await tx.query('INSERT INTO cohort_leads (token_hash, cohort_id) VALUES ($1, $2::uuid)', [hashToken(token), id]);
    });
    return c.json({ id, name, minimumLeaders: minimum, token }, 201);
  };
}

export function cohortReportRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const token = bearerToken(c.req.raw);
    if (!token) fail(401, 'This needs the cohort link you were sent: open it again.');
    const address = clientAddress(c, deps);
    if (!deps.limiter.allow(address)) fail(429, 'Too many requests from this address. Wait a minute and try again.');
    const { rows } = looksLikeToken(token)
      ? await deps.store.query<{ id: string; name: string; minimum_leaders: number }>(
          `SELECT c.id::text AS id, c.name, c.minimum_leaders FROM cohort_leads l JOIN cohorts c ON c.id = l.cohort_id WHERE l.token_hash = $1`,
          [hashToken(token)],
        )
      : { rows: [] };
    const cohort = rows[0];
    if (!cohort) {
      if (!deps.limiter.allowUnknown(address)) fail(429, 'Too many unknown links from this address. Wait a minute and try again.');
      // A 360's own link is not a cohort link: say which kind is needed, never whose it is.
      fail(404, 'This link is not a cohort link. Check it was copied in full, or ask whoever sent it for a new one.');
    }
    const released = await deps.store.query<{ id: string }>(
      `SELECT id::text AS id FROM assessments WHERE cohort_id = $1 AND status = 'released' ORDER BY id`,
      [cohort.id],
    );
    const results = [];
    for (const { id } of released.rows) {
      const assessment = await findAssessment(deps.store, id);
      if (assessment) results.push(await reportOf(deps.store, deps.framework, assessment));
    }
    const view = cohortReport(results, { minimumLeaders: cohort.minimum_leaders });
    return c.json({ cohort: { id: cohort.id, name: cohort.name, minimumLeaders: cohort.minimum_leaders }, report: { ...view, rejected: [] } });
  };
}
