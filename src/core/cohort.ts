/**
 * The cohort view: how the leaders of a programme or organisation were seen, as a group.
 *
 * It works from each leader's `AggregateResult`, so each leader's own report rules (group minimums,
 * pooling, hidden all-raters figures) apply underneath: a figure a leader's report hides never
 * enters the cohort. On top of that:
 * - no per-leader row: every figure is a distribution over leaders, given as a mean and the number
 *   of leaders in each band of the scale (never a minimum, maximum or median, which are one
 *   leader's exact figure);
 * - a figure is shown only when at least `minimumLeaders` leaders give it (default 5, never
 *   fewer than 3); below that only the number of leaders is given;
 * - each leader's figures are read one at a time, never linked to each other, so swapping one
 *   theme's figures between two leaders changes nothing that is shown
 *   (test/core/cohort-anonymity.test.ts checks this and more over random cohorts).
 * No DOM: runs in Node and in the browser.
 */
import type { AggregateResult, ItemResult, ThemeResult } from './aggregate.js';
import { scaleResolution } from './change.js';
import { formatGap, formatScore, type ReportTable } from './report-tables.js';
import type { Problem } from './types.js';

export const DEFAULT_COHORT_MINIMUM = 5;
/** The cohort minimum can never go below this, whatever a host asks for. */
export const COHORT_MINIMUM_FLOOR = 3;

export interface CohortOptions {
  /** Leaders needed before a figure is shown. Default 5, never below 3. */
  minimumLeaders?: number;
  /** How many items to list as most often a blind spot. Default 5. */
  topBlindSpots?: number;
}

/** Leaders whose figure falls in `[from, to)` (the last band includes `to`). */
export interface CohortBand {
  from: number;
  to: number;
  label: string;
  leaders: number;
}

export interface ShownCohortFigure {
  status: 'shown';
  /** Leaders whose figure this is made from. */
  leaders: number;
  /** The mean of the leaders' figures. */
  mean: number;
  bands: CohortBand[];
}

export interface HiddenCohortFigure {
  status: 'hidden';
  leaders: number;
  reason: string;
}

export type CohortFigure = ShownCohortFigure | HiddenCohortFigure;

export interface CohortItem {
  themeId: string;
  itemId: string;
  label: string;
  kind: ItemResult['kind'];
  /** The leaders' all-raters means. */
  allRaters: CohortFigure;
  /** The leaders' self-versus-others gaps (all raters minus self). */
  gap: CohortFigure;
  /** Leaders for whom the item is a blind spot; `null` when `gap` is hidden. */
  blindSpots: number | null;
  /** Leaders for whom the item is a hidden strength; `null` when `gap` is hidden. */
  hiddenStrengths: number | null;
}

export interface CohortTheme {
  themeId: string;
  title: string;
  allRaters: CohortFigure;
  gap: CohortFigure;
  items: CohortItem[];
}

export interface CohortBlindSpot {
  themeId: string;
  itemId: string;
  label: string;
  /** Leaders for whom it is a blind spot. */
  leaders: number;
  /** Leaders with a gap on this item (the share is `leaders / of`). */
  of: number;
}

export interface CohortResponses {
  /** Leaders whose response rate is known (their 360 says how many raters were invited). */
  rate: CohortFigure;
  /** Raters who responded and were invited, over the leaders whose invitations are known. */
  responded: number | null;
  invited: number | null;
  /** Leaders who completed their own self assessment, out of `leaders`. */
  selfCompleted: number | null;
}

export interface CohortResult {
  frameworkId: string | null;
  /** Leaders' results used. */
  leaders: number;
  minimumLeaders: number;
  /** False when fewer leaders than the minimum: then nothing but the number of leaders is given. */
  shown: boolean;
  scale: { values: number[]; labels: string[] };
  themes: CohortTheme[];
  items: CohortItem[];
  /** Items most often a blind spot, most first (only items whose gap figure is shown). */
  blindSpots: CohortBlindSpot[];
  responses: CohortResponses;
  /** Results left out, by their position in the input, and why. */
  rejected: Array<{ index: number; problems: Problem[] }>;
}

