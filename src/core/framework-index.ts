/**
 * Lookups of a framework built once and kept per framework object (a WeakMap, so they go when the
 * framework does): item positions, each item's theme and label, scale positions. Validating and
 * aggregating many responses then costs a map lookup per answer, not a walk of the framework.
 * A framework is treated as immutable once used; the index is rebuilt if its themes or scale are
 * replaced. No DOM.
 */
import { itemLabel, themeItems } from './framework.js';
import type { Framework, FrameworkItem, Theme } from './types.js';

export interface IndexedItem {
  item: FrameworkItem;
  theme: Theme;
  themeIndex: number;
  /** Position within its theme (behaviours first). */
  indexInTheme: number;
  label: string;
}

export interface FrameworkIndex {
  /** Every rateable item, in the document's order. */
  items: IndexedItem[];
  /** Item id -> position in `items`. */
  position: Map<string, number>;
  /** For each theme, the positions of its items: `[start, end)`. */
  themeRanges: Array<[number, number]>;
  scaleValues: number[];
  scaleLabels: string[];
  /** Scale value -> position on the scale, for whole values 0 to 100 (-1 when not on the scale). */
  scalePosition: Int8Array;
  /** Every scale value -> position (for values the table cannot hold). */
  scaleMap: Map<number, number>;
  /** The scale values as a message lists them. */
  scaleText: string;
  /** Scratch space for finding items answered twice in one response (see validate.ts). */
  seenIn: Int32Array;
  seenAt: Int32Array;
  stamp: number;
}

const cache = new WeakMap<Framework, { themes: unknown; scale: unknown; index: FrameworkIndex }>();

/** The framework's lookups, built on first use. */
export function indexOf(framework: Framework): FrameworkIndex {
  const cached = cache.get(framework);
  if (cached && cached.themes === framework.themes && cached.scale === framework.ratingScale.points) return cached.index;
  const index = build(framework);
  cache.set(framework, { themes: framework.themes, scale: framework.ratingScale.points, index });
  return index;
}

function build(framework: Framework): FrameworkIndex {
  const items: IndexedItem[] = [];
  const position = new Map<string, number>();
  const themeRanges: Array<[number, number]> = [];
  framework.themes.forEach((theme, themeIndex) => {
    const start = items.length;
    themeItems(theme).forEach((item, indexInTheme) => {
      if (!position.has(item.id)) position.set(item.id, items.length);
      items.push({ item, theme, themeIndex, indexInTheme, label: itemLabel(item) });
    });
    themeRanges.push([start, items.length]);
  });
  const points = framework.ratingScale.points;
  const scalePosition = new Int8Array(101).fill(-1);
  points.forEach((point, i) => {
    if (Number.isInteger(point.value) && point.value >= 0 && point.value <= 100) scalePosition[point.value] = i;
  });
  return {
    items,
    position,
    themeRanges,
    scaleValues: points.map((p) => p.value),
    scaleLabels: points.map((p) => p.label),
    scalePosition,
    scaleMap: new Map(points.map((p, i) => [p.value, i])),
    scaleText: points.map((p) => p.value).join(', '),
    seenIn: new Int32Array(items.length),
    seenAt: new Int32Array(items.length),
    stamp: 0,
  };
}

/** Position of a scale value, or -1 when it is not on the scale. */
export function scalePositionOf(index: FrameworkIndex, value: number): number {
  return value >= 0 && value <= 100 && Number.isInteger(value) ? index.scalePosition[value] : index.scaleMap.get(value) ?? -1;
}
