// Named example cohorts and re-assessments: many leaders' 360s, made from a seeded generator so a
// story, a test and a benchmark always see the same figures. Shared by tests, stories and benches.
import { aggregate, type AggregateResult, type ResponseInput } from '../../src/core/aggregate.js';
import { allItems } from '../../src/core/framework.js';
import type { Answer, AssessmentResponse, Framework } from '../../src/core/types.js';
import { realFramework } from './frameworks.js';

/** A small seeded random number generator (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LeaderOptions {
  /** Raters besides the leader. Default 10. */
  raters?: number;
  /** Raters invited (at least `raters`). Default `raters` plus 0 to 3. */
  invited?: number;
  framework?: Framework;
  /** Chance that a rater answers "not observed" to an item. Default 0.05. */
  notObservedRate?: number;
  /** Added to every score the raters give (a leader seen as stronger overall), before clamping. */
  lift?: number;
}

const GROUPS = ['line-manager', 'peer', 'peer', 'direct-report', 'direct-report', 'other'];

/** One leader's self response and raters' responses, with random but plausible scores. */
export function leaderResponses(assessmentId: string, random: () => number, options: LeaderOptions = {}): ResponseInput[] {
  const framework = options.framework ?? realFramework;
  const values = framework.ratingScale.points.map((p) => p.value);
  const clamp = (v: number) => values.reduce((best, x) => (Math.abs(x - v) < Math.abs(best - v) ? x : best), values[0]);
  const items = allItems(framework).map(({ item }) => item.id);
  const base = items.map(() => 2 + random() * 3);
  const selfBias = items.map(() => (random() < 0.15 ? (random() < 0.6 ? 2 : -2) : 0));
  const raterCount = options.raters ?? 10;
  const notObservedRate = options.notObservedRate ?? 0.05;
  const make = (id: string, respondent: 'self' | 'rater', relationship: string | undefined, answers: Answer[]): ResponseInput => {
    const response: AssessmentResponse = {
      schemaVersion: 1,
      id,
      assessmentId,
      framework: { id: framework.id, version: framework.version },
      scaleId: framework.ratingScale.id,
      respondent,
      submittedAt: '2026-11-20T09:00:00Z',
      answers,
    };
    if (relationship) response.relationship = relationship;
    return { name: `${id}.json`, json: response };
  };
  const inputs: ResponseInput[] = [
    make(`${assessmentId}-self`, 'self', undefined, items.map((itemId, i) => ({ itemId, value: clamp(base[i] + selfBias[i]) }))),
  ];
  for (let r = 0; r < raterCount; r++) {
    inputs.push(make(`${assessmentId}-r${r + 1}`, 'rater', GROUPS[r % GROUPS.length], items.map((itemId, i) => ({
      itemId,
      value: random() < notObservedRate ? 'not-observed' : clamp(base[i] + (options.lift ?? 0) + (random() - 0.5) * 2),
    }))));
  }
  return inputs;
}

/** The report results of `count` leaders, each rated by `raters` people. */
export function cohortResults(count: number, options: LeaderOptions & { seed?: number } = {}): AggregateResult[] {
  const random = seededRandom(options.seed ?? 2026);
  const framework = options.framework ?? realFramework;
  return Array.from({ length: count }, (_, i) => {
    const raters = options.raters ?? 6 + Math.floor(random() * 8);
    const invited = options.invited ?? raters + Math.floor(random() * 4);
    const responses = leaderResponses(`leader-${i + 1}`, random, { ...options, raters });
    return aggregate(framework, responses, { invited });
  });
}

/** A leader's 360 a year ago and now, with the same generator and a small rise in how raters see them. */
export function reassessment(seed = 7): { previous: AggregateResult; current: AggregateResult } {
  const previous = aggregate(realFramework, leaderResponses('leader-2025', seededRandom(seed), { raters: 9 }), { invited: 11 });
  const current = aggregate(realFramework, leaderResponses('leader-2026', seededRandom(seed), { raters: 11, lift: 1 }), { invited: 12 });
  return { previous, current };
}

/** Twelve leaders: a cohort above the default minimum of 5. */
export const twelveLeaders: AggregateResult[] = cohortResults(12);
/** Four leaders: below the default minimum, so the cohort view shows only the number of leaders. */
export const fourLeaders: AggregateResult[] = cohortResults(4, { seed: 4 });
