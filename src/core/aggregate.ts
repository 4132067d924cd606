/**
 * 360 scoring: validates response files, drops duplicates and works out every figure of the report,
 * applying the anonymity rules of `anonymity.ts`. No DOM: runs in Node and in the browser.
 */
import {
  discloseItem,
  groupLabel,
  isAnonymous,
  KNOWN_GROUPS,
  POOLED_GROUP,
  resolveMinimums,
  type AnonymityOptions,
  type ItemDisclosure,
  type Minimums,
} from './anonymity.js';
import { IdTable } from './aggregate-ids.js';
import { indexOf, type FrameworkIndex } from './framework-index.js';
import { exactMargin, flagOf, highestAndLowest, itemFlagOf, meanOfRatios, ratio, type GapFlag, type Margin } from './gaps.js';
import { parseJson } from './validate.js';
import { AnswerSink, responseCheckFor, responseProblems } from './response-check.js';
import type { AssessmentResponse, Framework, FrameworkItem, Problem, Theme } from './types.js';

/** One file (or object) to read: its name for messages, and its content as JSON or as text. */
export interface ResponseInput {
  name: string;
  json?: unknown;
  /** Raw file text; parsed here when `json` is not given. */
  text?: string;
  /** Why the file could not be read at all (too large, unreadable): it is listed with this reason. */
  error?: string;
}

export interface AggregateOptions extends AnonymityOptions {
  /** How far self and others must differ to flag a blind spot or hidden strength. Default 1. */
  margin?: number;
  /** Number of raters invited (self not counted), for the response rate. */
  invited?: number;
  /** How many highest and lowest items to list. Default 3. */
  extremes?: number;
  /** Only responses to this assessment are used; by default the assessment most responses answer. */
  assessmentId?: string;
}

/** A figure that may be shown: mean, count and spread over the scale. */
export interface ShownFigure {
  status: 'shown';
  mean: number;
  /** Number of scores (not-observed answers are not scores). */
  count: number;
  /** Sum of the scores, a whole number: `sum / count` is the exact mean. */
  sum: number;
  min: number;
  max: number;
  /** Number of scores at each point of the scale, lowest point first. */
  distribution: number[];
}
/** A figure withheld by the anonymity rules: only its count is given. */
export interface HiddenFigure {
  status: 'hidden';
  count: number;
  reason: string;
}
/** A group whose scores are counted in the pooled "Other raters" figure instead of their own. */
export interface PooledFigure {
  status: 'pooled';
  count: number;
  reason: string;
}
/** Nobody gave a score. */
export interface NoFigure {
  status: 'none';
  count: 0;
}
export type Figure = ShownFigure | HiddenFigure | PooledFigure | NoFigure;

export interface GroupFigure {
  /** A relationship id, or `other-raters` for the pool. */
  group: string;
  label: string;
  figure: Figure;
  /** Raters of this group who chose "not observed" on this item. */
  notObserved: number;
  /** For the pool: the groups in it. */
  members?: string[];
}

export interface ItemResult {
  themeId: string;
  itemId: string;
  label: string;
  kind: FrameworkItem['kind'];
  /** The leader's own score; `null` when missing or "not observed". */
  self: number | null;
  selfNotObserved: boolean;
  allRaters: Figure;
  /** Each relationship group that responded (in a stable order), then the pool when it has members. */
  groups: GroupFigure[];
  /** Raters who chose "not observed" on this item. */
  notObserved: number;
  /** All raters minus self; `null` when either is not shown. */
  gap: number | null;
  flag: GapFlag | null;
}

/**
 * A theme figure: the mean of item means, worked out only from figures shown on those items (so it
 * reveals nothing new). Different figures of one theme may average different items (an item whose
 * figure is hidden, or that nobody in the group scored, is left out): `items` says how many, and a
 * report should show it next to the figure when it is below the theme's number of items.
 */
export interface ThemeFigure {
  mean: number;
  /** Number of items whose figure it averages (at most the theme's number of items). */
  items: number;
  /** Number of scores behind those item figures. */
  count: number;
  min: number;
  max: number;
  distribution: number[];
}

/** A group's figure for a whole theme. */
export interface ThemeGroupFigure {
  group: string;
  label: string;
  figure: ThemeFigure | null;
  /** For a group: true when it is counted in "Other raters" for this theme. */
  pooled?: boolean;
  /** Plain-English reason when the figure is `null` because the group is pooled. */
  note?: string;
  /** For the pool: the groups in it for this theme. */
  members?: string[];
}

