import type { Context, MiddlewareHandler } from 'hono';
import type { CollectorEnv, Deps } from './context.js';
import type { Role } from './options.js';
import { fail } from './problems.js';
import { findAssessment, findLink } from './queries.js';
import { hashToken, looksLikeToken } from './tokens.js';

const ROLE_NAMES: Record<Role, string> = { facilitator: 'the facilitator', leader: 'the leader', rater: 'a rater' };

/** The client's address for the rate limit: the host's choice, else the socket under @hono/node-server. */
export function clientAddress(c: Context, deps: Deps): string {
  const chosen = deps.options.clientAddress?.(c.req.raw, c.env);
  if (chosen) return chosen;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The bearer token of a request, or `null`. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header && /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/**
 * Middleware: works out the caller (host sign-in first, then the link) and refuses roles not in
 * `roles`. 401 no token · 404 unknown link · 403 another role · 429 too many look-ups.
 */
export function requireRole(deps: Deps, roles: Role[]): MiddlewareHandler<CollectorEnv> {
  return async (c, next) => {
    const address = clientAddress(c, deps);
    const identity = deps.options.authenticate ? await deps.options.authenticate(c.req.raw) : null;
    if (identity) {
      // Raters are never signed in: their single-use link is what keeps them anonymous.
      if (identity.role !== 'facilitator' && identity.role !== 'leader') throw new Error('authenticate() may only return the facilitator or leader role.');
      const assessment = await findAssessment(deps.store, identity.assessmentId);
      if (!assessment) fail(404, 'There is no 360 with this id.');
      c.set('caller', { role: identity.role, assessment, groupId: null, used: false, tokenHash: null });
    } else {
      const token = bearerToken(c.req.raw);
      if (!token) fail(401, 'This needs the link you were sent: open it again from your invitation.');
      if (!deps.limiter.allow(address)) fail(429, 'Too many requests from this address. Wait a minute and try again.');
      const tokenHash = looksLikeToken(token) ? hashToken(token) : null;
      const link = tokenHash ? await findLink(deps.store, tokenHash) : null;
      if (!link) {
        if (!deps.limiter.allowUnknown(address)) fail(429, 'Too many unknown links from this address. Wait a minute and try again.');
        fail(404, 'This link is not known. Check it was copied in full, or ask whoever sent it for a new one.');
      }
      c.set('caller', { role: link.role, assessment: link.assessment, groupId: link.groupId, used: link.used, tokenHash });
    }
    const caller = c.get('caller');
    if (!roles.includes(caller.role)) {
      fail(403, `This is for ${roles.map((r) => ROLE_NAMES[r]).join(' or ')}; the link used belongs to ${ROLE_NAMES[caller.role]}.`);
    }
    await next();
  };
}
