/** `PATCH /360`: a new closing date. A closed 360 opens again, until it is released. */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { readJsonObject, unknownKeys } from '../body.js';
import { isIsoDay } from '../dates.js';
import { fail, HttpProblem } from '../problems.js';
import { setStatus } from '../queries.js';

export function closingDateRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const a = c.get('caller').assessment;
    const body = await readJsonObject(c);
    const extra = unknownKeys(body, ['closesOn']);
    if (extra.length) throw new HttpProblem(400, extra);
    const today = deps.today();
    if (!isIsoDay(body.closesOn)) fail(400, 'Give the closing date as YYYY-MM-DD, e.g. "2027-02-14".', '/closesOn');
    if (body.closesOn < today) fail(400, `The closing date ${body.closesOn} is in the past (today is ${today}).`, '/closesOn');
    if (a.status === 'released') fail(409, 'The report has been released, so this 360 cannot open again.');
    if (!(await setStatus(deps.store, a.id, ['open', 'closed'], 'open', body.closesOn))) {
      fail(409, 'The report has been released, so this 360 cannot open again.');
    }
    return c.json({ status: 'open', closesOn: body.closesOn });
  };
}
