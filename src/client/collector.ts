/**
 * The browser's one client for the collector API (docs/collector-api.md): `collectorRequest` and a
 * typed helper per route. Every helper resolves to a `CollectorResult` (never throws), checks the
 * answer's shape, and sends the token only in the `Authorization` header. No DOM: `fetch` only.
 *
 * ```ts
 * const result = await getProgress('/api/v1', token);
 * if (result.ok) render(result.body); else showProblems(result.problems);
 * ```
 */
import type { AssessmentResponse, Framework } from '../core/types.js';
import type { Me, Progress, ReportAnswer, SetupRequest, SetupResult, UnusedInvitation } from './collector-types.js';
import { collectorRequest, type CollectorResult, type RequestOptions } from './request.js';
import { meShape, problemsOf, progressShape, reportShape, setupResultShape, unusedShape } from './shapes.js';

export * from './request.js';
export type * from './collector-types.js';

/** Options every helper takes: timeout, retries and cancellation (the token and body are the helper's). */
export type CallOptions = Omit<RequestOptions, 'token' | 'method' | 'body'>;

type Shape = Parameters<typeof problemsOf>[1];

async function call<T>(collector: string, path: string, options: RequestOptions, shape?: Shape): Promise<CollectorResult<T>> {
  const result = await collectorRequest<T>(collector, path, options);
  if (!result.ok || !shape) return result;
  const problems = problemsOf(result.body, shape);
  if (!problems.length) return result;
  return {
    ok: false,
    kind: 'invalid',
    status: result.status,
    problems: [
      { path: '', message: 'The collector sent an answer this page does not understand. It may be a different version.' },
      ...problems,
    ],
  };
}

/**
 * `POST /360s`: sets up a 360 and returns its links' tokens (the only time they are returned).
 * `setupKey` is sent as a bearer token when the collector asks for one (`LPC_SETUP_KEY`).
 * Not repeated after a timeout: a second 360 could be made if the first had arrived.
 */
export function createThreeSixty(collector: string, request: SetupRequest, options: CallOptions & { setupKey?: string } = {}) {
  const { setupKey, ...rest } = options;
  return call<SetupResult>(collector, '/360s', { retries: 0, ...rest, token: setupKey, method: 'POST', body: request }, setupResultShape);
}

/**
 * `GET /me`: who the token is, and the 360 it belongs to. A rater's used link answers `409` with
 * code `link-used`, a closed 360 `410` with code `closed`.
 */
export function getMe(collector: string, token: string, options: CallOptions = {}) {
  return call<Me>(collector, '/me', { ...options, token }, meShape);
}

/** `GET /framework`: the framework the collector validates against (checked by `<lpc-framework>` or `validateFramework`). */
export function getFramework(collector: string, options: CallOptions = {}) {
  return call<Framework>(collector, '/framework', options);
}

/**
 * `POST /responses`: `201 { received: true }` means the response is committed; `409` with code
 * `link-used`: the link was used for another response; `410` with code `closed`: the 360 is closed. After a network error, a timeout or a 5xx the same body is sent again
 * (the first may have been committed with its answer lost): the collector answers such a retry with
 * the same `201`. To retry later ("Try again"), pass the same `response` object again, not a new one.
 */
export function sendResponse(collector: string, token: string, response: AssessmentResponse, options: CallOptions = {}) {
  return call<{ received: true }>(collector, '/responses', { ...options, token, method: 'POST', body: response });
}

/** `GET /progress` (facilitator): responded and invited per group; never who said what. */
export function getProgress(collector: string, token: string, options: CallOptions = {}) {
  return call<Progress>(collector, '/progress', { ...options, token }, progressShape);
}

/** `GET /invitations/unused` (facilitator): refs and contacts of links not yet used, for reminders. */
export async function getUnusedInvitations(collector: string, token: string, options: CallOptions = {}): Promise<CollectorResult<UnusedInvitation[]>> {
  const result = await call<{ invitations: UnusedInvitation[] }>(collector, '/invitations/unused', { ...options, token }, unusedShape);
  return result.ok ? { ok: true, status: result.status, body: result.body.invitations } : result;
}

/** `PATCH /360` (facilitator): a new closing date, `YYYY-MM-DD`, not in the past. */
export function changeClosingDate(collector: string, token: string, closesOn: string, options: CallOptions = {}) {
  return call<unknown>(collector, '/360', { ...options, token, method: 'PATCH', body: { closesOn } });
}

/** `POST /360/close` (facilitator): no more responses are accepted. */
export function closeThreeSixty(collector: string, token: string, options: CallOptions = {}) {
  return call<unknown>(collector, '/360/close', { ...options, token, method: 'POST', body: {} });
}

/**
 * `POST /360/release` (facilitator): the leader can read the report. Below the all-raters minimum
 * the collector answers `409` unless `confirmBelowMinimum` is true.
 */
export function releaseThreeSixty(collector: string, token: string, confirmBelowMinimum = false, options: CallOptions = {}) {
  return call<unknown>(collector, '/360/release', {
    ...options,
    token,
    method: 'POST',
    body: confirmBelowMinimum ? { confirmBelowMinimum: true } : {},
  });
}

/** `GET /report` (leader after release, facilitator any time). `result` still needs validating before rendering. */
export function getReport(collector: string, token: string, options: CallOptions = {}) {
  return call<ReportAnswer>(collector, '/report', { ...options, token }, reportShape);
}
