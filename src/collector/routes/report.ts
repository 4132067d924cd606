/**
 * `GET /report`: figures only, worked out on the server with the 360's minimums; never a raw
 * response. Served after release, to the leader and the facilitator alike: a result seen while
 * responses can still arrive, compared with one seen after the next send, would give away that
 * rater's answers.
 */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { findAssessment, progressOf, statusOn } from '../queries.js';
import { reportOf } from '../report.js';

export function reportRoute(deps: Deps): Handler<CollectorEnv> {
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
    const previousAssessment = a.previousId ? await findAssessment(deps.store, a.previousId) : null;
    const [result, previous] = await Promise.all([
      reportOf(deps.store, deps.framework, a),
      previousAssessment?.status === 'released' ? reportOf(deps.store, deps.framework, previousAssessment) : null,
    ]);
    return c.json({ state: 'released', result, previous });
  };
}