export interface ThemeResult {
  themeId: string;
  title: string;
  status: Theme['status'];
  statusNote?: string;
  /** Mean of the leader's own item scores; `null` when none (e.g. a theme without items). */
  self: number | null;
  /** Mean of the shown all-raters item means; `null` when none, never 0. */
  allRaters: ThemeFigure | null;
  /**
   * One entry per group that responded (in the items' order), then the pool when it has members.
   * A group counted in "Other raters" on any item of the theme is counted there on every item of the
   * theme (its `figure` is `null`, `pooled` is true and `note` says why), so the pool's theme
   * figure and the other groups' cover the same raters on every item and can be compared. The
   * pool's theme figure averages, item by item, all scores of its `members`, each item's taken from
   * figures shown on that item (its pool, plus the members shown on their own there); an item whose
   * own pool is hidden is left out. See `ThemeFigure.items`.
   */
  groups: ThemeGroupFigure[];
  gap: number | null;
  flag: GapFlag | null;
  items: ItemResult[];
}

export interface GroupResponse {
  group: string;
  label: string;
  /** Raters of this group who responded. */
  count: number;
  minimum: number;
  /** Whether the group's figures can be shown on their own (its count reaches its minimum). */
  shown: boolean;
  /** Plain-English note: not anonymous, pooled or hidden. */
  note?: string;
}

export interface RespondentSummary {
  self: boolean;
  raters: number;
  groups: GroupResponse[];
  invited?: number;
  /** Raters who responded divided by raters invited (0 to 1). */
  responseRate?: number;
}

export type RejectionKind = 'invalid' | 'duplicate' | 'other-assessment' | 'second-self';

/** A file left out of the report, and why. */
export interface RejectedResponse {
  name: string;
  kind: RejectionKind;
  problems: Problem[];
}

export interface ReportComment {
  themeId: string;
  itemId: string;
  text: string;
  /** Who it is shown as coming from: "You (self)", a shown group, or "Other raters (pooled)". */
  from: string;
}

export interface AggregateResult {
  frameworkId: string;
  assessmentId: string | null;
  scale: { values: number[]; labels: string[] };
  respondents: RespondentSummary;
  themes: ThemeResult[];
  items: ItemResult[];
  highest: ItemResult[];
  lowest: ItemResult[];
  blindSpots: ItemResult[];
  hiddenStrengths: ItemResult[];
  /** Comments that may be shown, grouped by theme and in a stable, non-chronological order. */
  comments: ReportComment[];
  /** Comments left out because their group is too small to keep them anonymous. */
  withheldComments: number;
  rejected: RejectedResponse[];
  /** Every valid response used, for counts. */
  used: number;
  minimums: { groups: Record<string, number>; pool: number; allRaters: number; comments: number };
  margin: number;
}

/**
 * The valid responses, in input order, as parallel lists (no object per response): entry `k` is
 * `responses[k]` (its relationship also in `relationships[k]`), read from a file named `names[k]`,
 * with its answers in the sink at positions `[starts[k], starts[k + 1])`, and `comments[k]` set when
 * any answer has a comment.
 */
interface Accepted {
  responses: AssessmentResponse[];
  names: string[];
  relationships: Array<string | undefined>;
  starts: Int32Array;
  comments: Uint8Array;
}

/** What acceptResponses decides: the entries used (as positions in `Accepted`) and the files left out. */
interface Acceptance {
  valid: Accepted;
  rejected: RejectedResponse[];
  /** The self response used, or -1. */
  self: number;
  /** The raters' responses used, in input order. */
  raters: number[];
  assessmentId: string | null;
  used: number;
}

/**
 * Validates every input; bad ones are listed, never thrown. Valid answers go to `sink`. What the
 * later steps read from a valid file (its id, assessment, respondent, relationship) is read while
 * the file is at hand, so no response object is visited twice.
 */
