/** `POST /360s`: sets up a 360 and returns its links, the only time they are ever shown. */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { readJsonObject } from '../body.js';
import { fail, HttpProblem } from '../problems.js';
import { findAssessment, insertAssessment, type NewAssessment } from '../queries.js';
import { checkSetup } from '../setup-body.js';
import { hashToken, newToken } from '../tokens.js';

export function setupRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const hook = deps.options.authorizeSetup;
    if (!hook) fail(403, 'Setting up a 360 is not enabled on this collector (the host gives no authorizeSetup hook).');
    if (!(await hook(c.req.raw))) {
      if (!c.req.header('authorization')) fail(401, 'Setting up a 360 needs you signed in as someone who may, or the set-up key as a bearer token.');
      fail(403, 'You may not set up a 360 here.');
    }
    const today = deps.today();
    const checked = checkSetup(await readJsonObject(c), today);
    if (!checked.ok) throw new HttpProblem(400, checked.problems);
    const setup = checked.value;
    if (setup.previous && !(await findAssessment(deps.store, setup.previous))) fail(400, 'There is no 360 with this id.', '/previous');

    const facilitator = newToken();
    const leader = newToken();
    const raters = setup.groups.flatMap((group) =>
      Array.from({ length: group.invited }, (_, i) => ({
        ref: `${group.id}-${i + 1}`,
        group: group.id,
        token: newToken(),
        contact: setup.contacts[group.id]?.[i] ?? null,
      })),
    );
    const input: NewAssessment = {
      leaderName: setup.leaderName,
      closesOn: setup.closesOn,
      frameworkId: deps.framework.id,
      frameworkVersion: deps.framework.version,
      includeSupplementary: setup.includeSupplementary,
      minimums: setup.minimums,
      previousId: setup.previous,
      cohortId: setup.cohort,
      createdOn: today,
      groups: setup.groups.map((g, position) => ({ ...g, position })),
      invitations: [
        { tokenHash: hashToken(facilitator), role: 'facilitator', groupId: null, ref: null, contact: null },
        { tokenHash: hashToken(leader), role: 'leader', groupId: null, ref: null, contact: null },
        ...raters.map((r) => ({ tokenHash: hashToken(r.token), role: 'rater' as const, groupId: r.group, ref: r.ref, contact: r.contact })),
      ],
    };
    const id = await insertAssessment(deps.store, input);
    return c.json(
      {
        id,
        leaderName: setup.leaderName,
        closesOn: setup.closesOn,
        tokens: { facilitator, leader, raters: raters.map(({ ref, group, token }) => ({ ref, group, token })) },
      },
      201,
    );
  };
}
