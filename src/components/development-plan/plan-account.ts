/**
 * The plan on the leader's account (the collector): loads the released report and the plan saved
 * there, saves the plan and shares it with the facilitator. The element renders what this holds;
 * every change asks the host to render again.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AggregateResult } from '../../core/aggregate.js';
import { validatePlan } from '../../core/plan.js';
import type { DevelopmentPlan, Framework, Problem } from '../../core/types.js';
import { getReport } from '../../client/collector.js';
import { getPlan, putPlan, sharePlan } from './plan-client.js';

export type SaveState = { kind: 'idle' } | { kind: 'busy'; what: 'save' | 'share' } | { kind: 'done'; message: string } | { kind: 'failed'; problems: Problem[] };

export interface PlanAccountOptions {
  /** The collector's base URL and the leader's token; both empty when the plan is not on an account. */
  connection: () => { collector: string; token: string };
  /** The plan as it would be exported (`null` before a report and framework are loaded). */
  plan: () => DevelopmentPlan | null;
  framework: () => Framework | undefined;
}

export class PlanAccount {
  loading = false;
  loadProblems: Problem[] = [];
  saveState: SaveState = { kind: 'idle' };
  shared = false;
  savedAt: string | null = null;
  /** The report's figures from the collector, unchecked (the element checks them as it checks `.result`). */
  result?: AggregateResult;

  /** A plan saved on the collector (e.g. from another device), waiting to fill an empty draft. */
  #seed?: DevelopmentPlan;
  #loadedFor = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlanAccountOptions,
  ) {}

  /** Whether the plan is on an account (a collector and a token are given). */
  get online(): boolean {
    const { collector, token } = this.options.connection();
    return Boolean(collector && token);
  }

  /** The status line under the buttons. */
  get status(): string {
    const state = this.saveState;
    if (state.kind === 'busy') return state.what === 'save' ? 'Saving…' : 'Updating…';
    if (state.kind === 'done') return state.message;
    return this.shared ? 'Your facilitator can see the version you last saved.' : 'Your plan is private: only you can see it until you choose to share it.';
  }

  /** Loads the report and the saved plan, once for each collector and token. */
  load(): void {
    const { collector, token } = this.options.connection();
    const key = `${collector}\n${token}`;
    if (!collector || !token || key === this.#loadedFor) return;
    this.#loadedFor = key;
    void this.#load(collector, token);
  }

  /** The saved plan to fill an empty draft with, once. */
  takeSeed(): DevelopmentPlan | undefined {
    const plan = this.#seed;
    this.#seed = undefined;
    return plan;
  }

  /** The leader changed the plan: a "Saved" message no longer holds. */
  edited(): void {
    if (this.saveState.kind === 'done') this.#set({ saveState: { kind: 'idle' } });
  }

  async save(): Promise<void> {
    const plan = this.options.plan();
    const { collector, token } = this.options.connection();
    if (!plan || !collector || !token) return;
    const checked = validatePlan(plan, this.options.framework());
    if (!checked.ok) return this.#failed(checked.problems);
    this.#set({ saveState: { kind: 'busy', what: 'save' } });
    const answer = await putPlan(collector, token, plan);
    if (!answer.ok) return this.#failed(answer.problems);
    const shared = answer.body.shared === true;
    this.#set({
      savedAt: answer.body.savedAt ?? null,
      shared,
      saveState: { kind: 'done', message: shared ? 'Saved. Your facilitator can see this version.' : 'Saved. Only you can see it.' },
    });
  }

  /** Shares the saved plan with the facilitator, or stops sharing it; saves it first if it never was. */
  async share(shared: boolean): Promise<void> {
    const { collector, token } = this.options.connection();
    if (!collector || !token) return;
    if (shared && !this.savedAt) {
      await this.save();
      if (this.saveState.kind === 'failed') return;
    }
    this.#set({ saveState: { kind: 'busy', what: 'share' } });
    const answer = await sharePlan(collector, token, shared);
    if (!answer.ok) return this.#failed(answer.problems);
    const now = answer.body.shared === true;
    this.#set({
      shared: now,
      saveState: { kind: 'done', message: now ? 'Shared. Your facilitator can now see your saved plan.' : 'No longer shared. Only you can see your plan.' },
    });
  }

  async #load(collector: string, token: string): Promise<void> {
    this.#set({ loading: true, loadProblems: [] });
    const report = await getReport(collector, token);
    if (!report.ok) {
      this.#set({ loadProblems: report.problems });
    } else if (report.body.state !== 'released') {
      this.#set({ loadProblems: [{ path: '', message: 'Your report has not been released yet. Your facilitator will tell you when it is ready.' }] });
    } else {
      this.#set({ result: report.body.result });
      const stored = await getPlan(collector, token);
      if (stored.ok) {
        this.#set({ shared: stored.body.shared === true, savedAt: typeof stored.body.savedAt === 'string' ? stored.body.savedAt : null });
        const plan = stored.body.plan ? validatePlan(stored.body.plan) : null;
        if (plan?.ok) this.#seed = plan.value;
      }
    }
    this.#set({ loading: false });
  }

  #failed(problems: Problem[]): void {
    this.#set({ saveState: { kind: 'failed', problems } });
  }

  #set(patch: Partial<Pick<PlanAccount, 'loading' | 'loadProblems' | 'saveState' | 'shared' | 'savedAt' | 'result'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