function acceptResponses(framework: Framework, inputs: ResponseInput[], options: AggregateOptions, sink: AnswerSink): Acceptance {
  const rejected: RejectedResponse[] = [];
  const responses: AssessmentResponse[] = [];
  const names: string[] = [];
  const assessments: string[] = [];
  const relationships: Array<string | undefined> = [];
  const starts = new Int32Array(inputs.length + 1);
  const comments = new Uint8Array(inputs.length);
  const unique = new Uint8Array(inputs.length);
  const selfFlags = new Uint8Array(inputs.length);
  // Duplicates: the same response id twice is one response (e.g. a file loaded twice); listed after
  // the invalid files. Responses per assessment are counted a run of equal ids at a time (a batch is
  // mostly one assessment), in the order first seen.
  const firstWithId = new IdTable(inputs.length);
  const duplicates: Array<[number, number]> = [];
  const tally = new Map<string, number>();
  let run: string | null = null;
  let runLength = 0;
  const check = responseCheckFor(framework);
  sink.reserve(inputs.length * check.index.items.length); // a valid file answers each item at most once
  for (const input of inputs) {
    const name = String(input?.name ?? 'unnamed file');
    if (typeof input?.error === 'string') {
      rejected.push({ name, kind: 'invalid', problems: [{ path: '', message: input.error }] });
      continue;
    }
    let json = input?.json;
    if (json === undefined && typeof input?.text === 'string') {
      const parsed = parseJson(input.text);
      if (!parsed.ok) {
        rejected.push({ name, kind: 'invalid', problems: parsed.problems });
        continue;
      }
      json = parsed.value;
    }
    const start = sink.length;
    sink.comments = false;
    const problems = responseProblems(json, check, sink);
    if (problems !== null) {
      sink.length = start; // drop the answers of an invalid file
      rejected.push({ name, kind: 'invalid', problems });
      continue;
    }
    const response = json as AssessmentResponse;
    const k = responses.length;
    comments[k] = sink.comments ? 1 : 0;
    starts[k] = start;
    responses.push(response);
    names.push(name);
    assessments.push(response.assessmentId);
    relationships.push(response.relationship);
    selfFlags[k] = response.respondent === 'self' ? 1 : 0;
    const first = firstWithId.firstOrAdd(response.id, k);
    if (first >= 0) {
      duplicates.push([k, first]);
      continue;
    }
    unique[k] = 1;
    if (response.assessmentId === run) {
      runLength++;
    } else {
      if (run !== null) tally.set(run, (tally.get(run) ?? 0) + runLength);
      run = response.assessmentId;
      runLength = 1;
    }
  }
  if (run !== null) tally.set(run, (tally.get(run) ?? 0) + runLength);
  const count = responses.length;
  starts[count] = sink.length;
  for (const [k, first] of duplicates) {
    rejected.push({
      name: names[k],
      kind: 'duplicate',
      problems: [{ path: '/id', message: `Same response id as "${names[first]}", so it was counted once.` }],
    });
  }

  // One assessment at a time: the one asked for, or the one most responses answer.
  const assessmentId = options.assessmentId ?? ([...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null);
  const selves: number[] = [];
  const raters: number[] = [];
  for (let k = 0; k < count; k++) {
    if (!unique[k]) continue;
    if (assessments[k] !== assessmentId) {
      rejected.push({
        name: names[k],
        kind: 'other-assessment',
        problems: [{ path: '/assessmentId', message: `This response is for assessment "${assessments[k].slice(0, 120)}", not "${assessmentId}". Load it in its own report.` }],
      });
    } else if (selfFlags[k]) {
      selves.push(k);
    } else {
      raters.push(k);
    }
  }

  // One self response: the latest submitted counts.
  if (selves.length > 1) selves.sort((a, b) => Date.parse(responses[b].submittedAt) - Date.parse(responses[a].submittedAt));
  for (const extra of selves.slice(1)) {
    rejected.push({
      name: names[extra],
      kind: 'second-self',
      problems: [{ path: '/respondent', message: `There is a later self response ("${names[selves[0]]}"); only the latest is used.` }],
    });
  }
  const self = selves.length ? selves[0] : -1;
  return { valid: { responses, names, relationships, starts, comments }, rejected, self, raters, assessmentId, used: raters.length + (self >= 0 ? 1 : 0) };
}

/** Groups in a stable order: the known ones first, then any a host added, alphabetically. */
function orderGroups(groups: Iterable<string>): string[] {
  const known: readonly string[] = KNOWN_GROUPS;
  return [...new Set(groups)].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return a.localeCompare(b);
  });
}

/** A theme figure from shown item figures only (sums taken in the items' order). */
function themeFigureOf(figures: Figure[]): ThemeFigure | null {
  let items = 0;
  let meanSum = 0;
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let distribution: number[] | null = null;
  for (const f of figures) {
    if (f.status !== 'shown') continue;
    items++;
    meanSum += f.mean;
    count += f.count;
    if (f.min < min) min = f.min;
    if (f.max > max) max = f.max;
    if (distribution === null) distribution = f.distribution.slice();
    else for (let s = 0; s < distribution.length; s++) distribution[s] += f.distribution[s];
  }
  if (distribution === null) return null;
  return { mean: meanSum / items, items, count, min, max, distribution };
}

/**
 * Theme figures per group. A group pooled on any item of the theme is pooled on all of them; the
 * pool's figure on each item is then the sum of figures shown on that item (its own pool, and the
 * members shown on their own), which a reader could add up anyway, so nothing new is revealed.
 * Each item lists the responded groups in `respondedGroups` order, then its pool when it has one.
 */
