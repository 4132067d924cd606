/** `GET /framework`: the framework responses are checked against. No token. */
import type { Handler } from 'hono';
import type { CollectorEnv, Deps } from '../context.js';

export function frameworkRoute(deps: Deps): Handler<CollectorEnv> {
  const body = JSON.stringify(deps.framework);
  return (c) => {
    // Public and the same for everyone: it may be cached, unlike every other answer.
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body);
  };
}
