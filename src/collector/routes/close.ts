/** `POST /360/close`: stops sends now (whatever the closing date). */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { fail } from '../problems.js';
import { setStatus } from '../queries.js';

export function closeRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => {
    const a = c.get('caller').assessment;
    if (a.status === 'released') fail(409, 'The report has already been released.');
    // Closing a closed 360 again changes nothing and is not an error (a retried click).
    if (a.status === 'open' && !(await setStatus(deps.store, a.id, ['open'], 'closed'))) {
      fail(409, 'The 360 changed meanwhile. Reload and try again.');
    }
    return c.json({ status: 'closed', closesOn: a.closesOn });
  };
}