function themeGroupFigures(items: ItemResult[], respondedGroups: string[], labels: string[], scaleValues: number[]): ThemeGroupFigure[] {
  const G = respondedGroups.length;
  // Where an item's pool is found by name: after the groups, unless a host named a group "other-raters".
  const clash = respondedGroups.indexOf(POOLED_GROUP);
  const poolAt = clash >= 0 ? clash : G;
  const pooledSomewhere = new Uint8Array(G);
  let anyPooled = false;
  for (const item of items) {
    for (const member of item.groups[poolAt]?.members ?? []) {
      pooledSomewhere[respondedGroups.indexOf(member)] = 1;
      anyPooled = true;
    }
  }
  const groups: ThemeGroupFigure[] = [];
  const figures: Figure[] = new Array(items.length);
  for (let g = 0; g < G; g++) {
    const group = respondedGroups[g];
    if (!pooledSomewhere[g]) {
      for (let i = 0; i < items.length; i++) figures[i] = items[i].groups[g].figure;
      groups.push({ group, label: labels[g], figure: themeFigureOf(figures) });
      continue;
    }
    let pooledOn = 0;
    for (const item of items) if (item.groups[poolAt]?.members?.includes(group)) pooledOn++;
    groups.push({
      group,
      label: labels[g],
      figure: null,
      pooled: true,
      note: `Counted in "Other raters" on every item of this theme, since it is on ${pooledOn} of its ${items.length} items.`,
    });
  }
  if (anyPooled) {
    const members = respondedGroups.filter((_, g) => pooledSomewhere[g]);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const pool = item.groups[poolAt];
      if (pool && pool.figure.status !== 'shown') {
        figures[i] = NONE; // its own pool is hidden: leave the item out
        continue;
      }
      const parts: ShownFigure[] = [];
      for (const entry of item.groups) {
        if (entry.figure.status !== 'shown') continue;
        if (entry.group === POOLED_GROUP || (members.includes(entry.group) && !pool?.members?.includes(entry.group))) parts.push(entry.figure);
      }
      figures[i] = mergeFigures(parts, scaleValues);
    }
    groups.push({ group: POOLED_GROUP, label: groupLabel(POOLED_GROUP), figure: themeFigureOf(figures), members });
  }
  return groups;
}

const NONE: NoFigure = { status: 'none', count: 0 };

/** The figure of the raters of several disjoint shown figures together. */
function mergeFigures(figures: ShownFigure[], scaleValues: number[]): Figure {
  if (!figures.length) return NONE;
  const distribution: number[] = [];
  for (let s = 0; s < scaleValues.length; s++) {
    let n = 0;
    for (const f of figures) n += f.distribution[s];
    distribution.push(n);
  }
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const f of figures) {
    count += f.count;
    sum += f.sum;
    if (f.min < min) min = f.min;
    if (f.max > max) max = f.max;
  }
  return { status: 'shown', mean: sum / count, count, sum, min, max, distribution };
}

/**
 * A theme's gap: the mean of the shown all-raters item means minus the mean of the leader's item
 * scores, flagged by comparing exact fractions with the margin.
 */
function themeGapOf(items: ItemResult[], selfMean: number | null, allRaters: ThemeFigure | null, margin: Margin): { gap: number | null; flag: GapFlag | null } {
  if (selfMean === null || allRaters === null) return { gap: null, flag: null };
  const gap = allRaters.mean - selfMean;
  // Far from the margin (floating point errs by under 1e-12 here), the floating-point gap decides;
  // near it, exact fractions do.
  const distance = Math.abs(gap) - margin.value;
  if (Math.abs(distance) > 1e-9) return { gap, flag: distance < 0 ? null : gap < 0 ? 'blind-spot' : 'hidden-strength' };
  let selfSum = 0;
  let selfCount = 0;
  const means = [];
  for (const item of items) {
    if (item.self !== null) {
      selfSum += item.self;
      selfCount++;
    }
    if (item.allRaters.status === 'shown') means.push(ratio(item.allRaters.sum, item.allRaters.count));
  }
  return { gap, flag: flagOf(ratio(selfSum, selfCount), meanOfRatios(means)!, margin) };
}

/** Who responded, with each group's note. */
function summariseRespondents(
  self: boolean,
  raters: number,
  counts: Map<string, number>,
  minimums: Minimums,
  invited: number | undefined,
): RespondentSummary {
  // Mirror the item rules at the level of whole responses, for the summary's notes.
  const disclosure = discloseItem(counts, minimums);
  const groups = orderGroups(counts.keys()).map((group): GroupResponse => {
    const count = counts.get(group)!;
    const minimum = minimums.group(group);
    const shown = disclosure.shown.includes(group);
    let note: string | undefined;
    if (shown && !isAnonymous(group, minimums)) {
      note = 'Not anonymous: shown on its own, so you can tell whose answers these are.';
    } else if (disclosure.folded.includes(group)) {
      note = 'Counted in "Other raters" to protect a smaller group.';
    } else if (!shown && disclosure.poolShown) {
      note = `Fewer than ${minimum} responded, so counted in "Other raters".`;
    } else if (!shown) {
      note = `Hidden because fewer than ${minimum} responded. Only the number is shown.`;
    }
    return { group, label: groupLabel(group), count, minimum, shown, note };
  });
  const summary: RespondentSummary = { self, raters, groups };
  if (typeof invited === 'number' && Number.isFinite(invited) && invited > 0) {
    summary.invited = invited;
    summary.responseRate = raters / invited;
  }
  return summary;
}

