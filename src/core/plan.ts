/**
 * Development plans: which items a leader's report suggests working on, and checking a plan file.
 * Suggestions come only from figures the report shows (an all-raters figure with status `shown`):
 * a hidden figure never puts an item forward, so a plan reveals nothing the report did not.
 * No DOM: runs in Node and in the browser.
 */
import type { AggregateResult, ItemResult, ShownFigure } from './aggregate.js';
import { checkDevelopmentPlan } from '../generated/validators.js';
import { findItem } from './framework.js';
import { pointer, problemsFromSchemaErrors, quote } from './problems.js';
import { formatScore } from './report-tables.js';
import type { DevelopmentPlan, Framework, PlanFigures, PlanItem, PlanReason, Problem, Validated } from './types.js';

/** Format version written into every plan. */
export const PLAN_SCHEMA_VERSION = 1 as const;
/** How many items a leader may pick by default. */
export const DEFAULT_PLAN_PICKS = 3;
/** The most items a plan file may hold (the schema's limit). */
export const MAX_PLAN_ITEMS = 10;
/** The longest answer a leader may give in one field (the schema's limit). */
export const MAX_PLAN_TEXT = 2000;

/** An item the report puts forward, the reasons, and the figures behind them. */
export interface PlanSuggestion {
  itemId: string;
  themeId: string;
  label: string;
  kind: ItemResult['kind'];
  /** In the order blind spot, lowest, hidden strength. */
  reasons: PlanReason[];
  figures: PlanFigures;
}

export interface SuggestOptions {
  /** How many items to take from each list (blind spots, lowest, hidden strengths). Default 3. */
  perReason?: number;
}

/** The plain-English name of each reason. */
export const REASON_LABELS: Record<PlanReason, string> = {
  'blind-spot': 'Blind spot: you rated yourself higher than others did',
  lowest: 'One of your lowest rated items',
  'hidden-strength': 'Hidden strength to build on: others rated you higher than you did',
};

function shownMean(item: ItemResult): ShownFigure | null {
  return item?.allRaters?.status === 'shown' && Number.isFinite(item.allRaters.mean) ? item.allRaters : null;
}

/** The figures that put an item forward; `null` when its all-raters figure is not shown. */
export function planFigures(item: ItemResult): PlanFigures | null {
  const figure = shownMean(item);
  if (!figure) return null;
  const self = typeof item.self === 'number' && Number.isFinite(item.self) ? item.self : null;
  return { self, allRaters: figure.mean, count: figure.count, gap: self === null ? null : figure.mean - self };
}

/**
 * Items to suggest for a plan: blind spots, then the lowest items, then hidden strengths, each
 * list in the report's order. An item on more than one list appears once with every reason.
 * Blind spots and hidden strengths are re-checked from the shown figures and the report's margin.
 */
export function suggestPlanItems(result: AggregateResult, options: SuggestOptions = {}): PlanSuggestion[] {
  const take = Math.max(0, Math.floor(options.perReason ?? 3));
  const margin = typeof result.margin === 'number' && result.margin > 0 ? result.margin : 1;
  // A tiny tolerance, as in gaps.ts, so 4 - 3 counts as a gap of 1 whatever the rounding.
  const gapAtLeast = (item: ItemResult, sign: 1 | -1) => {
    const gap = planFigures(item)?.gap;
    return typeof gap === 'number' && sign * gap >= margin - 1e-9;
  };
  const lists: Array<[PlanReason, ItemResult[]]> = [
    ['blind-spot', (result.blindSpots ?? []).filter((i) => gapAtLeast(i, -1))],
    ['lowest', (result.lowest ?? []).filter((i) => planFigures(i) !== null)],
    ['hidden-strength', (result.hiddenStrengths ?? []).filter((i) => gapAtLeast(i, 1))],
  ];
  const byItem = new Map<string, PlanSuggestion>();
  for (const [reason, items] of lists) {
    for (const item of items.slice(0, take)) {
      const existing = byItem.get(item.itemId);
      if (existing) {
        if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
        continue;
      }
      byItem.set(item.itemId, {
        itemId: item.itemId,
        themeId: item.themeId,
        label: item.label,
        kind: item.kind,
        reasons: [reason],
        figures: planFigures(item)!,
      });
    }
  }
  return [...byItem.values()];
}

