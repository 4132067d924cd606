import type { AggregateResult } from '../../core/aggregate.js';

const cache = new WeakMap<AggregateResult, Map<string, unknown>>();

/**
 * What the report derives from a result (tables, chart data), made once per result object: a
 * re-render for another reason (a file dragged over the report) must not rebuild the tables or hand
 * the charts new arrays, which would redraw them.
 */
export function once<T>(result: AggregateResult, key: string, make: () => T): T {
  let map = cache.get(result);
  if (!map) cache.set(result, (map = new Map()));
  if (!map.has(key)) map.set(key, make());
  return map.get(key) as T;
}
