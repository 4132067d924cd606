import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { DraftController, DraftLoader } from '../../controllers/draft-controller.js';
import { DraftRegistry, type DraftStorage } from '../../core/drafts.js';
import { findItem } from '../../core/framework.js';
import { describeFigures, DEFAULT_PLAN_PICKS, MAX_PLAN_ITEMS, MAX_PLAN_TEXT, planToJson, REASON_LABELS, suggestPlanItems, validatePlan, type PlanSuggestion } from '../../core/plan.js';
import { validateAggregateResult } from '../../core/validate-result.js';
import type { AggregateResult } from '../../core/aggregate.js';
import type { DevelopmentPlan, Framework, Problem } from '../../core/types.js';
import { getReport } from '../../client/collector.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { LpcPlanChangeEvent } from '../../events/plan-events.js';
import { fieldValue, pickedItems, planDraftId, planFromDraft, seedDraft, setField, setPicked, type PlanField } from './plan-draft.js';
import { getPlan, putPlan, sharePlan } from './plan-client.js';
import { developmentPlanStyles } from './development-plan.styles.js';
import '../behaviour-card/index.js';
import { sourceText } from '../../core/source-text.js';

const FIELD_LABELS: Record<PlanField, { label: string; hint: string }> = {
  action: { label: 'What I will do', hint: 'For example, something you will do each week, or try in a meeting.' },
  support: { label: 'What support I need', hint: 'From whom: your line manager, a mentor, your team, training.' },
  evidence: { label: 'How I will know it has worked', hint: 'What you or others will notice when it has.' },
  reviewOn: { label: 'When I will review it', hint: 'A date to look back at this item.' },
};

/** The plan's drafts: opened at once (the element needs core/drafts anyway), one store per plan on the page. */
const planDrafts = new DraftLoader({ DraftRegistry });

