/**
 * `POST /responses`: a rater's or the leader's response. Checked with `validateResponse`; the 360,
 * respondent and group come from the link and must match the body. `201` means it is committed.
 */
import type { Handler } from 'hono';
import { validateResponse } from '../../core/validate.js';
import type { Problem } from '../../core/types.js';
import type { CollectorEnv, Deps } from '../context.js';
import { readJsonObject } from '../body.js';
import { fail, HttpProblem } from '../problems.js';
import { statusOn, storeRaterResponse, storeSelfResponse } from '../queries.js';

const USED = 'This link has already been used to send a response. Each link works once, so your answers were received.';

export function responsesRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const caller = c.get('caller');
    const a = caller.assessment;
    const closed = () => fail(410, `This 360 for ${a.leaderName} closed on ${a.closesOn} and takes no more responses.`);
    if (caller.role === 'rater' && caller.used) fail(409, USED);
    if (statusOn(a, deps.today()) !== 'open') closed();

    const body = await readJsonObject(c);
    const checked = validateResponse(body, deps.framework);
    if (!checked.ok) throw new HttpProblem(400, checked.problems);
    const response = checked.value;
    const problems: Problem[] = [];
    if (response.assessmentId !== a.id) {
      problems.push({ path: '/assessmentId', message: `This link is for 360 "${a.id}", but the response names another.` });
    }
    const respondent = caller.role === 'leader' ? 'self' : 'rater';
    if (response.respondent !== respondent) {
      problems.push({ path: '/respondent', message: `This link is for ${respondent === 'self' ? 'the leader\'s own (self) response' : 'a rater'}; the response says "${response.respondent}".` });
    } else if (respondent === 'rater' && response.relationship !== caller.groupId) {
      problems.push({ path: '/relationship', message: `This link is for the group "${caller.groupId}"; the response says "${String(response.relationship).slice(0, 60)}".` });
    } else if (respondent === 'self' && response.relationship !== undefined) {
      problems.push({ path: '/relationship', message: 'A self response has no relationship.' });
    }
    if (problems.length) throw new HttpProblem(400, problems);

    // Only the answers are kept: not the sender's response id, and the day, not the time.
    const today = deps.today();
    const outcome = caller.role === 'leader'
      ? await storeSelfResponse(deps.store, { assessmentId: a.id, today, answers: response.answers })
      : await storeRaterResponse(deps.store, { tokenHash: caller.tokenHash!, assessmentId: a.id, today, answers: response.answers });
    if (outcome === 'closed') closed();
    if (outcome === 'used') fail(409, caller.role === 'leader' ? 'Your self response has already been received; it can be sent once.' : USED);
    return c.json({ received: true }, 201);
  };
}
