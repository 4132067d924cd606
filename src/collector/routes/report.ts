/**
 * `GET /report`: figures only, worked out on the server with the 360's minimums; never a raw
 * response. Served after release, to the leader and the facilitator alike: a result seen while
 * responses can still arrive, compared with one seen after the next send, would give away that
 * rater's answers.
 *
 * A released 360 can change no more (no sends, no reopening), so its answer is kept in memory once
 * worked out (`reportCache` entries, oldest dropped first).
 */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { findAssessment, progressOf, statusOn } from '../queries.js';
import { reportOf } from '../report.js';

export function reportRoute(deps: Deps): Handler<CollectorEnv> {
  const cache = new Map<string, string>();
  const size = deps.options.reportCache ?? 200;
  return async (c) => {
    const a = c.get('caller').assessment;
    const status = statusOn(a, deps.today());
    if (status !== 'released') {
      const { groups, self } = await progressOf(deps.store, a.id);
      return c.json({
        state: 'not-released',
        status,
        responded: groups.reduce((sum, g) => sum + g.responded, 0),
        invited: groups.reduce((sum, g) => sum + g.invited, 0),
        self,
      });
    }
    const cached = cache.get(a.id);
    if (cached !== undefined) {
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(cached);
    }
    const previousAssessment = a.previousId ? await findAssessment(deps.store, a.previousId) : null;
    const [result, previous] = await Promise.all([
      reportOf(deps.store, deps.framework, a),
      previousAssessment?.status === 'released' ? reportOf(deps.store, deps.framework, previousAssessment) : null,
    ]);
    const body = JSON.stringify({ state: 'released', result, previous });
    // Not kept while a previous 360 is still to be released: its figures would join this answer later.
    if (size > 0 && (!a.previousId || previous)) {
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(a.id, body);
    }
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body);
  };
}
