/**
 * `POST /360/release`: lets the leader see the report. Needs the 360 closed; below the all-raters
 * minimum it needs `{ "confirmBelowMinimum": true }` (409 otherwise).
 */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { readJsonObject, unknownKeys } from '../body.js';
import { fail, HttpProblem } from '../problems.js';
import { forgetSendDigests, progressOf, setStatus, statusOn } from '../queries.js';

export function releaseRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const a = c.get('caller').assessment;
    const body = await readJsonObject(c, { optional: true });
    const extra = unknownKeys(body, ['confirmBelowMinimum']);
    if (extra.length) throw new HttpProblem(400, extra);
    if (body.confirmBelowMinimum !== undefined && typeof body.confirmBelowMinimum !== 'boolean') {
      fail(400, 'Give true or false.', '/confirmBelowMinimum');
    }
    const status = statusOn(a, deps.today());
    if (status === 'released') return c.json({ status: 'released', closesOn: a.closesOn });
    if (status === 'open') fail(409, 'Close the 360 before releasing the report: responses may still arrive.');
    const { groups } = await progressOf(deps.store, a.id);
    const responded = groups.reduce((sum, g) => sum + g.responded, 0);
    if (responded < a.minimums.allRaters && body.confirmBelowMinimum !== true) {
      fail(409, `Only ${responded} of the ${a.minimums.allRaters} raters needed for the all-raters figures responded, so the report will hide most figures. Release anyway only if you mean to: send { "confirmBelowMinimum": true }.`);
    }
    // No send can come after release, so the links' send digests (kept for retries) go with it.
    const released = await deps.store.transaction(async (tx) => {
      if (!(await setStatus(tx, a.id, ['open', 'closed'], 'released'))) return false;
      await forgetSendDigests(tx, a.id);
      return true;
    });
    if (!released) fail(409, 'The 360 changed meanwhile. Reload and try again.');
    return c.json({ status: 'released', closesOn: a.closesOn });
  };
}
