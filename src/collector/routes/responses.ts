/**
 * `POST /responses`: a rater's or the leader's response. Checked with `validateResponse`; the 360,
 * respondent and group come from the link and must match the body. `201` means it is committed.
 * The same body sent again on its link (a retry whose first answer was lost) gets the same `201`;
 * another body on a used link gets `409`.
 */
import type { Handler } from 'hono';
import { validateResponse } from '../../core/validate.js';
import type { Problem } from '../../core/types.js';
import type { CollectorEnv, Deps } from '../context.js';
import { bearerToken } from '../auth.js';
import { readJsonObject } from '../body.js';
import { HttpProblem, refuse } from '../problems.js';
import { sentBefore, statusOn, storeRaterResponse, storeSelfResponse, type Sender } from '../queries.js';
import { sendDigest } from '../send-digest.js';

const USED = 'This link has already been used to send a response. Each link works once, so your answers were received.';

export function responsesRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const caller = c.get('caller');
    const a = caller.assessment;
    const closed = () => refuse(410, 'closed', `This 360 for ${a.leaderName} closed on ${a.closesOn} and takes no more responses.`);
    const received = () => c.json({ received: true }, 201);
    const sender: Sender = caller.tokenHash && caller.role === 'rater' ? { tokenHash: caller.tokenHash } : { leaderOf: a.id };
    // Keyed by the token itself: the database keeps only its hash, so it cannot recompute a digest.
    const token = caller.tokenHash ? bearerToken(c.req.raw) : null;
    const digestOf = (body: unknown) => sendDigest(body, token ? { token } : { assessmentId: a.id });

    // Only a valid body is digested: it is shallow, whatever a hostile one nests.
    if (caller.role === 'rater' && caller.used) {
      // A used link takes only a retry of the send it was used with.
      const body = await readJsonObject(c).catch(() => undefined);
      const retry = body !== undefined && validateResponse(body, deps.framework).ok && (await sentBefore(deps.store, sender, digestOf(body)));
      if (retry) return received();
      refuse(409, 'link-used', USED);
    }
    const body = await readJsonObject(c);
    const checked = validateResponse(body, deps.framework);
    if (statusOn(a, deps.today()) !== 'open') {
      if (caller.role === 'leader' && checked.ok && (await sentBefore(deps.store, sender, digestOf(body)))) return received();
      closed();
    }
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
    const digest = digestOf(body);
    const outcome = caller.role === 'leader'
      ? await storeSelfResponse(deps.store, { assessmentId: a.id, today, answers: response.answers, digest })
      : await storeRaterResponse(deps.store, { tokenHash: caller.tokenHash!, assessmentId: a.id, today, answers: response.answers, digest });
    if (outcome === 'closed') closed();
    if (outcome === 'used') refuse(409, 'link-used', caller.role === 'leader' ? 'Your self response has already been received; it can be sent once.' : USED);
    return received();
  };
}
