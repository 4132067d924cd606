/**
 * Anonymity rules for 360 results: which figures may be shown. No DOM.
 *
 * The rules, per item (a rater who chose "not observed" gives no score, so each item has its own
 * counts):
 * 1. A relationship group's figure is shown when at least its minimum gave a score (defaults:
 *    line manager 1, every other group 3; never below 2 for any group but the line manager).
 * 2. Groups below their minimum are pooled into "Other raters", shown when the pool reaches the pool
 *    minimum (default 3). If the pool is too small, the smallest shown anonymous group is folded
 *    into it (so the small group cannot be worked out by subtraction) until it is big enough.
 * 3. The all-raters figure needs at least 3 scores, and is hidden when a pool is still too small:
 *    otherwise "all raters" minus the shown groups would reveal the pool.
 * Together these mean every set of anonymous raters whose scores can be worked out from the shown
 * figures (directly, or by subtracting one from another) is either empty or a shown figure of at
 * least 2 raters. test/core/aggregate-anonymity.test.ts checks this over thousands of cases.
 */

/** The relationship groups lpc-components knows; a host may use others (they get the `other` minimum). */
export const KNOWN_GROUPS = ['line-manager', 'peer', 'direct-report', 'other'] as const;

/** Id of the pooled group of raters whose own groups are too small. */
export const POOLED_GROUP = 'other-raters';

export const GROUP_LABELS: Record<string, string> = {
  self: 'You (self)',
  'all-raters': 'All raters',
  'line-manager': 'Line manager',
  peer: 'Peers',
  'direct-report': 'Direct reports',
  other: 'Others',
  [POOLED_GROUP]: 'Other raters (pooled)',
};

/** Readable label of a group id, including groups a host adds (`people-who-use-services`). */
export function groupLabel(group: string): string {
  const known = GROUP_LABELS[group];
  if (known) return known;
  const words = group.replace(/[-.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface AnonymityOptions {
  /** Minimum number of scores before a group's figures are shown, by group id. */
  minimums?: Record<string, number>;
  /** Minimum for the pooled "Other raters" figure. Default 3, never below 2. */
  poolMinimum?: number;
  /** Minimum for the all-raters figure. Default 3, never below 3. */
  allRatersMinimum?: number;
  /** Minimum number of raters in a group before their comments are shown with its name. Default 3, never below 2. */
  commentMinimum?: number;
}

/** The minimums in force after defaults and floors. */
export interface Minimums {
  group(group: string): number;
  pool: number;
  allRaters: number;
  comments: number;
}

export const DEFAULT_GROUP_MINIMUMS: Record<string, number> = {
  'line-manager': 1,
  peer: 3,
  'direct-report': 3,
  other: 3,
};

/** Applies defaults and the floors the rules promise, whatever a host asks for. */
export function resolveMinimums(options: AnonymityOptions = {}): Minimums {
  const asked = options.minimums ?? {};
  const whole = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.ceil(value) : fallback;
  const otherDefault = Math.max(2, whole(asked.other, DEFAULT_GROUP_MINIMUMS.other));
  return {
    group(group: string) {
      const fallback = DEFAULT_GROUP_MINIMUMS[group] ?? otherDefault;
      const value = whole(asked[group], fallback);
      return group === 'line-manager' ? Math.max(1, value) : Math.max(2, value);
    },
    pool: Math.max(2, whole(options.poolMinimum, 3)),
    allRaters: Math.max(3, whole(options.allRatersMinimum, 3)),
    comments: Math.max(2, whole(options.commentMinimum, 3)),
  };
}

/** A group counts as anonymous when its minimum is above 1 (by default every group but the line manager). */
export function isAnonymous(group: string, minimums: Minimums): boolean {
  return minimums.group(group) > 1;
}

/** How one item's figures may be shown, decided from the number of scores in each group. */
export interface ItemDisclosure {
  /** Groups whose own figure is shown. */
  shown: string[];
  /** Groups pooled (too small, or folded in to protect a smaller group). */
  pooled: string[];
  /** Groups folded into the pool although big enough, to protect a smaller group. */
  folded: string[];
  /** Whether the pooled "Other raters" figure is shown. */
  poolShown: boolean;
  /** Number of scores in the pool. */
  poolCount: number;
  /** Whether the all-raters figure is shown, and why not when it is not. */
  allRatersShown: boolean;
  allRatersReason?: string;
}

/** Decides which figures of one item may be shown, from the number of scores per group. */
export function discloseItem(scoreCounts: Map<string, number>, minimums: Minimums): ItemDisclosure {
  const present = [...scoreCounts].filter(([, n]) => n > 0);
  const shown = present.filter(([g, n]) => n >= minimums.group(g)).map(([g]) => g);
  const pooled = present.filter(([g, n]) => n < minimums.group(g)).map(([g]) => g);
  const folded: string[] = [];
  const countOf = (g: string) => scoreCounts.get(g) ?? 0;
  let poolCount = pooled.reduce((sum, g) => sum + countOf(g), 0);

  while (poolCount > 0 && poolCount < minimums.pool) {
    // Fold the smallest shown anonymous group (ties: by id, so the choice is stable).
    const candidates = shown.filter((g) => isAnonymous(g, minimums)).sort((a, b) => countOf(a) - countOf(b) || a.localeCompare(b));
    const fold = candidates[0];
    if (!fold) break;
    shown.splice(shown.indexOf(fold), 1);
    pooled.push(fold);
    folded.push(fold);
    poolCount += countOf(fold);
  }

  const poolShown = poolCount >= minimums.pool;
  const total = present.reduce((sum, [, n]) => sum + n, 0);
  let allRatersShown = total >= minimums.allRaters;
  let allRatersReason: string | undefined;
  if (total === 0) {
    allRatersShown = false;
  } else if (!allRatersShown) {
    allRatersReason = `Hidden because fewer than ${minimums.allRaters} raters gave a score.`;
  } else if (poolCount > 0 && !poolShown) {
    allRatersShown = false;
    allRatersReason = `Hidden because it would reveal the scores of the ${poolCount === 1 ? 'one rater' : `${poolCount} raters`} in groups too small to show.`;
  }
  return { shown, pooled, folded, poolShown, poolCount, allRatersShown, allRatersReason };
}
