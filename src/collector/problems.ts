import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../core/types.js';

/** An answer that is not a success: a status and the problems, in plain words, with JSON Pointers. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'HttpProblem';
  }
}

/** Throws a problem answer about one path (`""`: the whole body or request). */
export function fail(status: ContentfulStatusCode, message: string, path = ''): never {
  throw new HttpProblem(status, [{ path, message }]);
}

/** The JSON body of a problem answer. */
export function problemResponse(c: Context, status: ContentfulStatusCode, problems: Problem[]): Response {
  return c.json({ problems }, status);
}
