/** Self-versus-others gaps, blind spots and hidden strengths. No DOM. */

export type GapFlag = 'blind-spot' | 'hidden-strength';

/**
 * An exact rational number `n / d` (`d > 0`). Means are fractions of whole-number sums and counts,
 * so a gap can be compared with the margin exactly, with no floating-point rounding and no tolerance.
 */
export interface Ratio {
  n: bigint;
  d: bigint;
}

/** `n / d` as an exact ratio; `n` and `d` must be whole numbers, `d` above 0. */
export function ratio(n: number | bigint, d: number | bigint = 1n): Ratio {
  return { n: BigInt(n), d: BigInt(d) };
}

/**
 * The margin as the decimal a person wrote: `0.3` is exactly 3/10 (not the binary fraction nearest
 * to it), `1` is 1. Read from the number's shortest decimal form (`String(margin)`).
 */
export function marginRatio(margin: number): Ratio {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(margin));
  if (!match) throw new RangeError(`margin must be a positive finite number, not ${String(margin)}`);
  const [, whole, fraction = '', exponent = '0'] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(whole + fraction);
  return shift >= 0 ? { n: digits * 10n ** BigInt(shift), d: 1n } : { n: digits, d: 10n ** BigInt(-shift) };
}

/** The exact mean of some ratios; `null` for none. */
export function meanOfRatios(values: readonly Ratio[]): Ratio | null {
  if (!values.length) return null;
  let n = 0n;
  let d = 1n;
  for (const value of values) {
    // n/d + a/b = (n*b + a*d) / (d*b), kept small by dividing out the common factor.
    n = n * value.d + value.n * d;
    d *= value.d;
    const g = gcd(n < 0n ? -n : n, d);
    if (g > 1n) {
      n /= g;
      d /= g;
    }
  }
  return { n, d: d * BigInt(values.length) };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Whether `x / y >= m.n / m.d` for whole `x`, positive `y`: exact, in integers. */
function reaches(x: bigint, y: bigint, m: Ratio): boolean {
  return x * m.d >= m.n * y;
}

/**
 * The flag for others minus self, compared with the margin exactly: a blind spot when self is
 * higher than others by at least `margin`, a hidden strength when others are higher by at least
 * `margin`. A gap of exactly the margin is flagged; one the smallest amount below it is not.
 */
export function flagOf(self: Ratio, others: Ratio, margin: Ratio): GapFlag | null {
  // others - self = (o.n * s.d - s.n * o.d) / (o.d * s.d)
  const difference = others.n * self.d - self.n * others.d;
  const denominator = others.d * self.d;
  if (reaches(-difference, denominator, margin)) return 'blind-spot';
  if (reaches(difference, denominator, margin)) return 'hidden-strength';
  return null;
}

/** The margin as an exact ratio, and as plain numbers for the integer fast path (`NaN` when too large). */
export interface Margin extends Ratio {
  /** The margin as given. */
  value: number;
  nNumber: number;
  dNumber: number;
}

/** Reads a margin once (see `marginRatio`), for many comparisons. */
export function exactMargin(margin: number): Margin {
  // Most calls use the margin of the call before (a roll-up of many leaders): read it once.
  if (lastMargin !== null && Object.is(lastMargin.value, margin)) return lastMargin;
  const { n, d } = marginRatio(margin);
  const safe = (x: bigint) => (x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : NaN);
  lastMargin = Object.freeze({ n, d, value: margin, nNumber: safe(n), dNumber: safe(d) });
  return lastMargin;
}
let lastMargin: Margin | null = null;

/**
 * The flag of one item: the leader's whole score `self` against others' mean `sum / count`, compared
 * with the margin exactly. Plain integer arithmetic while every product stays below 2^53 (always, in
 * practice); exact `bigint` arithmetic otherwise.
 */
export function itemFlagOf(self: number, sum: number, count: number, margin: Margin): GapFlag | null {
  const difference = sum - self * count; // (others - self) * count, a whole number
  const left = Math.abs(difference) * margin.dNumber;
  const right = margin.nNumber * count;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right) && Number.isSafeInteger(difference)) {
    if (left < right || difference === 0) return null;
    return difference < 0 ? 'blind-spot' : 'hidden-strength';
  }
  return flagOf(ratio(self), ratio(sum, count), margin);
}

/**
 * Others minus self: positive when others rate higher. `null` when either is missing.
 * Compares with the margin exactly when both values are given as ratios (see `flagOf`); plain
 * numbers are taken as the exact values of their binary fractions.
 */
export function gapOf(self: number | null, others: number | null, margin: number): { gap: number | null; flag: GapFlag | null } {
  if (self === null || others === null) return { gap: null, flag: null };
  return { gap: others - self, flag: flagOf(exactOf(self), exactOf(others), marginRatio(margin)) };
}

/** The exact value of a finite double, as a ratio. */
function exactOf(value: number): Ratio {
  let d = 1n;
  let x = value;
  while (!Number.isInteger(x)) {
    x *= 2;
    d *= 2n;
  }
  return { n: BigInt(x), d };
}

/** Highest and lowest entries by score, never the same entry in both lists. Ties keep their order. */
export function highestAndLowest<T>(entries: T[], scoreOf: (entry: T) => number, count: number): { highest: T[]; lowest: T[] } {
  const scores = entries.map(scoreOf);
  const order = entries.map((_, index) => index).sort((a, b) => scores[b] - scores[a] || a - b);
  const take = Math.min(count, Math.floor(order.length / 2));
  return {
    highest: order.slice(0, take).map((i) => entries[i]),
    lowest: order.slice(order.length - take).reverse().map((i) => entries[i]),
  };
}
