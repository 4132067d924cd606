/**
 * The leader's development plan: `GET /plan`, `PUT /plan`, `POST /plan/share`.
 * Private to the leader; the facilitator can read it only while the leader shares it.
 */
import type { Handler } from 'hono';
import { validatePlan } from '../../core/plan.js';
import type { DevelopmentPlan } from '../../core/types.js';
import { readJsonObject, unknownKeys } from '../body.js';
import type { CollectorEnv, Deps } from '../context.js';
import { fail, HttpProblem } from '../problems.js';
import { statusOn } from '../queries.js';
import type { Sql } from '../store/types.js';

interface PlanRow {
  plan: DevelopmentPlan;
  shared: boolean;
  saved_at: string;
}

async function planOf(sql: Sql, assessmentId: string): Promise<{ plan: DevelopmentPlan | null; shared: boolean; savedAt: string | null }> {
  const { rows } = await sql.query<PlanRow>(
    `SELECT plan, shared, to_char(saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS saved_at FROM plans WHERE assessment_id = $1::uuid`,
    [assessmentId],
  );
  const row = rows[0];
  if (!row) return { plan: null, shared: false, savedAt: null };
  const plan = typeof row.plan === 'string' ? (JSON.parse(row.plan) as DevelopmentPlan) : row.plan;
  return { plan, shared: row.shared, savedAt: row.saved_at };
}

/** `GET /plan`: the leader's plan (or `null`); for the facilitator only while it is shared. */
export function getPlanRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const caller = c.get('caller');
    const stored = await planOf(deps.store, caller.assessment.id);
    if (caller.role === 'facilitator' && !stored.shared) {
      fail(403, 'The leader has not shared their development plan. It is private until they choose to share it.');
    }
    return c.json(stored);
  };
}

/** `PUT /plan` (leader): saves the plan, checked against the schema and the framework. */
export function putPlanRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const a = c.get('caller').assessment;
    if (statusOn(a, deps.today()) !== 'released') fail(409, 'Your report has not been released yet, so there is no plan to save.');
    const checked = validatePlan(await readJsonObject(c), deps.framework);
    if (!checked.ok) throw new HttpProblem(400, checked.problems);
    if (checked.value.assessmentId !== a.id) fail(400, 'This plan is for another 360. Make it from the report of this one.', '/assessmentId');
    const { rows } = await deps.store.query<{ shared: boolean }>(
      `INSERT INTO plans (assessment_id, plan, shared, saved_at) VALUES ($1::uuid, $2::jsonb, false, $3)
       ON CONFLICT (assessment_id) DO UPDATE SET plan = EXCLUDED.plan, saved_at = EXCLUDED.saved_at
       RETURNING shared`,
      [a.id, JSON.stringify(checked.value), deps.now().toISOString()],
    );
    return c.json(await planOf(deps.store, a.id).then((stored) => ({ ...stored, shared: rows[0].shared })));
  };
}

/** `POST /plan/share` (leader): `{ "shared": true }` lets the facilitator read the saved plan; `false` stops it. */
export function sharePlanRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const a = c.get('caller').assessment;
    const body = await readJsonObject(c);
    const problems = unknownKeys(body, ['shared']);
    if (typeof body.shared !== 'boolean') problems.push({ path: '/shared', message: 'Say true to share your plan with your facilitator, or false to stop sharing it.' });
    if (problems.length) throw new HttpProblem(400, problems);
    const { rows } = await deps.store.query<{ shared: boolean }>(
      'UPDATE plans SET shared = $2 WHERE assessment_id = $1::uuid RETURNING shared',
      [a.id, body.shared],
    );
    if (!rows.length) fail(409, 'Save your plan before you share it.');
    return c.json(await planOf(deps.store, a.id));
  };
}
