/** `GET /invitations/unused`: links not yet used, by ref and contact, for reminders (never tokens). */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';
import { unusedInvitations } from '../queries.js';

export function unusedInvitationsRoute(deps: Deps): Handler<CollectorEnv> {
  return async (c) => c.json({ invitations: await unusedInvitations(deps.store, c.get('caller').assessment.id) });
}
