import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { DraftController, DraftLoader } from '../../controllers/draft-controller.js';
import { DraftRegistry, type DraftStorage } from '../../core/drafts.js';
import { DEFAULT_PLAN_PICKS, MAX_PLAN_ITEMS, MAX_PLAN_TEXT, planToJson, suggestPlanItems, type PlanSuggestion } from '../../core/plan.js';
import { validateAggregateResult } from '../../core/validate-result.js';
import type { AggregateResult } from '../../core/aggregate.js';
import type { DevelopmentPlan, Framework, Problem } from '../../core/types.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { downloadFile } from '../../utils/download.js';
import { LpcPlanChangeEvent } from '../../events/plan-events.js';
import { fieldValue, pickedItems, planDraftId, planFromDraft, seedDraft, setField, setPicked, type PlanField } from './plan-draft.js';
import { PlanAccount } from './plan-account.js';
import { renderSuggestions } from './plan-suggestions.js';
import { renderPlanItems } from './plan-items.js';
import { renderDraftNotices, renderPlanActions } from './plan-actions.js';
import { developmentPlanStyles } from './development-plan.styles.js';

/** The plan's drafts: opened at once (the element needs core/drafts anyway), one store per plan on the page. */
const planDrafts = new DraftLoader({ DraftRegistry });

/**
 * @tagname lpc-development-plan
 * A development plan after a 360: the report's figures suggest items to work on (blind spots,
 * the lowest items, hidden strengths to build on), each shown with the framework's own text and
 * the figures that put it there. The leader chooses up to `picks` items and, for each, writes what
 * they will do, what support they need, how they will know it has worked and a review date, in
 * their own words.
 *
 * Every keystroke is saved in the browser at once (the same draft store as the assessment: never
 * lost, unreadable drafts kept aside, full storage reported, two tabs merged). The plan prints on
 * A4 and downloads as JSON that passes `schemas/development-plan.schema.json`. With `collector`
 * and a leader's `token` it loads the report from the collector and saves the plan there, private
 * to the leader until they choose to share it with their facilitator.
 *
 * Suggestions come only from figures the report shows, never from hidden ones.
 *
 * @summary A leader's development plan, made from their 360 report.
 *
 * @fires lpc-plan-change - The leader changed the plan (after it was saved in the browser). `detail.plan` is the plan as exported.
 *
 * @csspart suggestions - The list of suggested items.
 * @csspart suggestion - One suggested item (its card, reasons, figures and checkbox).
 * @csspart plan - The chosen items with the leader's answers.
 * @csspart plan-item - One chosen item.
 * @csspart field - Each labelled field of a chosen item.
 * @csspart actions - The print, download, save and share buttons.
 * @csspart error-summary - The error summary (a result that cannot be read, a failed save).
 * @csspart notice - The notice shown when a saved draft could not be used or storage is full.
 *
 * @cssproperty --lpc-color-primary - Headings' edge and links.
 * @cssproperty --lpc-color-button - Background of the main button (NHS green).
 * @cssproperty --lpc-color-focus - Focus colour (NHS yellow).
 */
export class LpcDevelopmentPlan extends LitElement {
  static override styles = developmentPlanStyles;

  /** The report's figures (an `AggregateResult`, e.g. `<lpc-report>`'s result). Checked before use. */
  @property({ attribute: false }) result?: AggregateResult;

  /** How many items the leader may choose (1 to 10). */
  @property({ type: Number }) picks = DEFAULT_PLAN_PICKS;

  /** How many items to suggest from each list (blind spots, lowest, hidden strengths). */
  @property({ type: Number, attribute: 'per-reason' }) perReason = 3;

  /** Heading of the plan. */
  @property({ type: String }) heading = 'Your development plan';

  /** Level of the main heading, 1 to 6 (items' headings are one level below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Base URL of the collector API, e.g. `/api/v1`. With `token`, the report and plan come from it. */
  @property({ type: String }) collector = '';

  /** The leader's token (from the page's URL fragment). Sent only as a bearer token. */
  @property({ type: String }) token = '';

  /** Where drafts are kept: the browser's localStorage when not set, `null` for memory only. */
  @property({ attribute: false }) storage?: DraftStorage | null;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  #checked?: { input: unknown; result?: AggregateResult; problems: Problem[] };

