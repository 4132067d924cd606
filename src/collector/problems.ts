import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../core/types.js';

/**
 * Why a link cannot be used, for clients to tell apart without reading the words (the body's
 * `code`): `link-used`, the link's response (or the leader's self response) was received already;
 * `closed`, the 360 takes no more responses.
 */
export type ProblemCode = 'link-used' | 'closed';

/** An answer that is not a success: a status and the problems, in plain words, with JSON Pointers. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly problems: Problem[],
    readonly code?: ProblemCode,
  ) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'HttpProblem';
  }
}

/** Throws a problem answer about one path (`""`: the whole body or request). */
export function fail(status: ContentfulStatusCode, message: string, path = ''): never {
  throw new HttpProblem(status, [{ path, message }]);
}

/** Throws a refusal of the whole request with a machine-readable `code` beside its message. */
export function refuse(status: ContentfulStatusCode, code: ProblemCode, message: string): never {
  throw new HttpProblem(status, [{ path: '', message }], code);
}

/** The JSON body of a problem answer. */
export function problemResponse(c: Context, status: ContentfulStatusCode, problems: Problem[], code?: ProblemCode): Response {
  return c.json(code ? { code, problems } : { problems }, status);
}
