/** `GET /progress`: invited and responded per group; never who said what. */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { progressOf, statusOn } from '../queries.js';

export function progressRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const a = c.get('caller').assessment;
    const { groups, self } = await progressOf(deps.store, a.id);
    return c.json({
      status: statusOn(a, deps.today()),
      closesOn: a.closesOn,
      self,
      groups: groups.map((g) => ({ id: g.id, label: g.label, invited: g.invited, responded: g.responded })),
      invited: groups.reduce((sum, g) => sum + g.invited, 0),
      responded: groups.reduce((sum, g) => sum + g.responded, 0),
      allRatersMinimum: a.minimums.allRaters,
    });
  };
}