/**
 * Reads a leader's self response and their raters' responses and works out the report's figures.
 * Bad files are listed in `rejected` with their JSON paths and left out; nothing throws.
 *
 * One pass over the answers: each score is counted in a typed array indexed by item, group and
 * scale position (the framework's lookups are built once per framework, see framework-index.ts);
 * every figure (mean, count, spread, pool, all raters) is then read from those counts.
 */
export function aggregate(framework: Framework, responses: ResponseInput[], options: AggregateOptions = {}): AggregateResult {
  const minimums = resolveMinimums(options);
  const margin = typeof options.margin === 'number' && options.margin > 0 && Number.isFinite(options.margin) ? options.margin : 1;
  const exact = exactMargin(margin);
  const index = indexOf(framework);
  const scaleValues = index.scaleValues;
  const sink = takeSink();
  const accepted = acceptResponses(framework, Array.isArray(responses) ? responses : [], options, sink);
  const { rejected, assessmentId, used, valid } = accepted;
  const self = accepted.self >= 0 ? valid.responses[accepted.self] : undefined;

  // Each rater's group, looked up once: numbered as first seen, counted, then put in the stable order.
  const responded = new Map<string, number>(); // group -> raters, in the order first seen
  const firstSeen = new Map<string, number>();
  const raterGroup = new Int32Array(accepted.raters.length);
  const seenGroups: string[] = []; // the first few groups, compared directly (a Map lookup hashes the fresh string)
  for (let r = 0; r < accepted.raters.length; r++) {
    const group = valid.relationships[accepted.raters[r]]!;
    let number: number | undefined = seenGroups.indexOf(group);
    if (number < 0) number = seenGroups.length < 8 ? undefined : firstSeen.get(group);
    if (number === undefined) {
      if (seenGroups.length < 8) seenGroups.push(group);
      number = firstSeen.size;
      firstSeen.set(group, number);
      responded.set(group, 0);
    }
    raterGroup[r] = number;
  }
  const perGroup = new Int32Array(firstSeen.size);
  for (let r = 0; r < raterGroup.length; r++) perGroup[raterGroup[r]]++;
  for (const [group, number] of firstSeen) responded.set(group, perGroup[number]);
  const respondedGroups = orderGroups(firstSeen.keys());
  const G = respondedGroups.length;
  const ordered = new Int32Array(G); // first-seen number -> position in respondedGroups
  for (const [group, number] of firstSeen) ordered[number] = respondedGroups.indexOf(group);

  // One pass over every rater's answers, read from the sink the validation filled (item and scale
  // positions, not the answer objects).
  const S = scaleValues.length;
  const N = index.items.length;
  const counts = new Int32Array(N * G * S); // [item][group][scale position]
  const notObserved = new Int32Array(N * G); // [item][group]
  const rawComments: RawComment[] = [];
  const sinkItems = sink.items;
  const sinkScale = sink.scale;
  const starts = valid.starts;
  for (let r = 0; r < accepted.raters.length; r++) {
    const k = accepted.raters[r];
    const group = ordered[raterGroup[r]];
    const start = starts[k];
    const end = starts[k + 1];
    for (let a = start; a < end; a++) {
      const scale = sinkScale[a];
      if (scale < 0) notObserved[sinkItems[a] * G + group]++;
      else counts[(sinkItems[a] * G + group) * S + scale]++;
    }
    if (!valid.comments[k]) continue;
    const answers = valid.responses[k].answers;
    for (let a = 0; a < answers.length; a++) {
      const text = answers[a].comment?.trim();
      if (text) rawComments.push({ item: sinkItems[start + a], text, group: respondedGroups[group] });
    }
  }
  const selfValues: Array<number | 'not-observed' | undefined> = new Array(N);
  if (self) {
    for (let a = starts[accepted.self]; a < starts[accepted.self + 1]; a++) {
      selfValues[sinkItems[a]] = sinkScale[a] < 0 ? 'not-observed' : scaleValues[sinkScale[a]];
    }
  }

  // What each group is called and needs, worked out once per call.
  // (One loop: chained .map() calls here were deoptimised again and again on a wrong map.)
  const labels: string[] = [];
  const groupMinimums: number[] = [];
  const pooledReasons: string[] = [];
  const hiddenReasons: string[] = [];
  for (const group of respondedGroups) {
    const minimum = minimums.group(group);
    labels.push(groupLabel(group));
    groupMinimums.push(minimum);
    pooledReasons.push(`Fewer than ${minimum} gave a score, so counted in "Other raters".`);
    hiddenReasons.push(`Hidden because fewer than ${minimum} gave a score.`);
  }

  // Items with the same counts per group are disclosed alike: decide once per pattern of counts,
  // with each group's part in it, kept between calls with the same groups and minimums.
  const disclosures = disclosuresFor(respondedGroups, groupMinimums, minimums);
  const context: ItemContext = {
    index, G, S, counts, notObserved, groupCounts: new Int32Array(G), respondedGroups, labels, pooledReasons, hiddenReasons,
    minimums, scaleValues, selfValues, exact, disclosures,
  };

  const items: ItemResult[] = [];
  const themes: ThemeResult[] = [];
  for (let t = 0; t < framework.themes.length; t++) {
    const theme = framework.themes[t];
    const [start, end] = index.themeRanges[t];
    const themeItems: ItemResult[] = [];
    let selfSum = 0;
    let selfCount = 0;
    for (let position = start; position < end; position++) {
      const result = itemResult(context, position);
      themeItems.push(result);
      items.push(result);
      if (result.self !== null) {
        selfSum += result.self;
        selfCount++;
      }
    }
    const selfMean = selfCount ? selfSum / selfCount : null;
    const allRaters = themeFigureOf(themeItems.map((i) => i.allRaters));
    const groups = themeGroupFigures(themeItems, respondedGroups, labels, scaleValues);
    const { gap, flag } = themeGapOf(themeItems, selfMean, allRaters, exact);
    themes.push({ themeId: theme.id, title: theme.title, status: theme.status, statusNote: theme.statusNote, self: selfMean, allRaters, groups, gap, flag, items: themeItems });
  }

  const rated = items.filter((i) => i.allRaters.status === 'shown');
  const { highest, lowest } = highestAndLowest(rated, (i) => (i.allRaters as ShownFigure).mean, options.extremes ?? 3);

  const { comments, withheld } = discloseComments(rawComments, self, index, responded, minimums);
  giveBackSink(sink);
  return {
    frameworkId: framework.id,
    assessmentId,
    scale: { values: [...scaleValues], labels: [...index.scaleLabels] },
    respondents: summariseRespondents(Boolean(self), accepted.raters.length, responded, minimums, options.invited),
    themes,
    items,
    highest,
    lowest,
    blindSpots: flaggedByGap(items, 'blind-spot'),
    hiddenStrengths: flaggedByGap(items, 'hidden-strength'),
    comments,
    withheldComments: withheld,
    rejected,
    used,
    minimums: {
      groups: Object.fromEntries(orderGroups([...KNOWN_GROUPS, ...respondedGroups]).map((g) => [g, minimums.group(g)])),
      pool: minimums.pool,
      allRaters: minimums.allRaters,
      comments: minimums.comments,
    },
    margin,
  };
}

