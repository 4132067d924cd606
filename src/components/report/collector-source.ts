/**
 * Loads the leader's report from the collector (`GET /report`, docs/collector-api.md) and checks the
 * figures before the report shows them. Only the `AggregateResult` ever reaches the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getReport } from '../../client/collector.js';
import type { AggregateResult } from '../../core/aggregate.js';
import type { Problem } from '../../core/types.js';
import { validateAggregateResult } from '../../core/validate-result.js';

export type CollectorReport =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'not-released'; responded: number; invited: number; self: boolean }
  /** `previous`: the leader's previous 360, when this one names it and it is released (checked like `result`; `null` when not usable). */
  | { state: 'released'; result: AggregateResult; previous: AggregateResult | null }
  /** `retry`: the failure may pass (network, timeout, 5xx), so the page offers to try again. */
  | { state: 'failed'; problems: Problem[]; retry: boolean };

export class CollectorReportController implements ReactiveController {
  value: CollectorReport = { state: 'idle' };
  #request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts a load; an earlier one still running is cancelled, so the last request wins. */
  load(collector: string, token: string | undefined): void {
    this.#request?.abort();
    if (!token) {
      this.#set({ state: 'failed', retry: false, problems: [{ path: '', message: 'This page needs the report link you were sent. Open that link again.' }] });
      return;
    }
    const request = (this.#request = new AbortController());
    this.#set({ state: 'loading' });
    void getReport(collector, token, { signal: request.signal }).then((answer) => {
      if (request.signal.aborted) return;
      if (!answer.ok) {
        const retry = answer.kind === 'network' || answer.kind === 'timeout' || (answer.status ?? 0) >= 500;
        this.#set({ state: 'failed', retry, problems: answer.problems });
      } else if (answer.body.state === 'not-released') {
        const { responded, invited, self } = answer.body;
        this.#set({ state: 'not-released', responded, invited, self });
      } else {
        const checked = validateAggregateResult(answer.body.result);
        const previous = answer.body.previous ? validateAggregateResult(answer.body.previous) : null;
        this.#set(checked.ok
          ? { state: 'released', result: checked.value, previous: previous?.ok ? previous.value : null }
          : { state: 'failed', retry: false, problems: checked.problems });
      }
    });
  }

  clear(): void {
    this.#request?.abort();
    this.value = { state: 'idle' };
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  #set(value: CollectorReport): void {
    this.value = value;
    this.host.requestUpdate();
  }
}
