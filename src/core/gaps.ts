/** Self-versus-others gaps, blind spots and hidden strengths. No DOM. */

export type GapFlag = 'blind-spot' | 'hidden-strength';

/**
 * Others minus self: positive when others rate higher. `null` when either is missing.
 * A blind spot is self higher than others by at least `margin`; a hidden strength is others
 * higher than self by at least `margin`.
 */
export function gapOf(self: number | null, others: number | null, margin: number): { gap: number | null; flag: GapFlag | null } {
  if (self === null || others === null) return { gap: null, flag: null };
  const gap = others - self;
  // A tiny tolerance so 4 - 3 counts as a gap of 1 whatever the floating-point rounding.
  const reached = (value: number) => value >= margin - 1e-9;
  return { gap, flag: reached(-gap) ? 'blind-spot' : reached(gap) ? 'hidden-strength' : null };
}

/** Highest and lowest entries by score, never the same entry in both lists. Ties keep their order. */
export function highestAndLowest<T>(entries: T[], scoreOf: (entry: T) => number, count: number): { highest: T[]; lowest: T[] } {
  const sorted = entries.map((entry, index) => ({ entry, index, score: scoreOf(entry) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const take = Math.min(count, Math.floor(sorted.length / 2));
  return {
    highest: sorted.slice(0, take).map((s) => s.entry),
    lowest: sorted.slice(sorted.length - take).reverse().map((s) => s.entry),
  };
}