/** The minimum in force after the default and the floor. */
export function resolveCohortMinimum(asked?: number): number {
  const value = typeof asked === 'number' && Number.isFinite(asked) ? Math.ceil(asked) : DEFAULT_COHORT_MINIMUM;
  return Math.max(COHORT_MINIMUM_FLOOR, value);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function format(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Bands of half the scale's resolution across the scale: 1 to 1.5, 1.5 to 2, ... 4.5 to 5. */
export function meanBands(values: number[]): Array<Omit<CohortBand, 'leaders'>> {
  const step = scaleResolution(values) / 2;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const bands: Array<Omit<CohortBand, 'leaders'>> = [];
  for (let from = low; from < high - 1e-9; from += step) {
    const to = Math.min(high, from + step);
    bands.push({ from, to, label: `${format(from)} to ${to === high ? format(to) : `under ${format(to)}`}` });
  }
  return bands;
}

/** Bands of the gap (all raters minus self), in steps of the resolution, open at both ends. */
export function gapBands(values: number[]): Array<Omit<CohortBand, 'leaders'>> {
  const r = scaleResolution(values);
  const span = Math.max(...values) - Math.min(...values);
  return [
    { from: -span, to: -r, label: `Others ${format(r)} or more lower` },
    { from: -r, to: -r / 2, label: `Others ${format(r / 2)} to under ${format(r)} lower` },
    { from: -r / 2, to: r / 2, label: `Within ${format(r / 2)} either way` },
    { from: r / 2, to: r, label: `Others ${format(r / 2)} to under ${format(r)} higher` },
    { from: r, to: span, label: `Others ${format(r)} or more higher` },
  ];
}

const RATE_BANDS: Array<Omit<CohortBand, 'leaders'>> = [
  { from: 0, to: 0.25, label: 'Under 25%' },
  { from: 0.25, to: 0.5, label: '25% to under 50%' },
  { from: 0.5, to: 0.75, label: '50% to under 75%' },
  { from: 0.75, to: 1, label: '75% to 100%' },
];

/**
 * A distribution over leaders' figures, or only the number of leaders when too few. The first
 * band takes everything below it and the last everything above, so every figure is counted once.
 */
function distribution(figures: number[], bands: Array<Omit<CohortBand, 'leaders'>>, minimum: number): CohortFigure {
  if (figures.length < minimum) {
    return {
      status: 'hidden',
      leaders: figures.length,
      reason: figures.length
        ? `Not shown because fewer than ${minimum} leaders have this figure, so one leader's figures could be worked out.`
        : 'No leader has this figure.',
    };
  }
  const counted = bands.map((band) => ({ ...band, leaders: 0 }));
  for (const value of figures) {
    // A tiny tolerance so a mean of exactly 3.5 falls in the band that starts at 3.5.
    let index = counted.findIndex((band) => value < band.to - 1e-9);
    if (index === -1) index = counted.length - 1;
    counted[index].leaders++;
  }
  return { status: 'shown', leaders: figures.length, mean: figures.reduce((a, b) => a + b, 0) / figures.length, bands: counted };
}

/** Why a leader's result cannot be used in this cohort; empty when it can. */
function resultProblems(result: unknown, frameworkId: string | null, values: number[] | null): Problem[] {
  if (!isObject(result)) return [{ path: '', message: 'This is not a report result.' }];
  const problems: Problem[] = [];
  if (typeof result.frameworkId !== 'string') problems.push({ path: '/frameworkId', message: 'The result does not say which framework it is for.' });
  else if (frameworkId !== null && result.frameworkId !== frameworkId) {
    problems.push({ path: '/frameworkId', message: `This result is for framework "${result.frameworkId.slice(0, 60)}", not "${frameworkId}".` });
  }
  const scale = result.scale as { values?: unknown } | undefined;
  if (!isObject(scale) || !Array.isArray(scale.values) || scale.values.length < 2 || !scale.values.every(isNumber)) {
    problems.push({ path: '/scale/values', message: 'The result has no rating scale.' });
  } else if (values && (scale.values.length !== values.length || scale.values.some((v, i) => v !== values[i]))) {
    problems.push({ path: '/scale/values', message: 'This result uses another rating scale from the rest of the cohort.' });
  }
  if (!Array.isArray(result.themes) || !result.themes.every((t) => isObject(t) && Array.isArray(t.items) && t.items.every(isObject))) {
    problems.push({ path: '/themes', message: 'The result has no list of themes with their items.' });
  }
  if (!isObject(result.respondents)) problems.push({ path: '/respondents', message: 'The result does not say who responded.' });
  return problems;
}

/** A leader's shown all-raters mean for an item, or null. */
function itemMean(item: ItemResult | undefined): number | null {
  return item?.allRaters?.status === 'shown' && isNumber(item.allRaters.mean) ? item.allRaters.mean : null;
}

/** A leader's gap for an item: only when their report gives one (self and a shown all-raters figure). */
function itemGap(item: ItemResult | undefined): number | null {
  return itemMean(item) !== null && isNumber(item!.self) && isNumber(item!.gap) ? item!.gap : null;
}

function themeMean(theme: ThemeResult | undefined): number | null {
  return isNumber(theme?.allRaters?.mean) && (theme!.allRaters!.items ?? 0) > 0 ? theme!.allRaters!.mean : null;
}

function themeGap(theme: ThemeResult | undefined): number | null {
  return themeMean(theme) !== null && isNumber(theme!.self) && isNumber(theme!.gap) ? theme!.gap : null;
}

/**
 * For each list, its entries in the order of `ids`: entry `i` is the one with id `ids[i]` (the last
 * one, when a list repeats an id), or undefined. A list with exactly those ids in that order is its
 * own answer (when `ids` has no repeats); any other is looked up by id.
 */
function aligned<T>(ids: unknown[], lists: T[][], idOf: (entry: T) => unknown): Array<Array<T | undefined>> {
  const unique = new Set(ids).size === ids.length;
  return lists.map((list) => {
    if (unique && list.length === ids.length && list.every((entry, i) => idOf(entry) === ids[i])) return list;
    const byId = new Map(list.map((entry) => [idOf(entry), entry]));
    return ids.map((id) => byId.get(id));
  });
}

/** The cohort view of many leaders' results. Bad results are listed in `rejected` and left out. */
export function cohortReport(results: unknown[], options: CohortOptions = {}): CohortResult {
  const minimum = resolveCohortMinimum(options.minimumLeaders);
  const rejected: CohortResult['rejected'] = [];
  const used: AggregateResult[] = [];
  let frameworkId: string | null = null;
  let values: number[] | null = null;
  (Array.isArray(results) ? results : []).forEach((result, index) => {
    const problems = resultProblems(result, frameworkId, values);
    if (problems.length) {
      rejected.push({ index, problems });
      return;
    }
    const valid = result as AggregateResult;
    frameworkId ??= valid.frameworkId;
    values ??= [...valid.scale.values];
    used.push(valid);
  });

  const first = used[0];
  const scale = first ? { values: [...first.scale.values], labels: [...(first.scale.labels ?? [])] } : { values: [], labels: [] };
  const view: CohortResult = {
    frameworkId,
    leaders: used.length,
    minimumLeaders: minimum,
    shown: used.length >= minimum,
    scale,
    themes: [],
    items: [],
    blindSpots: [],
    responses: { rate: distribution([], RATE_BANDS, minimum), responded: null, invited: null, selfCompleted: null },
    rejected,
  };
  if (!view.shown) {
    view.responses.rate = { status: 'hidden', leaders: used.length, reason: `Not shown because the cohort has fewer than ${minimum} leaders.` };
    return view;
  }

  const means = meanBands(scale.values);
  const gaps = gapBands(scale.values);
  // Each leader's themes and items in the first leader's order, found by id once (a leader's result
  // may list them in any order; most list them as the first does).
  const themeIds = first.themes.map((t) => t.themeId);
  const itemIds = first.themes.flatMap((t) => t.items.map((i) => i.itemId));
  const themesOf = aligned(themeIds, used.map((r) => r.themes), (t) => t.themeId);
  const itemsOf = aligned(itemIds, used.map((r) => r.themes.flatMap((t) => t.items)), (i) => i.itemId);
  const collect = <T>(lists: Array<Array<T | undefined>>, at: number, read: (value: T | undefined) => number | null) => {
    const out: number[] = [];
    for (const list of lists) {
      const value = read(list[at]);
      if (value !== null) out.push(value);
    }
    return out;
  };

  // The first leader's result gives the order and the names of themes and items (the framework's).
  let itemAt = 0;
  first.themes.forEach((theme, themeAt) => {
    const items: CohortItem[] = theme.items.map((item) => {
      const at = itemAt++;
      const gapFigures = collect(itemsOf, at, itemGap);
      const gap = distribution(gapFigures, gaps, minimum);
      let blindSpots: number | null = null;
      let hiddenStrengths: number | null = null;
      if (gap.status === 'shown') {
        blindSpots = 0;
        hiddenStrengths = 0;
        for (const list of itemsOf) {
          const own = list[at];
          if (itemGap(own) === null) continue;
          if (own!.flag === 'blind-spot') blindSpots++;
          else if (own!.flag === 'hidden-strength') hiddenStrengths++;
        }
      }
      return {
        themeId: theme.themeId,
        itemId: item.itemId,
        label: item.label,
        kind: item.kind,
        allRaters: distribution(collect(itemsOf, at, itemMean), means, minimum),
        gap,
        blindSpots,
        hiddenStrengths,
      };
    });
    view.themes.push({
      themeId: theme.themeId,
      title: theme.title,
      allRaters: distribution(collect(themesOf, themeAt, themeMean), means, minimum),
      gap: distribution(collect(themesOf, themeAt, themeGap), gaps, minimum),
      items,
    });
    view.items.push(...items);
  });

  view.blindSpots = view.items
    .filter((item) => (item.blindSpots ?? 0) > 0)
    .map((item) => ({ themeId: item.themeId, itemId: item.itemId, label: item.label, leaders: item.blindSpots!, of: item.gap.leaders }))
    .sort((a, b) => b.leaders - a.leaders || b.leaders / b.of - a.leaders / a.of)
    .slice(0, Math.max(0, Math.floor(options.topBlindSpots ?? 5)));

  const withInvited = used.filter((r) => isNumber(r.respondents.invited) && r.respondents.invited > 0 && isNumber(r.respondents.raters));
  view.responses = {
    rate: distribution(withInvited.map((r) => Math.min(1, r.respondents.raters / r.respondents.invited!)), RATE_BANDS, minimum),
    responded: withInvited.length >= minimum ? withInvited.reduce((sum, r) => sum + r.respondents.raters, 0) : null,
    invited: withInvited.length >= minimum ? withInvited.reduce((sum, r) => sum + r.respondents.invited!, 0) : null,
    selfCompleted: used.filter((r) => r.respondents.self === true).length,
  };
  return view;
}

/** A distribution in words: the mean, then every band with at least one leader. */
function bandsText(figure: CohortFigure): string {
  if (figure.status === 'hidden') return figure.leaders ? `Not shown: fewer than the minimum number of leaders (${figure.leaders})` : 'No leader has this figure';
  return figure.bands.filter((b) => b.leaders).map((b) => `${b.label}: ${b.leaders}`).join('; ');
}

const meanText = (figure: CohortFigure) => (figure.status === 'shown' ? formatScore(figure.mean) : '');
const gapText = (figure: CohortFigure) => (figure.status === 'shown' ? formatGap(figure.mean) : '');

/**
 * The cohort view's tables (shown, printed and downloaded as CSV alike). Rows are themes, items and
 * bands, never leaders.
 */
export function cohortTables(view: CohortResult): ReportTable[] {
  if (!view.shown) return [];
  const themes: ReportTable = {
    id: 'cohort-themes',
    caption: "Themes: the leaders' all-raters means and self-versus-others gaps",
    headers: ['Theme', 'Leaders', 'Mean of all-raters means', 'Leaders by all-raters mean', 'Mean gap (others minus self)', 'Leaders by gap'],
    rows: view.themes.filter((t) => t.items.length).map((t) => [t.title, t.allRaters.leaders, meanText(t.allRaters), bandsText(t.allRaters), gapText(t.gap), bandsText(t.gap)]),
  };
  const items: ReportTable = {
    id: 'cohort-items',
    caption: "Items: the leaders' all-raters means, gaps, blind spots and hidden strengths",
    headers: ['Item', 'Theme', 'Leaders', 'Mean of all-raters means', 'Leaders by all-raters mean', 'Mean gap (others minus self)', 'Leaders by gap', 'A blind spot for', 'A hidden strength for'],
    rows: view.items.map((i) => {
      const title = view.themes.find((t) => t.themeId === i.themeId)?.title ?? '';
      const of = i.gap.leaders;
      return [i.label, title, i.allRaters.leaders, meanText(i.allRaters), bandsText(i.allRaters), gapText(i.gap), bandsText(i.gap),
        i.blindSpots === null ? '' : `${i.blindSpots} of ${of} leaders`, i.hiddenStrengths === null ? '' : `${i.hiddenStrengths} of ${of} leaders`];
    }),
  };
  const blindSpots: ReportTable = {
    id: 'cohort-blind-spots',
    caption: 'Items most often a blind spot (leaders rated themselves higher than their raters did)',
    headers: ['Item', 'Leaders for whom it is a blind spot', 'Leaders with a gap on it'],
    rows: view.blindSpots.map((b) => [b.label, b.leaders, b.of]),
  };
  const rates = view.responses.rate;
  const responses: ReportTable = {
    id: 'cohort-responses',
    caption: 'Response rates: raters who responded out of those invited, per leader',
    headers: ['Response rate', 'Leaders'],
    rows: rates.status === 'shown' ? rates.bands.map((b) => [b.label, b.leaders]) : [['Not shown: fewer than the minimum number of leaders', rates.leaders]],
  };
  return [themes, items, blindSpots, responses];
}
