/**
 * One HTTP request to the collector: a timeout, retries after failures that may pass, and every
 * outcome as data (never a throw). No DOM: `fetch` only.
 */
import type { Problem } from '../core/types.js';

export type FailureKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

export type CollectorResult<T> =
  | { ok: true; status: number; body: T }
  | {
      ok: false;
      /**
       * `network`: no answer (offline, refused, cancelled); `timeout`: no answer in time; `http`: an
       * error status (see `status`); `not-json`: an answer that is not JSON; `invalid` (route helpers
       * only): JSON that is not the shape the contract gives.
       */
      kind: FailureKind;
      status?: number;
      /** From the collector's `{ problems }` body when it gave one; otherwise one the client words. */
      problems: Problem[];
      /**
       * The collector's machine-readable reason, when its body gave one: `link-used` (the link's
       * response was received already) or `closed` (the 360 takes no more responses).
       */
      code?: string;
    };

export type CollectorFailure = Extract<CollectorResult<unknown>, { ok: false }>;

export interface RequestOptions {
  /** Sent as `Authorization: Bearer …`; never logged or put in a URL. */
  token?: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Milliseconds before one attempt is given up (default 15 000). */
  timeoutMs?: number;
  /** How many times a failed attempt is repeated (default 2). */
  retries?: number;
  /** Waits before each retry (default 1 s, then 3 s for every later one). */
  retryDelaysMs?: number[];
  /** Cancels the request; the result is then a `network` failure and nothing is retried. */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
const DEFAULT_DELAYS = [1_000, 3_000];

const MAX_PROBLEMS = 50;
const MAX_TEXT = 500;

/** Plain-English messages for an error status that came without problems of its own. */
export function statusMessage(status: number): string {
  if (status === 400) return 'The collector could not accept what was sent.';
  if (status === 401) return 'This page needs the link you were sent. Open that link again.';
  if (status === 403) return 'This link cannot be used for this page.';
  if (status === 404) return 'This link or 360 is not known. Check that you copied the whole link.';
  if (status === 409) return 'This link has already been used.';
  if (status === 410) return 'This 360 is closed.';
  if (status === 413) return 'What was sent is too large for the collector.';
  if (status === 429) return 'Too many attempts in a short time. Wait a minute, then try again.';
  if (status >= 500) return 'The collector is not available at the moment. Try again in a few minutes.';
  return `The collector answered with an unexpected status (HTTP ${status}).`;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Only these may pass on their own: the request may never have arrived, or the server may recover. */
const retryableStatus = (status: number) => status >= 500;

/** The `{ path, message }` problems of an error body, bounded in number and length; `[]` if none. */
export function problemsFrom(body: unknown): Problem[] {
  const list = body && typeof body === 'object' ? (body as { problems?: unknown }).problems : undefined;
  if (!Array.isArray(list)) return [];
  const problems: Problem[] = [];
  for (const item of list.slice(0, MAX_PROBLEMS)) {
    if (!item || typeof item !== 'object') continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof message !== 'string' || !message.trim()) continue;
    problems.push({ path: typeof path === 'string' ? path.slice(0, MAX_TEXT) : '', message: message.slice(0, MAX_TEXT) });
  }
  return problems;
}

/** The `code` of an error body: a short lower-case word (`link-used`), else `undefined`. */
export function codeFrom(body: unknown): string | undefined {
  const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[a-z0-9-]{1,40}$/.test(code) ? code : undefined;
}

/** `collector` (`/api/v1`, or an absolute URL) and a route path (`/progress`) as one URL. */
export function collectorUrl(collector: string, path: string): string {
  return collector.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

const failure = (kind: FailureKind, message: string, status?: number): CollectorFailure =>
  status === undefined ? { ok: false, kind, problems: [{ path: '', message }] } : { ok: false, kind, status, problems: [{ path: '', message }] };

/**
 * Sends one request to the collector and reads its JSON answer. Repeats it (same body) after a
 * network error, a timeout or a 5xx answer, up to `retries` times; any other answer is final.
 * Never throws.
 */
export async function collectorRequest<T = unknown>(collector: string, path: string, options: RequestOptions = {}): Promise<CollectorResult<T>> {
  const { token, method = options.body === undefined ? 'GET' : 'POST', body, signal } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES));
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const url = collectorUrl(collector, path);

  let last: CollectorFailure = failure('network', 'The request was not sent.');
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await wait(delays[Math.min(attempt - 1, delays.length - 1)] ?? 0, signal);
    if (signal?.aborted) return failure('network', 'The request was cancelled.');
    const outcome = await attemptOnce<T>(url, { method, headers, body: payload }, timeoutMs, signal);
    if (outcome.ok) return outcome;
    last = outcome;
    const again = outcome.kind === 'network' || outcome.kind === 'timeout' || (outcome.kind === 'http' && retryableStatus(outcome.status ?? 0));
    if (!again || signal?.aborted) return outcome;
  }
  return last;
}

async function attemptOnce<T>(url: string, init: RequestInit, timeoutMs: number, outer?: AbortSignal): Promise<CollectorResult<T>> {
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Race against the clock too, in case a fetch ignores the abort signal.
  const clock = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    const request = (async () => {
      const answer = await fetch(url, { ...init, signal: abort.signal, credentials: 'same-origin', cache: 'no-store' });
      return { answer, text: await answer.text() };
    })();
    const raced = await Promise.race([request, clock]);
    if (raced === 'timeout') return failure('timeout', 'The collector took too long to answer. Check your connection and try again.');
    return readAnswer<T>(raced.answer.status, raced.answer.ok, raced.text);
  } catch {
    if (timedOut) return failure('timeout', 'The collector took too long to answer. Check your connection and try again.');
    if (outer?.aborted) return failure('network', 'The request was cancelled.');
    return failure('network', 'The collector could not be reached. Check your connection and try again.');
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

function readAnswer<T>(status: number, ok: boolean, text: string): CollectorResult<T> {
  let parsed: unknown;
  let isJson = true;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    isJson = false;
  }
  if (!ok) {
    const problems = isJson ? problemsFrom(parsed) : [];
    const code = isJson ? codeFrom(parsed) : undefined;
    const failed: CollectorFailure = { ok: false, kind: 'http', status, problems: problems.length ? problems : [{ path: '', message: statusMessage(status) }] };
    return code ? { ...failed, code } : failed;
  }
  // A 2xx with no body (a 204, say) carries nothing to read.
  if (parsed === undefined && isJson) return { ok: true, status, body: null as T };
  if (!isJson) {
    return failure('not-json', 'The collector sent an answer this page cannot read (not JSON). Check the collector address.', status);
  }
  return { ok: true, status, body: parsed as T };
}
