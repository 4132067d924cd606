import { buildResponse, unansweredItems } from '../../core/response.js';
import { validateResponse } from '../../core/validate.js';
import type { AssessmentResponse, Draft, Framework, Respondent } from '../../core/types.js';
import type { PageError } from './view.js';
import { collectorRequest, sendResponse, type CollectorFailure, type CollectorResult } from '../../client/collector.js';

export interface PostOptions {
  /** Milliseconds before one attempt is given up. */
  timeoutMs: number;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs: number[];
}

/**
 * What a send came to. `status` is the HTTP status of a refusal (none for a network failure or
 * timeout), `code` the collector's reason for it (`link-used`, `closed`) when it gave one.
 */
export type PostOutcome = { ok: true; status: number } | { ok: false; status?: number; code?: string; message: string };

/** In plain words, for the check page's "Your answers have not been sent". */
function failureMessage(failure: CollectorFailure, fromCollector: boolean): string {
  if (failure.kind === 'timeout') return 'The server took too long to answer.';
  if (failure.kind === 'network') return 'Your answers could not reach the server. Check your connection.';
  if (fromCollector) return failure.problems.map((problem) => problem.message).join(' ');
  return `The server did not accept your answers (HTTP ${failure.status}).`;
}

const outcome = (result: CollectorResult<unknown>, fromCollector: boolean): PostOutcome =>
  result.ok
    ? { ok: true, status: result.status }
    : { ok: false, status: result.status, ...(fromCollector && result.code ? { code: result.code } : {}), message: failureMessage(result, fromCollector) };

/**
 * POSTs the response as JSON to a host's own `endpoint`, through the collector client: retries
 * after a network error, a timeout or a 5xx answer; never throws. The same response (same id) is
 * sent each time, so a server can drop duplicates.
 */
export async function postResponse(endpoint: string, response: AssessmentResponse, options: PostOptions): Promise<PostOutcome> {
  // The client joins a base and a route: split the endpoint at its last path segment.
  const cut = endpoint.split('?')[0].lastIndexOf('/');
  const [base, route] = cut < 0 ? ['.', endpoint] : [endpoint.slice(0, cut), endpoint.slice(cut)];
  const result = await collectorRequest(base, route, {
    method: 'POST',
    body: response,
    timeoutMs: options.timeoutMs,
    retries: options.retryDelaysMs.length,
    retryDelaysMs: options.retryDelaysMs,
  });
  return outcome(result, false);
}

/** `POST /responses` to the collector with the person's link. `201` means the response is committed. */
export async function sendToCollector(collector: string, token: string, response: AssessmentResponse, options: PostOptions): Promise<PostOutcome> {
  const result = await sendResponse(collector, token, response, {
    timeoutMs: options.timeoutMs,
    retries: options.retryDelaysMs.length,
    retryDelaysMs: options.retryDelaysMs,
  });
  return outcome(result, true);
}

export interface PrepareOptions {
  draft: Draft | undefined;
  framework: Framework;
  respondent: Respondent;
  relationship: string | undefined;
  /** The response of an earlier attempt, sent again with the same id. */
  pending: AssessmentResponse | undefined;
}

/** The response to send, or the problems that stop it (for the check page's error summary). */
export function prepareResponse({ draft, framework, respondent, relationship, pending }: PrepareOptions): AssessmentResponse | PageError[] {
  const missing = unansweredItems(draft, framework);
  const errors: PageError[] = [];
  if (respondent === 'rater' && !relationship) {
    errors.push({ targetId: 'change-relationship', message: 'Say how you work with the leader before you submit' });
  }
  if (!draft || missing.length) {
    errors.push({ targetId: 'submit', message: `Answer every statement before you submit: ${missing.length} not answered yet. Use the Change links below.` });
  }
  if (errors.length) return errors;
  const response = pending ?? buildResponse({ draft: draft!, framework, id: crypto.randomUUID(), submittedAt: new Date(), relationship });
  const valid = validateResponse(response, framework);
  return valid.ok ? response : valid.problems.map((problem) => ({ targetId: 'submit', message: `${problem.path}: ${problem.message}` }));
}