  readonly #drafts = new DraftController(
    this,
    () => {
      const result = this.#result();
      return result ? { assessmentId: planDraftId(result.assessmentId), respondent: 'self', storage: this.storage, loader: planDrafts } : {};
    },
  );

  readonly #account = new PlanAccount(this, {
    connection: () => ({ collector: this.collector, token: this.token }),
    plan: () => this.plan,
    framework: () => this.framework,
  });

  /** The draft store of this plan (for hosts and tests). */
  get store() {
    return this.#drafts.store;
  }

  /** The plan as it would be exported, or `null` before a report and framework are loaded. */
  get plan(): DevelopmentPlan | null {
    const result = this.#result();
    if (!result || !this.framework) return null;
    return planFromDraft(this.store, { assessmentId: result.assessmentId, framework: this.framework, suggestions: this.#suggestions(result) });
  }

  /** The checked result: from `.result`, or from the collector. */
  #result(): AggregateResult | undefined {
    const input = this.result ?? this.#account.result;
    if (input === undefined) return undefined;
    if (this.#checked?.input !== input) {
      const checked = validateAggregateResult(input);
      this.#checked = checked.ok ? { input, result: checked.value, problems: [] } : { input, problems: checked.problems };
    }
    return this.#checked.result;
  }

  #suggestionsCache?: { result: AggregateResult; perReason: number; list: PlanSuggestion[] };
  #suggestions(result: AggregateResult): PlanSuggestion[] {
    if (this.#suggestionsCache?.result !== result || this.#suggestionsCache.perReason !== this.perReason) {
      this.#suggestionsCache = { result, perReason: this.perReason, list: suggestPlanItems(result, { perReason: this.perReason }) };
    }
    return this.#suggestionsCache.list;
  }

  get #limit(): number {
    const n = Math.round(Number(this.picks));
    return Number.isFinite(n) ? Math.min(MAX_PLAN_ITEMS, Math.max(1, n)) : DEFAULT_PLAN_PICKS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('collector') || changed.has('token')) && this.result === undefined) this.#account.load();
  }

  protected override updated(): void {
    // A plan saved on the collector (e.g. from another device) fills an empty draft once.
    if (this.store && this.framework) {
      const plan = this.#account.takeSeed();
      if (plan) seedDraft(this.store, plan);
    }
  }

  #changed(): void {
    const plan = this.plan;
    this.#account.edited();
    if (plan) this.dispatchEvent(new LpcPlanChangeEvent({ plan }));
  }

  #toggle = (suggestion: PlanSuggestion, event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!this.store) return;
    const picked = pickedItems(this.store);
    if (input.checked && !picked.includes(suggestion.itemId) && picked.length >= this.#limit) {
      input.checked = false; // the limit is reached: the checkbox is disabled, this is a safeguard
      return;
    }
    setPicked(this.store, suggestion.itemId, input.checked);
    this.#changed();
  };

  #write = (itemId: string, field: PlanField, event: Event): void => {
    if (!this.store) return;
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value.slice(0, MAX_PLAN_TEXT);
    setField(this.store, itemId, field, value);
    this.#changed();
  };

  #print = (): void => {
    window.print();
  };

  #download = (): void => {
    const plan = this.plan;
    if (plan) downloadFile(this.renderRoot as ShadowRoot, 'development-plan.json', new Blob([planToJson(plan)], { type: 'application/json' }));
  };

  #heading(level: number, text: string, className = ''): TemplateResult {
    const safe = Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
    return html`<div class=${className} role="heading" aria-level=${safe}>${text}</div>`;
  }

  protected override render() {
    const level = Math.min(5, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const title = this.#heading(level, this.heading, 'title');
    const account = this.#account;
    if (!this.framework) return html`${title}<p class="status" role="status">The framework has not loaded yet.</p>`;
    if (account.loading) return html`${title}<p class="status" role="status">Loading your report…</p>`;
    if (account.loadProblems.length) {
      return html`${title}${renderErrorSummary({ id: 'load-problems', title: 'Your plan cannot be shown yet', problems: account.loadProblems })}`;
    }
    const result = this.#result();
    if (!result) {
      if (this.#checked?.problems.length) {
        return html`${title}${renderErrorSummary({
          id: 'result-problems',
          title: 'The report figures cannot be read',
          description: 'Nothing has been changed or lost. Load the report again, or ask whoever sent it.',
          problems: this.#checked.problems,
        })}`;
      }
      return html`${title}<p class="status">Your plan is made from your 360 report. Open your report first.</p>`;
    }
    const suggestions = this.#suggestions(result);
    const picked = pickedItems(this.store);
    return html`
      ${title}
      <p class="inset">
        The suggestions below come from the figures in your report. What you write is your own: nothing here is
        advice from the framework. Everything you type is saved in this browser as you go.
      </p>
      ${renderDraftNotices(this.store, this.#download)}
      ${renderSuggestions({ suggestions, picked, limit: this.#limit, level: level + 1, toggle: this.#toggle })}
      ${renderPlanItems({
        framework: this.framework,
        picked,
        suggestions,
        level: level + 1,
        value: (itemId, field) => fieldValue(this.store, itemId, field),
        write: this.#write,
      })}
      ${renderPlanActions({ account, hasItems: picked.length > 0, print: this.#print, download: this.#download })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-development-plan': LpcDevelopmentPlan;
  }
}