type SaveState = { kind: 'idle' } | { kind: 'busy'; what: 'save' | 'share' } | { kind: 'done'; message: string } | { kind: 'failed'; problems: Problem[] };

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

  @state() protected loadProblems: Problem[] = [];
  @state() protected loading = false;
  @state() protected saveState: SaveState = { kind: 'idle' };
  @state() protected shared = false;
  @state() protected savedAt: string | null = null;
  @state() protected collectorResult?: AggregateResult;

  #checked?: { input: unknown; result?: AggregateResult; problems: Problem[] };
  #loadedFor = '';

  readonly #drafts = new DraftController(
    this,
    () => {
      const result = this.#result();
      return result ? { assessmentId: planDraftId(result.assessmentId), respondent: 'self', storage: this.storage, loader: planDrafts } : {};
    },
  );

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
    const input = this.result ?? this.collectorResult;
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
    if ((changed.has('collector') || changed.has('token')) && this.collector && this.token && this.result === undefined) {
      const key = `${this.collector}\n${this.token}`;
      if (key !== this.#loadedFor) {
        this.#loadedFor = key;
        void this.#loadFromCollector();
      }
    }
  }

  protected override updated(): void {
    // A plan saved on the collector (e.g. from another device) fills an empty draft once.
    if (this.#pendingSeed && this.store && this.framework) {
      const plan = this.#pendingSeed;
      this.#pendingSeed = undefined;
      seedDraft(this.store, plan);
    }
  }

  #pendingSeed?: DevelopmentPlan;

  async #loadFromCollector(): Promise<void> {
    this.loading = true;
    this.loadProblems = [];
    const report = await getReport(this.collector, this.token);
    if (!report.ok) {
      this.loadProblems = report.problems;
    } else if (report.body.state !== 'released') {
      this.loadProblems = [{ path: '', message: 'Your report has not been released yet. Your facilitator will tell you when it is ready.' }];
    } else {
      this.collectorResult = report.body.result;
      const stored = await getPlan(this.collector, this.token);
      if (stored.ok) {
        this.shared = stored.body.shared === true;
        this.savedAt = typeof stored.body.savedAt === 'string' ? stored.body.savedAt : null;
        const plan = stored.body.plan ? validatePlan(stored.body.plan) : null;
        if (plan?.ok) this.#pendingSeed = plan.value;
      }
    }
    this.loading = false;
  }

  #changed(): void {
    const plan = this.plan;
    if (this.saveState.kind === 'done') this.saveState = { kind: 'idle' };
    if (plan) this.dispatchEvent(new LpcPlanChangeEvent({ plan }));
  }

  #toggle(suggestion: PlanSuggestion, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!this.store) return;
    const picked = pickedItems(this.store);
    if (input.checked && !picked.includes(suggestion.itemId) && picked.length >= this.#limit) {
      input.checked = false; // the limit is reached: the checkbox is disabled, this is a safeguard
      return;
    }
    setPicked(this.store, suggestion.itemId, input.checked);
    this.#changed();
  }

  #write(itemId: string, field: PlanField, event: Event): void {
    if (!this.store) return;
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value.slice(0, MAX_PLAN_TEXT);
    setField(this.store, itemId, field, value);
    this.#changed();
  }

  #print(): void {
    window.print();
  }

  #download(): void {
    const plan = this.plan;
    if (!plan) return;
    const url = URL.createObjectURL(new Blob([planToJson(plan)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'development-plan.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async #save(): Promise<void> {
    const plan = this.plan;
    if (!plan || !this.collector || !this.token) return;
    const checked = validatePlan(plan, this.framework);
    if (!checked.ok) {
      this.saveState = { kind: 'failed', problems: checked.problems };
      return;
    }
    this.saveState = { kind: 'busy', what: 'save' };
    const answer = await putPlan(this.collector, this.token, plan);
    if (answer.ok) {
      this.savedAt = answer.body.savedAt ?? null;
      this.shared = answer.body.shared === true;
      this.saveState = { kind: 'done', message: this.shared ? 'Saved. Your facilitator can see this version.' : 'Saved. Only you can see it.' };
    } else {
      this.saveState = { kind: 'failed', problems: answer.problems };
    }
  }

  async #share(shared: boolean): Promise<void> {
    if (!this.collector || !this.token) return;
    if (shared && !this.savedAt) {
      await this.#save();
      if (this.saveState.kind === 'failed') return;
    }
    this.saveState = { kind: 'busy', what: 'share' };
    const answer = await sharePlan(this.collector, this.token, shared);
    if (answer.ok) {
      this.shared = answer.body.shared === true;
      this.saveState = { kind: 'done', message: this.shared ? 'Shared. Your facilitator can now see your saved plan.' : 'No longer shared. Only you can see your plan.' };
    } else {
      this.saveState = { kind: 'failed', problems: answer.problems };
    }
  }

  #heading(level: number, text: string, className = ''): TemplateResult {
    const safe = Math.min(6, Math.max(1, Math.round(Number(level)) || 2));
    return html`<div class=${className} role="heading" aria-level=${safe}>${text}</div>`;
  }

  protected override render() {
    const level = Math.min(5, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const title = this.#heading(level, this.heading, 'title');
    if (!this.framework) return html`${title}<p class="status" role="status">The framework has not loaded yet.</p>`;
    if (this.loading) return html`${title}<p class="status" role="status">Loading your report…</p>`;
    if (this.loadProblems.length) {
      return html`${title}${renderErrorSummary({ id: 'load-problems', title: 'Your plan cannot be shown yet', problems: this.loadProblems })}`;
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
      ${this.#notices()}
      ${this.#renderSuggestions(suggestions, picked, level + 1)}
      ${this.#renderPlan(picked, suggestions, level + 1)}
      ${this.#renderActions(picked)}
    `;
  }

  #notices() {
    const store = this.store;
    if (!store) return nothing;
    return html`${store.notice ? html`<div class="notice" part="notice" role="status">${store.notice.message}</div>` : nothing}
      ${store.problem
        ? html`<div class="notice notice--warning" part="notice" role="alert">
            ${store.problem.message.replace('your answers', 'your plan').replace('Your answers', 'Your plan')}
            <button type="button" class="button button--secondary" @click=${this.#download}>Download my plan</button>
          </div>`
        : nothing}`;
  }

  #renderSuggestions(suggestions: PlanSuggestion[], picked: string[], level: number) {
    const full = picked.length >= this.#limit;
    return html`<section class="section suggestions-section" aria-labelledby="suggestions-heading">
      <div id="suggestions-heading" role="heading" aria-level=${level}>Suggested items to work on</div>
      ${suggestions.length
        ? html`<p class="hint" id="picks-hint">
              Choose up to ${this.#limit} ${this.#limit === 1 ? 'item' : 'items'}. You have chosen ${picked.length}.
              ${full ? html`<strong>To choose another, untick one first.</strong>` : nothing}
            </p>
            <ul class="suggestions" part="suggestions">
              ${suggestions.map((s) => {
                const checked = picked.includes(s.itemId);
                const id = `pick-${s.itemId}`;
                return html`<li class="suggestion" part="suggestion">
                  <lpc-behaviour-card item=${s.itemId} compact heading-level=${Math.min(6, level + 1)}>
                    <ul class="reasons">${s.reasons.map((r) => html`<li>${REASON_LABELS[r]}</li>`)}</ul>
                    <p class="figures">${describeFigures(s.figures)}</p>
                    <div class="checkbox" slot="actions">
                      <input type="checkbox" id=${id} .checked=${checked} ?disabled=${full && !checked}
                        aria-describedby="picks-hint" @change=${(e: Event) => this.#toggle(s, e)} />
                      <label for=${id}>Work on this item</label>
                    </div>
                  </lpc-behaviour-card>
                </li>`;
              })}
            </ul>`
        : html`<p class="status">
            Your report has no blind spots, lowest items or hidden strengths to suggest, because too few raters gave
            scores for their figures to be shown.
          </p>`}
    </section>`;
  }

  #renderPlan(picked: string[], suggestions: PlanSuggestion[], level: number) {
    const framework = this.framework!;
    const known = picked.filter((id) => findItem(framework, id));
    return html`<section class="section" part="plan" aria-labelledby="plan-heading">
      <div id="plan-heading" role="heading" aria-level=${level}>Your plan</div>
      ${known.length
        ? html`<ol class="plan-items">
            ${known.map((itemId, index) => {
              const located = findItem(framework, itemId)!;
              const suggestion = suggestions.find((s) => s.itemId === itemId);
              const label = located.item.kind === 'behaviour' ? located.item.heading : located.item.text;
              return html`<li class="plan-item" part="plan-item">
                <div role="heading" aria-level=${Math.min(6, level + 1)} class="plan-item__title">${index + 1}. ${label}</div>
                <p class="plan-item__theme">${located.theme.title}</p>
                ${located.item.kind === 'behaviour'
                  ? html`<p class="framework-text"><span class="framework-text__label">The framework says:</span> <span dir="auto">${located.item.text}</span></p>`
                  : nothing}
                ${suggestion ? html`<p class="plan-item__figures">${describeFigures(suggestion.figures)}</p>` : nothing}
                ${(['action', 'support', 'evidence'] as const).map((field) => this.#textField(itemId, field))}
                ${this.#dateField(itemId)}
              </li>`;
            })}
          </ol>
          <p class="hint source">Framework text from: ${sourceText(framework.source)}. What is written under each question is your own.</p>`
        : html`<p class="status">You have not chosen an item yet. Tick "Work on this item" on a suggestion above.</p>`}
    </section>`;
  }

  #textField(itemId: string, field: PlanField) {
    const id = `${field}-${itemId}`;
    const value = fieldValue(this.store, itemId, field);
    return html`<div class="field" part="field">
      <label for=${id}>${FIELD_LABELS[field].label}</label>
      <p class="hint" id=${`${id}-hint`}>${FIELD_LABELS[field].hint}</p>
      <textarea id=${id} rows="3" maxlength=${MAX_PLAN_TEXT} aria-describedby=${`${id}-hint`} .value=${value}
        @input=${(e: Event) => this.#write(itemId, field, e)}></textarea>
      <p class="print-text" dir="auto">${value || 'Not written yet.'}</p>
    </div>`;
  }

  #dateField(itemId: string) {
    const id = `reviewOn-${itemId}`;
    const value = fieldValue(this.store, itemId, 'reviewOn');
    return html`<div class="field" part="field">
      <label for=${id}>${FIELD_LABELS.reviewOn.label}</label>
      <p class="hint" id=${`${id}-hint`}>${FIELD_LABELS.reviewOn.hint}</p>
      <input type="date" id=${id} class="date" aria-describedby=${`${id}-hint`} .value=${value}
        @change=${(e: Event) => this.#write(itemId, 'reviewOn', e)} />
      <p class="print-text">${value ? new Date(`${value}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : 'No date yet.'}</p>
    </div>`;
  }

  #renderActions(picked: string[]) {
    const online = Boolean(this.collector && this.token);
    const busy = this.saveState.kind === 'busy';
    return html`<div class="actions" part="actions">
      ${this.saveState.kind === 'failed'
        ? renderErrorSummary({
            id: 'save-problems',
            title: 'Your plan was not saved to your account',
            description: 'It is still saved in this browser. Try again in a moment.',
            problems: this.saveState.problems,
          })
        : nothing}
      <div class="buttons">
        <button type="button" class="button button--secondary" @click=${this.#print}>Print my plan</button>
        <button type="button" class="button button--secondary" ?disabled=${!picked.length} @click=${this.#download}>Download as JSON</button>
        ${online
          ? html`<button type="button" class="button" ?disabled=${busy || !picked.length} @click=${() => this.#save()}>Save to my account</button>
              <button type="button" class="button button--secondary" ?disabled=${busy} @click=${() => this.#share(!this.shared)}>
                ${this.shared ? 'Stop sharing with my facilitator' : 'Share with my facilitator'}
              </button>`
          : nothing}
      </div>
      ${online
        ? html`<p class="hint" role="status">
            ${this.saveState.kind === 'busy'
              ? this.saveState.what === 'save' ? 'Saving…' : 'Updating…'
              : this.saveState.kind === 'done'
                ? this.saveState.message
                : this.shared
                  ? 'Your facilitator can see the version you last saved.'
                  : 'Your plan is private: only you can see it until you choose to share it.'}
          </p>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-development-plan': LpcDevelopmentPlan;
  }
}
