/**
 * An in-memory, fixed-window limit on token look-ups per client address. One process only: a host
 * running several collector processes behind a balancer should also limit at the balancer.
 */
export interface RateLimit {
  /** Counts one look-up; false when the address is over its limit for this window. */
  allow(address: string): boolean;
  /** Counts a look-up that found no link (guessing); false when over that stricter limit. */
  allowUnknown(address: string): boolean;
}

export function rateLimit({ windowMs = 60_000, max = 300, maxUnknown = 30 } = {}, now: () => number = Date.now): RateLimit {
  const windows = new Map<string, { start: number; count: number; unknown: number }>();
  const current = (address: string) => {
    const t = now();
    let entry = windows.get(address);
    if (!entry || t - entry.start >= windowMs) {
      // Forget finished windows now and then, so the map cannot grow without bound.
      if (windows.size > 10_000) for (const [key, value] of windows) if (t - value.start >= windowMs) windows.delete(key);
      entry = { start: t, count: 0, unknown: 0 };
      windows.set(address, entry);
    }
    return entry;
  };
  return {
    allow(address) {
      const entry = current(address);
      entry.count++;
      return entry.count <= max && entry.unknown <= maxUnknown;
    },
    allowUnknown(address) {
      const entry = current(address);
      entry.unknown++;
      return entry.unknown <= maxUnknown;
    },
  };
}
