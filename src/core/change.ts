/**
 * A re-assessment: the change in a leader's figures from their previous 360 to this one.
 *
 * - Only figures shown in both reports are compared: a hidden or missing figure never gives a change.
 * - Every change carries both counts, because the raters may differ between the two rounds.
 * - A change smaller than the scale's resolution (the step between two points, 1 on a 1 to 5
 *   scale) reads as "no clear change", never as progress or decline.
 * - Theme changes are worked out over the items shown both times, so both rounds average the same items.
 * No DOM: runs in Node and in the browser.
 */
import type { AggregateResult, ItemResult, ShownFigure } from './aggregate.js';
import { formatScore, type ReportTable } from './report-tables.js';
import type { DevelopmentPlan, Problem } from './types.js';

/** How a change reads: only a change of at least the scale's resolution is "higher" or "lower". */
export type ChangeReading = 'higher' | 'lower' | 'no-clear-change';

/** One figure in both rounds. */
export interface FigureChange {
  previous: number;
  current: number;
  /** current minus previous. */
  change: number;
  /** Number of scores behind each figure. */
  previousCount: number;
  currentCount: number;
  reading: ChangeReading;
}

/** The leader's own score in both rounds. */
export interface SelfChange {
  previous: number;
  current: number;
  change: number;
  reading: ChangeReading;
}

export interface ItemChange {
  themeId: string;
  itemId: string;
  label: string;
  /** All raters in both rounds; `null` when either report did not show it (see `note`). */
  allRaters: FigureChange | null;
  self: SelfChange | null;
  /** Whether the item was in the plan made after the previous 360. */
  inPreviousPlan: boolean;
  /** Why there is no all-raters change, in plain words. */
  note?: string;
}

export interface ThemeChange {
  themeId: string;
  title: string;
  /** Over the items shown both times (`items` of them); `null` when there are none. */
  allRaters: (FigureChange & { items: number }) | null;
  items: ItemChange[];
}

export interface ChangeResult {
  /** The step between two points of the scale; smaller changes read as "no clear change". */
  resolution: number;
  /** Raters who responded in each round (they may not be the same people). */
  raters: { previous: number; current: number };
  themes: ThemeChange[];
  items: ItemChange[];
  /** Items of the previous plan, in the plan's order. */
  previousPlanItems: string[];
  /** Why the two results cannot be compared; when not empty, `themes` and `items` are empty. */
  problems: Problem[];
}

export interface CompareOptions {
  /** The plan made after the previous 360: its items are marked. */
  previousPlan?: DevelopmentPlan | null;
}

/** The smallest step between two points of a scale (1 when the scale is unusable). */
export function scaleResolution(values: number[]): number {
  let step = Infinity;
  for (let i = 1; i < values.length; i++) step = Math.min(step, Math.abs(values[i] - values[i - 1]));
  return Number.isFinite(step) && step > 0 ? step : 1;
}

/** How a change reads against the resolution (a tiny tolerance keeps 4 - 3 at exactly 1). */
export function readChange(change: number, resolution: number): ChangeReading {
  if (Math.abs(change) < resolution - 1e-9) return 'no-clear-change';
  return change > 0 ? 'higher' : 'lower';
}

