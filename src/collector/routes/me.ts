/** `GET /me`: who the link belongs to and the 360 it is for (what `<lpc-assessment>` needs to start). */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { refuse } from '../problems.js';
import { groupsOf, selfSubmitted, statusOn } from '../queries.js';

export function meRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const caller = c.get('caller');
    const a = caller.assessment;
    const status = statusOn(a, deps.today());
    if (caller.role === 'rater') {
      if (caller.used) refuse(409, 'link-used', 'This link has already been used to send a response. Each link works once, so your answers were received.');
      if (status !== 'open') refuse(410, 'closed', `This 360 for ${a.leaderName} closed on ${a.closesOn} and takes no more responses.`);
    }
    const groups = await groupsOf(deps.store, a.id);
    const body: Record<string, unknown> = {
      role: caller.role,
      assessment: {
        id: a.id,
        leaderName: a.leaderName,
        closesOn: a.closesOn,
        status,
        frameworkId: a.frameworkId,
        includeSupplementary: a.includeSupplementary,
        groups: groups.map((g) => ({ id: g.id, label: g.label, minimum: g.minimum })),
        minimums: a.minimums,
      },
    };
    if (caller.role === 'rater') {
      const group = groups.find((g) => g.id === caller.groupId);
      body.rater = { group: caller.groupId, groupLabel: group?.label ?? caller.groupId, minimum: group?.minimum };
    }
    if (caller.role === 'leader') body.leader = { selfSubmitted: await selfSubmitted(deps.store, a.id) };
    return c.json(body);
  };
}