/**
 * What the figures of one item are worked out from, once per aggregate() call: the counts, the
 * groups and their wording, the self scores and the decided disclosures. (Module functions over
 * this, not closures made per call: a closure is a new function each call, and the optimised
 * aggregate() was thrown back to the interpreter at its call on many calls.)
 */
interface ItemContext {
  index: FrameworkIndex;
  G: number;
  S: number;
  counts: Int32Array;
  notObserved: Int32Array;
  /** Scratch: the current item's count per group. */
  groupCounts: Int32Array;
  respondedGroups: string[];
  labels: string[];
  pooledReasons: string[];
  hiddenReasons: string[];
  minimums: Minimums;
  scaleValues: number[];
  selfValues: Array<number | 'not-observed' | undefined>;
  exact: Margin;
  disclosures: Map<number | string, Disclosed>;
}

function disclosedFor(c: ItemContext, key: number | string): Disclosed {
  const { disclosures, respondedGroups, groupCounts, minimums, G } = c;
  let disclosed = disclosures.get(key);
  if (disclosed) return disclosed;
  const disclosure = discloseItem(new Map(respondedGroups.map((g, i) => [g, groupCounts[i]])), minimums);
  const part = new Uint8Array(G);
  const inPool = new Uint8Array(G);
  for (let g = 0; g < G; g++) {
    const group = respondedGroups[g];
    if (disclosure.pooled.includes(group)) inPool[g] = 1;
    if (!groupCounts[g]) part[g] = PART_NONE;
    else if (disclosure.shown.includes(group)) part[g] = PART_SHOWN;
    else if (disclosure.poolShown) part[g] = disclosure.folded.includes(group) ? PART_FOLDED : PART_POOLED;
    else part[g] = PART_HIDDEN;
  }
  disclosed = { disclosure, part, inPool };
  disclosures.set(key, disclosed);
  return disclosed;
}

