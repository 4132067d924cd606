import { buildResponse, unansweredItems } from '../../core/response.js';
import { validateResponse } from '../../core/validate.js';
import type { AssessmentResponse, Draft, Framework, Respondent } from '../../core/types.js';
import type { PageError } from './view.js';

export interface PostOptions {
  /** Milliseconds before one attempt is given up. */
  timeoutMs: number;
  /** Waits before each retry; its length is the number of retries. */
  retryDelaysMs: number[];
}

export type PostOutcome = { ok: true; status: number } | { ok: false; message: string };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a failed attempt is worth repeating (the server or the network may recover). */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * POSTs the response as JSON. Retries after a network error, a timeout or a 5xx/408/429 answer;
 * never throws. The same response (same id) is sent each time, so a server can drop duplicates.
 */
export async function postResponse(endpoint: string, response: AssessmentResponse, options: PostOptions): Promise<PostOutcome> {
  let last: PostOutcome = { ok: false, message: 'Your answers were not sent.' };
  for (let attempt = 0; attempt <= options.retryDelaysMs.length; attempt++) {
    if (attempt > 0) await wait(options.retryDelaysMs[attempt - 1]);
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Race the request against the clock too, in case a fetch ignores the abort signal.
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        abort.abort();
        resolve('timeout');
      }, options.timeoutMs);
    });
    try {
      const answer = await Promise.race([
        fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(response),
          signal: abort.signal,
          credentials: 'same-origin',
        }),
        timedOut,
      ]);
      if (answer === 'timeout') {
        last = { ok: false, message: 'The server took too long to answer.' };
        continue;
      }
      if (answer.ok) return { ok: true, status: answer.status };
      last = { ok: false, message: `The server did not accept your answers (HTTP ${answer.status}).` };
      if (!retryable(answer.status)) return last;
    } catch {
      last = abort.signal.aborted
        ? { ok: false, message: 'The server took too long to answer.' }
        : { ok: false, message: 'Your answers could not reach the server. Check your connection.' };
    } finally {
      clearTimeout(timer);
    }
  }
  return last;
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