function shown(item: ItemResult | undefined): ShownFigure | null {
  const figure = item?.allRaters;
  return figure?.status === 'shown' && Number.isFinite(figure.mean) ? figure : null;
}

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function sameValues(a: number[] | undefined, b: number[] | undefined): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The change from `previous` to `current`, per theme and per item, from figures shown in both. */
export function compareResults(current: AggregateResult, previous: AggregateResult, options: CompareOptions = {}): ChangeResult {
  const resolution = scaleResolution(current?.scale?.values ?? []);
  const previousPlanItems = (options.previousPlan?.items ?? []).map((item) => item.itemId);
  const result: ChangeResult = {
    resolution,
    raters: { previous: previous?.respondents?.raters ?? 0, current: current?.respondents?.raters ?? 0 },
    themes: [],
    items: [],
    previousPlanItems,
    problems: [],
  };
  if (current?.frameworkId !== previous?.frameworkId) {
    result.problems.push({ path: '/frameworkId', message: `The previous 360 used another framework ("${String(previous?.frameworkId).slice(0, 60)}"), so the two cannot be compared item by item.` });
  }
  if (!sameValues(current?.scale?.values, previous?.scale?.values)) {
    result.problems.push({ path: '/scale/values', message: 'The previous 360 used another rating scale, so its scores cannot be compared with these.' });
  }
  if (result.problems.length) return result;

  const planned = new Set(previousPlanItems);
  const before = new Map((previous.items ?? []).map((item) => [item.itemId, item]));
  const figureChange = (was: number, now: number, wasCount: number, nowCount: number): FigureChange => ({
    previous: was, current: now, change: now - was, previousCount: wasCount, currentCount: nowCount, reading: readChange(now - was, resolution),
  });

  for (const theme of current.themes ?? []) {
    const items: ItemChange[] = [];
    const common: Array<[ShownFigure, ShownFigure]> = [];
    for (const item of theme.items ?? []) {
      const old = before.get(item.itemId);
      const now = shown(item);
      const was = shown(old);
      const change: ItemChange = {
        themeId: theme.themeId,
        itemId: item.itemId,
        label: item.label,
        allRaters: null,
        self: null,
        inPreviousPlan: planned.has(item.itemId),
      };
      if (now && was) {
        change.allRaters = figureChange(was.mean, now.mean, was.count, now.count);
        common.push([was, now]);
      } else if (!old) change.note = 'Not in the previous 360.';
      else if (!was && !now) change.note = 'Not shown in either report.';
      else if (!was) change.note = 'Not shown last time, so there is nothing to compare with.';
      else change.note = 'Not shown this time, so there is nothing to compare with.';
      if (isScore(item.self) && isScore(old?.self)) {
        change.self = { previous: old!.self!, current: item.self, change: item.self - old!.self!, reading: readChange(item.self - old!.self!, resolution) };
      }
      items.push(change);
    }
    const mean = (figures: ShownFigure[]) => figures.reduce((sum, f) => sum + f.mean, 0) / figures.length;
    const count = (figures: ShownFigure[]) => figures.reduce((sum, f) => sum + f.count, 0);
    const was = common.map(([w]) => w);
    const now = common.map(([, n]) => n);
    result.themes.push({
      themeId: theme.themeId,
      title: theme.title,
      allRaters: common.length ? { ...figureChange(mean(was), mean(now), count(was), count(now)), items: common.length } : null,
      items,
    });
    result.items.push(...items);
  }
  return result;
}

/** How a reading is said in a table. */
export function readingText(reading: ChangeReading, resolution: number): string {
  if (reading === 'higher') return 'Higher';
  if (reading === 'lower') return 'Lower';
  return `No clear change (less than ${resolution} ${resolution === 1 ? 'point' : 'points'} on the scale)`;
}

/**
 * A change with its sign, to two decimal places: one place would show 0.97 as "+1.0" beside
 * "less than 1 point", which reads as a contradiction.
 */
export function formatChange(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return text === '0.00' ? text : `${value > 0 ? '+' : '-'}${text}`;
}

const withCount = (mean: number, count: number) => `${formatScore(mean)} (${count} ${count === 1 ? 'score' : 'scores'})`;

/** The theme and item tables of a re-assessment, as plain rows (shown, printed and downloaded alike). */
export function changeTables(change: ChangeResult): ReportTable[] {
  const themes: ReportTable = {
    id: 'change-themes',
    caption: 'Change since your last 360, by theme (all raters, over the items shown both times)',
    headers: ['Theme', 'Last time', 'This time', 'Change', 'What it shows'],
    rows: change.themes.filter((t) => t.items.length).map((t) => t.allRaters
      ? [t.title, withCount(t.allRaters.previous, t.allRaters.previousCount), withCount(t.allRaters.current, t.allRaters.currentCount),
        formatChange(t.allRaters.change), `${readingText(t.allRaters.reading, change.resolution)}; ${t.allRaters.items} ${t.allRaters.items === 1 ? 'item' : 'items'} compared`]
      : [t.title, '', '', '', 'No item was shown in both reports, so there is nothing to compare.']),
  };
  const items: ReportTable = {
    id: 'change-items',
    caption: 'Change since your last 360, by item (all raters)',
    headers: ['Item', 'In your last plan', 'Last time', 'This time', 'Change', 'What it shows', 'Your own score (last time, this time)'],
    rows: change.items.map((i) => [
      i.label,
      i.inPreviousPlan ? 'Yes' : '',
      i.allRaters ? withCount(i.allRaters.previous, i.allRaters.previousCount) : '',
      i.allRaters ? withCount(i.allRaters.current, i.allRaters.currentCount) : '',
      i.allRaters ? formatChange(i.allRaters.change) : '',
      i.allRaters ? readingText(i.allRaters.reading, change.resolution) : i.note ?? '',
      i.self ? `${i.self.previous}, ${i.self.current}` : '',
    ]),
  };
  return [themes, items];
}
