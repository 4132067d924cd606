/**
 * Building an `AssessmentResponse` from a draft. No DOM; runs in Node.
 * The response holds only what the schema allows: no name or e-mail, so a rater stays anonymous
 * unless the host adds something in its own `lpc-submit` handler.
 */
import { allItems, itemLabel } from './framework.js';
import type { Answer, AssessmentResponse, Draft, Framework, FrameworkItem, Theme } from './types.js';

/** Format version of responses (see `AssessmentResponse.schemaVersion`). */
export const RESPONSE_SCHEMA_VERSION = 1 as const;

/** Whether an item has an answer that counts as given (a scale value or "not observed"). */
export function isAnswered(draft: Draft | undefined, itemId: string): boolean {
  return draft?.answers[itemId]?.value !== undefined;
}

/** Items of a theme (or of the whole framework) that still need an answer, in the document's order. */
export function unansweredItems(draft: Draft | undefined, framework: Framework, theme?: Theme): FrameworkItem[] {
  return allItems(framework)
    .filter((located) => !theme || located.theme.id === theme.id)
    .map((located) => located.item)
    .filter((item) => !isAnswered(draft, item.id));
}

export interface BuildResponseOptions {
  draft: Draft;
  framework: Framework;
  /** A unique id; `crypto.randomUUID()` in the browser. */
  id: string;
  /** The time of submission (ISO 8601 is written). */
  submittedAt: Date;
  /** Overrides the draft's relationship (raters only). */
  relationship?: string;
}

/**
 * The response for a draft: every answered item of the framework, in the document's order, with its
 * comment. Answers to items the framework does not have (a draft from an older framework) and values
 * off the current scale are left out, so the result passes `validateResponse`.
 */
export function buildResponse({ draft, framework, id, submittedAt, relationship }: BuildResponseOptions): AssessmentResponse {
  const scaleValues = new Set(framework.ratingScale.points.map((point) => point.value));
  const answers: Answer[] = [];
  for (const { item } of allItems(framework)) {
    const saved = draft.answers[item.id];
    if (!saved || saved.value === undefined) continue;
    if (saved.value !== 'not-observed' && !scaleValues.has(saved.value)) continue;
    const answer: Answer = { itemId: item.id, value: saved.value };
    const comment = saved.comment?.trim().slice(0, 2000);
    if (comment) answer.comment = comment;
    answers.push(answer);
  }
  const response: AssessmentResponse = {
    schemaVersion: RESPONSE_SCHEMA_VERSION,
    id,
    assessmentId: draft.assessmentId,
    framework: { id: framework.id, version: framework.version },
    scaleId: framework.ratingScale.id,
    respondent: draft.respondent,
    submittedAt: submittedAt.toISOString(),
    answers,
  };
  const group = relationship ?? draft.relationship;
  if (draft.respondent === 'rater' && group) response.relationship = group;
  return response;
}

const safeName = (text: string, fallback: string) => text.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60) || fallback;

/**
 * A file name for a downloaded response or draft: the assessment, who answered (`self` or the
 * rater's group) and, for a response, a short part of its id, so files saved in one folder never
 * overwrite each other: `lpc-360-team-2026-peer-3f6c2a1b.json`.
 */
export function responseFileName(assessmentId: string, who: string, kind: 'answers' | 'draft' = 'answers', responseId?: string): string {
  const id = responseId ? `-${safeName(responseId, '').replace(/-/g, '').slice(0, 8)}` : '';
  return `lpc-360-${safeName(assessmentId, 'assessment')}-${safeName(who, 'rater')}${kind === 'draft' ? '-saved-answers' : id}.json`;
}

/** An item's name, short enough for an error message (at most 60 characters). */
export function shortItemName(item: FrameworkItem): string {
  const text = itemLabel(item);
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

/** The error for an unanswered item, in the rating and in the assessment's error summary. */
export function selectAnswerMessage(item: FrameworkItem | undefined): string {
  return item ? `Select an answer for "${shortItemName(item)}"` : 'Select an answer';
}