function itemResult(c: ItemContext, position: number): ItemResult {
  const { index, G, S, counts, notObserved, groupCounts, respondedGroups, labels, pooledReasons, hiddenReasons, minimums, scaleValues, selfValues, exact } = c;
  const { item, theme, label } = index.items[position];
  let all = 0;
  // The pattern's key: the counts packed in one number (10 bits each) when up to five groups have
  // fewer than 1,024 scores each (a number key is hashed far faster than a fresh string), else text.
  let packed = G <= 5 ? 0 : -1;
  for (let g = 0; g < G; g++) {
    let count = 0;
    const base = (position * G + g) * S;
    for (let s = 0; s < S; s++) count += counts[base + s];
    groupCounts[g] = count;
    all += count;
    if (packed >= 0) packed = count < 1024 ? packed * 1024 + count : -1;
  }
  const { disclosure, part, inPool } = disclosedFor(c, packed >= 0 ? packed : groupCounts.join(','));
  let itemNotObserved = 0;
  const groups: GroupFigure[] = [];
  for (let g = 0; g < G; g++) {
    const count = groupCounts[g];
    const groupNotObserved = notObserved[position * G + g];
    itemNotObserved += groupNotObserved;
    let figure: Figure;
    switch (part[g]) {
      case PART_NONE: figure = { status: 'none', count: 0 }; break;
      case PART_SHOWN: figure = figureOver(counts, position, G, S, scaleValues, g, null); break;
      case PART_FOLDED: figure = { status: 'pooled', count, reason: 'Counted in "Other raters" to protect a smaller group.' }; break;
      case PART_POOLED: figure = { status: 'pooled', count, reason: pooledReasons[g] }; break;
      default: figure = { status: 'hidden', count, reason: hiddenReasons[g] };
    }
    groups.push({ group: respondedGroups[g], label: labels[g], figure, notObserved: groupNotObserved });
  }
  if (disclosure.pooled.length) {
    let poolCount = 0;
    let poolNotObserved = 0;
    for (let g = 0; g < G; g++) {
      if (!inPool[g]) continue;
      poolCount += groupCounts[g];
      poolNotObserved += notObserved[position * G + g];
    }
    groups.push({
      group: POOLED_GROUP,
      label: groupLabel(POOLED_GROUP),
      members: [...disclosure.pooled],
      notObserved: poolNotObserved,
      figure: disclosure.poolShown
        ? figureOver(counts, position, G, S, scaleValues, -1, inPool)
        : { status: 'hidden', count: poolCount, reason: `Hidden because fewer than ${minimums.pool} gave a score.` },
    });
  }

  let allRaters: Figure;
  if (!all) allRaters = { status: 'none', count: 0 };
  else if (disclosure.allRatersShown) allRaters = figureOver(counts, position, G, S, scaleValues, -1, null);
  else allRaters = { status: 'hidden', count: all, reason: disclosure.allRatersReason ?? 'Hidden to keep raters anonymous.' };

  const selfValue = selfValues[position];
  const selfScore = typeof selfValue === 'number' ? selfValue : null;
  const gap = selfScore !== null && allRaters.status === 'shown' ? allRaters.mean - selfScore : null;
  const flag = gap === null ? null : itemFlagOf(selfScore!, (allRaters as ShownFigure).sum, allRaters.count, exact);
  return {
    themeId: theme.id,
    itemId: item.id,
    label,
    kind: item.kind,
    self: selfScore,
    selfNotObserved: selfValue === 'not-observed',
    allRaters,
    groups,
    notObserved: itemNotObserved,
    gap,
    flag,
  };
}

/** The items with this flag, the largest gap first, then in the framework's order. */
function flaggedByGap(items: ItemResult[], flag: GapFlag): ItemResult[] {
  const positions: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i].flag === flag) positions.push(i);
  positions.sort((a, b) => Math.abs(items[b].gap!) - Math.abs(items[a].gap!) || a - b);
  return positions.map((i) => items[i]);
}

/**
 * Item disclosures by pattern of counts, for each set of responded groups (in order) and minimums:
 * what discloseItem() decides depends on nothing else, so a roll-up of many leaders with the same
 * groups decides each pattern once. Bounded: a cache that grows too large starts again.
 */
