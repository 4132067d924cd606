/**
 * A development plan kept in the draft store (core/drafts), so it has every guarantee the
 * assessment's answers have: saved at once, merged newest-wins across tabs, an unreadable draft
 * moved aside, full or disabled storage reported. The store keeps answers by key; a plan uses one
 * key per field, `<itemId>#<field>`: `#picked` holds the value 1 while the item is chosen, and the
 * leader's words are kept as the answer's comment. No DOM.
 */
import type { DraftStore } from '../../core/drafts.js';
import type { DevelopmentPlan, Framework, PlanItem } from '../../core/types.js';
import { findItem } from '../../core/framework.js';
import { PLAN_SCHEMA_VERSION, planItemFor, type PlanSuggestion } from '../../core/plan.js';

/** The leader's fields of a plan item, in the order they are asked for. */
export const PLAN_FIELDS = ['action', 'support', 'evidence', 'reviewOn'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** The draft store's id for the plan that follows a 360 (never the token, never a name). */
export function planDraftId(assessmentId: string | null): string {
  return `plan:${assessmentId ?? 'report'}`;
}

const fieldKey = (itemId: string, field: PlanField | 'picked') => `${itemId}#${field}`;

/** Item ids the draft has chosen, in the order they were chosen. */
export function pickedItems(store: DraftStore | undefined): string[] {
  const answers = store?.draft?.answers ?? {};
  return Object.entries(answers)
    .filter(([key, answer]) => key.endsWith('#picked') && answer.value === 1)
    .sort((a, b) => a[1].updatedAt - b[1].updatedAt)
    .map(([key]) => key.slice(0, -'#picked'.length));
}

export function setPicked(store: DraftStore, itemId: string, picked: boolean): void {
  store.setAnswer(fieldKey(itemId, 'picked'), { value: picked ? 1 : undefined });
}

export function fieldValue(store: DraftStore | undefined, itemId: string, field: PlanField): string {
  return store?.answer(fieldKey(itemId, field))?.comment ?? '';
}

export function setField(store: DraftStore, itemId: string, field: PlanField, text: string): void {
  store.setAnswer(fieldKey(itemId, field), { comment: text });
}

/** The plan as a file, from the draft: chosen items in order, with their reasons and figures. */
export function planFromDraft(
  store: DraftStore | undefined,
  context: { assessmentId: string | null; framework: Framework; suggestions: PlanSuggestion[]; now?: Date },
): DevelopmentPlan {
  const suggestions = new Map(context.suggestions.map((s) => [s.itemId, s]));
  const items: PlanItem[] = [];
  for (const itemId of pickedItems(store)) {
    const located = findItem(context.framework, itemId);
    if (!located) continue; // an id from another framework version: kept in the draft, not exported
    const item = planItemFor(suggestions.get(itemId) ?? { itemId, themeId: located.theme.id });
    for (const field of PLAN_FIELDS) item[field] = fieldValue(store, itemId, field);
    items.push(item);
  }
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    assessmentId: context.assessmentId,
    framework: { id: context.framework.id, version: context.framework.version },
    updatedAt: (context.now ?? new Date(store?.draft?.savedAt || Date.now())).toISOString(),
    items,
  };
}

/** Fills an empty draft from a saved plan (e.g. the collector's copy on another device). */
export function seedDraft(store: DraftStore, plan: DevelopmentPlan): void {
  if (pickedItems(store).length) return; // the draft is newer than the saved copy: keep it
  for (const item of plan.items) {
    setPicked(store, item.itemId, true);
    for (const field of PLAN_FIELDS) if (item[field]) setField(store, item.itemId, field, item[field]);
  }
}