/** One sentence giving the figures that put an item forward, e.g. for a card or a printed plan. */
export function describeFigures(figures: PlanFigures): string {
  const others = `All raters: ${formatScore(figures.allRaters)} on average (${figures.count} ${figures.count === 1 ? 'score' : 'scores'})`;
  if (figures.self === null) return `${others}. You did not give yourself a score.`;
  const gap = figures.gap ?? figures.allRaters - figures.self;
  const difference = Math.abs(gap) < 0.05 ? 'the same as yours' : `${formatScore(Math.abs(gap))} ${gap < 0 ? 'lower' : 'higher'} than yours`;
  return `${others}, ${difference}. You gave yourself ${figures.self}.`;
}

/** A new, empty plan item for a suggestion (or an item the leader picked). */
export function planItemFor(suggestion: Pick<PlanSuggestion, 'itemId' | 'themeId'> & Partial<Pick<PlanSuggestion, 'reasons' | 'figures'>>): PlanItem {
  const item: PlanItem = { itemId: suggestion.itemId, themeId: suggestion.themeId, reasons: [...(suggestion.reasons ?? [])], action: '', support: '', evidence: '', reviewOn: '' };
  if (suggestion.figures) item.figures = { ...suggestion.figures };
  return item;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCFullYear() === +match[1] && date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

/**
 * Validates an untrusted plan file: the generated schema, then what it cannot say (each item once,
 * real dates, items and themes of the framework when one is given).
 */
export function validatePlan(json: unknown, framework?: Framework): Validated<DevelopmentPlan> {
  let problems: Problem[];
  try {
    problems = problemsFromSchemaErrors(checkDevelopmentPlan(json), json);
  } catch (error) {
    problems = [{ path: '', message: `The plan could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
  if (problems.length) return { ok: false, problems };
  const plan = json as DevelopmentPlan;
  if (Number.isNaN(Date.parse(plan.updatedAt))) {
    problems.push({ path: '/updatedAt', message: `${quote(plan.updatedAt)} is not a date and time. Use ISO 8601, e.g. "2026-01-31T12:00:00Z".` });
  }
  if (framework && plan.framework.id !== framework.id) {
    problems.push({ path: '/framework/id', message: `This plan is for framework ${quote(plan.framework.id)}, not "${framework.id}".` });
  }
  const seen = new Map<string, number>();
  plan.items.forEach((item, i) => {
    const earlier = seen.get(item.itemId);
    if (earlier !== undefined) problems.push({ path: pointer('items', i, 'itemId'), message: `${quote(item.itemId)} is in the plan twice (also at /items/${earlier}).` });
    else seen.set(item.itemId, i);
    if (item.reviewOn && !isCalendarDate(item.reviewOn)) {
      problems.push({ path: pointer('items', i, 'reviewOn'), message: `${quote(item.reviewOn)} is not a real date. Use YYYY-MM-DD, e.g. "2027-06-30".` });
    }
    if (new Set(item.reasons).size !== item.reasons.length) {
      problems.push({ path: pointer('items', i, 'reasons'), message: 'A reason is given twice. Give each reason once.' });
    }
    if (framework && plan.framework.id === framework.id) {
      const found = findItem(framework, item.itemId);
      if (!found) problems.push({ path: pointer('items', i, 'itemId'), message: `${quote(item.itemId)} is not an item of this framework.` });
      else if (found.theme.id !== item.themeId) {
        problems.push({ path: pointer('items', i, 'themeId'), message: `${quote(item.itemId)} belongs to theme "${found.theme.id}", not ${quote(item.themeId)}.` });
      }
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: plan };
}

/** A plan as a file: the schema reference first, then the plan. */
export function planToJson(plan: DevelopmentPlan): string {
  return JSON.stringify({ $schema: 'https://lpc-components.nhs.example/schemas/development-plan.schema.json', ...plan }, null, 2) + '\n';
}

/** The plan's size as the collector receives it (`PUT /plan`): JSON, in UTF-8 bytes. */
export function planBodyBytes(plan: DevelopmentPlan): number {
  return new TextEncoder().encode(JSON.stringify(plan)).length;
}