const disclosureCache = new Map<string, Map<number | string, Disclosed>>();
/** The last call's groups, minimums and patterns: a roll-up asks for the same ones leader after leader. */
let lastDisclosures: { groups: string[]; groupMinimums: number[]; pool: number; allRaters: number; patterns: Map<number | string, Disclosed> } | null = null;
function disclosuresFor(groups: string[], groupMinimums: number[], minimums: Minimums): Map<number | string, Disclosed> {
  const last = lastDisclosures;
  if (last && last.patterns.size <= 4096 && last.pool === minimums.pool && last.allRaters === minimums.allRaters &&
    sameList(last.groups, groups) && sameList(last.groupMinimums, groupMinimums)) return last.patterns;
  const key = JSON.stringify([groups, groupMinimums, minimums.pool, minimums.allRaters]);
  let patterns = disclosureCache.get(key);
  if (!patterns || patterns.size > 4096) {
    if (!patterns && disclosureCache.size >= 64) disclosureCache.clear();
    patterns = new Map();
    disclosureCache.set(key, patterns);
  }
  lastDisclosures = { groups: groups.slice(), groupMinimums: groupMinimums.slice(), pool: minimums.pool, allRaters: minimums.allRaters, patterns };
  return patterns;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A group's part in an item's disclosure (see `Disclosed`). */
const PART_NONE = 0;
const PART_SHOWN = 1;
const PART_FOLDED = 2;
const PART_POOLED = 3;
const PART_HIDDEN = 4;

/** An item disclosure with, per group, its part (none, shown, folded or pooled, hidden) and whether it is in the pool. */
interface Disclosed {
  disclosure: ItemDisclosure;
  part: Uint8Array;
  inPool: Uint8Array;
}

/** A rater's comment before disclosure: the item's position, the text and the rater's group. */
interface RawComment {
  item: number;
  text: string;
  group: string;
}

/**
 * The figure of one item over some groups: one group (`only`), the groups marked in `members`, or
 * every group (both unset), read from the counts.
 */
function figureOver(counts: Int32Array, position: number, G: number, S: number, scaleValues: readonly number[], only: number, members: Uint8Array | null): ShownFigure {
  const distribution: number[] = [];
  for (let s = 0; s < S; s++) {
    let n = 0;
    for (let g = 0; g < G; g++) {
      if (only >= 0 ? g !== only : members !== null && !members[g]) continue;
      n += counts[(position * G + g) * S + s];
    }
    distribution.push(n);
  }
  return figureFromDistribution(distribution, scaleValues);
}

/** One sink kept between calls (aggregate() runs to the end before another call can start). */
let spareSink: AnswerSink | null = null;
function takeSink(): AnswerSink {
  const sink = spareSink ?? new AnswerSink();
  spareSink = null;
  sink.length = 0;
  return sink;
}
function giveBackSink(sink: AnswerSink): void {
  // Kept up to 2.5 MB (about 19,000 responses of 27 items), so a server's next large report does
  // not allocate and fill it again; a larger one is let go.
  if (sink.items.length <= 1 << 19) spareSink = sink;
}

/** A shown figure from the number of scores at each point of the scale. */
function figureFromDistribution(distribution: number[], scaleValues: readonly number[]): ShownFigure {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let s = 0; s < distribution.length; s++) {
    const n = distribution[s];
    if (!n) continue;
    count += n;
    sum += n * scaleValues[s];
    if (scaleValues[s] < min) min = scaleValues[s];
    if (scaleValues[s] > max) max = scaleValues[s];
  }
  return { status: 'shown', mean: sum / count, count, sum, min, max, distribution };
}

/**
 * Comments: shown with their group's name only when the group has at least the comment minimum
 * of raters (and reaches its own minimum); otherwise as "Other raters (pooled)" when those raters
 * together reach the comment minimum; otherwise withheld and counted. The line manager, who is not
 * anonymous, is named when their minimum allows. Order: by theme, item, then text, never by time.
 */
function discloseComments(
  raw: RawComment[],
  self: AssessmentResponse | undefined,
  index: FrameworkIndex,
  responded: Map<string, number>,
  minimums: Minimums,
): { comments: ReportComment[]; withheld: number } {
  const named = (group: string) => {
    const count = responded.get(group) ?? 0;
    if (count < minimums.group(group)) return false;
    return !isAnonymous(group, minimums) || count >= minimums.comments;
  };
  const pooledRaters = [...responded].filter(([g]) => !named(g)).reduce((sum, [, n]) => sum + n, 0);
  const poolNamed = pooledRaters >= minimums.comments;

  const placed: Array<{ item: number; comment: ReportComment }> = [];
  const add = (item: number, text: string, from: string) => {
    const { item: frameworkItem, theme } = index.items[item];
    placed.push({ item, comment: { themeId: theme.id, itemId: frameworkItem.id, text, from } });
  };
  let withheld = 0;
  for (const answer of self?.answers ?? []) {
    const text = answer.comment?.trim();
    if (text) add(index.position.get(answer.itemId)!, text, groupLabel('self'));
  }
  for (const comment of raw) {
    if (named(comment.group)) add(comment.item, comment.text, groupLabel(comment.group));
    else if (poolNamed) add(comment.item, comment.text, groupLabel(POOLED_GROUP));
    else withheld++;
  }
  // Items are numbered in the framework's order (theme by theme), so the number orders by theme and item.
  placed.sort((a, b) =>
    a.item - b.item ||
    (a.comment.text < b.comment.text ? -1 : a.comment.text > b.comment.text ? 1 : 0) ||
    (a.comment.from < b.comment.from ? -1 : a.comment.from > b.comment.from ? 1 : 0));
  return { comments: placed.map((p) => p.comment), withheld };
}
