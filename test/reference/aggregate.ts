/**
 * The reference for aggregate(): the straightforward implementation it replaced (one Map and one
 * array per item and group, the run-time schema checker, the framework walked on every call), kept
 * for the equivalence test (test/core/aggregate-equivalence.test.ts), which requires the fast code to
 * give identical results and identical problems.
 */
import {
  discloseItem,
  groupLabel,
  isAnonymous,
  KNOWN_GROUPS,
  POOLED_GROUP,
  resolveMinimums,
  type Minimums,
} from '../../src/core/anonymity.js';
import { themeItems, itemLabel } from '../../src/core/framework.js';
import { flagOf, highestAndLowest, marginRatio, meanOfRatios, ratio, type GapFlag, type Ratio } from '../../src/core/gaps.js';
import { parseJson } from '../../src/core/validate.js';
import { validateResponse } from './validate.js';
import type { AssessmentResponse, Framework, FrameworkItem, Theme } from '../../src/core/types.js';
import type {
  ResponseInput, AggregateOptions, ShownFigure, NoFigure, Figure, GroupFigure, ItemResult, ThemeFigure, ThemeGroupFigure, ThemeResult, GroupResponse, RespondentSummary, RejectedResponse, ReportComment, AggregateResult,
} from '../../src/core/aggregate.js';

interface Accepted {
  name: string;
  response: AssessmentResponse;
}

/** Validates every input; bad ones are listed, never thrown. */
function acceptResponses(framework: Framework, inputs: ResponseInput[], options: AggregateOptions) {
  const rejected: RejectedResponse[] = [];
  const valid: Accepted[] = [];
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
    const result = validateResponse(json, framework);
    if (result.ok) valid.push({ name, response: result.value });
    else rejected.push({ name, kind: 'invalid', problems: result.problems });
  }

  // Duplicates: the same response id twice is one response (e.g. a file loaded twice).
  const byId = new Map<string, Accepted>();
  const unique: Accepted[] = [];
  for (const entry of valid) {
    const first = byId.get(entry.response.id);
    if (first) {
      rejected.push({
        name: entry.name,
        kind: 'duplicate',
        problems: [{ path: '/id', message: `Same response id as "${first.name}", so it was counted once.` }],
      });
    } else {
      byId.set(entry.response.id, entry);
      unique.push(entry);
    }
  }

  // One assessment at a time: the one asked for, or the one most responses answer.
  const tally = new Map<string, number>();
  for (const { response } of unique) tally.set(response.assessmentId, (tally.get(response.assessmentId) ?? 0) + 1);
  const assessmentId = options.assessmentId ?? ([...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null);
  const sameAssessment = unique.filter((entry) => {
    if (entry.response.assessmentId === assessmentId) return true;
    rejected.push({
      name: entry.name,
      kind: 'other-assessment',
      problems: [{ path: '/assessmentId', message: `This response is for assessment "${entry.response.assessmentId.slice(0, 120)}", not "${assessmentId}". Load it in its own report.` }],
    });
    return false;
  });

  // One self response: the latest submitted counts.
  const selves = sameAssessment.filter((entry) => entry.response.respondent === 'self')
    .sort((a, b) => Date.parse(b.response.submittedAt) - Date.parse(a.response.submittedAt));
  for (const extra of selves.slice(1)) {
    rejected.push({
      name: extra.name,
      kind: 'second-self',
      problems: [{ path: '/respondent', message: `There is a later self response ("${selves[0].name}"); only the latest is used.` }],
    });
  }
  const self = selves[0]?.response;
  const raters = sameAssessment.filter((entry) => entry.response.respondent === 'rater').map((entry) => entry.response);
  return { rejected, self, raters, assessmentId, used: raters.length + (self ? 1 : 0) };
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

function figureOf(scores: number[], scaleValues: number[]): ShownFigure {
  const distribution = scaleValues.map(() => 0);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const score of scores) {
    sum += score;
    if (score < min) min = score;
    if (score > max) max = score;
    distribution[scaleValues.indexOf(score)]++;
  }
  return { status: 'shown', mean: sum / scores.length, count: scores.length, sum, min, max, distribution };
}

/** A theme figure from shown item figures only. */
function themeFigureOf(figures: Figure[]): ThemeFigure | null {
  const shown = figures.filter((f): f is ShownFigure => f.status === 'shown');
  if (!shown.length) return null;
  const distribution = shown[0].distribution.map((_, i) => shown.reduce((sum, f) => sum + f.distribution[i], 0));
  return {
    mean: shown.reduce((sum, f) => sum + f.mean, 0) / shown.length,
    items: shown.length,
    count: shown.reduce((sum, f) => sum + f.count, 0),
    min: Math.min(...shown.map((f) => f.min)),
    max: Math.max(...shown.map((f) => f.max)),
    distribution,
  };
}

/**
 * Theme figures per group. A group pooled on any item of the theme is pooled on all of them; the
 * pool's figure on each item is then the sum of figures shown on that item (its own pool, and the
 * members shown on their own), which a reader could add up anyway, so nothing new is revealed.
 */
function themeGroupFigures(items: ItemResult[], respondedGroups: string[], scaleValues: number[]): ThemeGroupFigure[] {
  const pooledSomewhere = new Set<string>();
  for (const item of items) for (const member of item.groups.find((g) => g.group === POOLED_GROUP)?.members ?? []) pooledSomewhere.add(member);
  const members = respondedGroups.filter((g) => pooledSomewhere.has(g));
  const groups: ThemeGroupFigure[] = respondedGroups.map((group) => {
    if (!pooledSomewhere.has(group)) {
      return { group, label: groupLabel(group), figure: themeFigureOf(items.map((i) => i.groups.find((g) => g.group === group)?.figure ?? NONE)) };
    }
    const pooledOn = items.filter((i) => i.groups.find((g) => g.group === POOLED_GROUP)?.members?.includes(group)).length;
    return {
      group,
      label: groupLabel(group),
      figure: null,
      pooled: true,
      note: `Counted in "Other raters" on every item of this theme, since it is on ${pooledOn} of its ${items.length} items.`,
    };
  });
  if (members.length) {
    const perItem = items.map((item): Figure => {
      const pool = item.groups.find((g) => g.group === POOLED_GROUP);
      if (pool && pool.figure.status !== 'shown') return NONE; // its own pool is hidden: leave the item out
      const parts = item.groups.filter((g) => g.group === POOLED_GROUP || (members.includes(g.group) && !pool?.members?.includes(g.group)));
      return mergeFigures(parts.map((g) => g.figure).filter((f): f is ShownFigure => f.status === 'shown'), scaleValues);
    });
    groups.push({ group: POOLED_GROUP, label: groupLabel(POOLED_GROUP), figure: themeFigureOf(perItem), members });
  }
  return groups;
}

const NONE: NoFigure = { status: 'none', count: 0 };

/** The figure of the raters of several disjoint shown figures together. */
function mergeFigures(figures: ShownFigure[], scaleValues: number[]): Figure {
  if (!figures.length) return NONE;
  const distribution = scaleValues.map((_, i) => figures.reduce((sum, f) => sum + f.distribution[i], 0));
  const count = figures.reduce((sum, f) => sum + f.count, 0);
  const sum = figures.reduce((total, f) => total + f.sum, 0);
  return {
    status: 'shown', mean: sum / count, count, sum,
    min: Math.min(...figures.map((f) => f.min)), max: Math.max(...figures.map((f) => f.max)), distribution,
  };
}

/**
 * A theme's gap: the mean of the shown all-raters item means minus the mean of the leader's item
 * scores, flagged by comparing exact fractions with the margin.
 */
function themeGapOf(items: ItemResult[], selfMean: number | null, allRaters: ThemeFigure | null, margin: Ratio): { gap: number | null; flag: GapFlag | null } {
  if (selfMean === null || allRaters === null) return { gap: null, flag: null };
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
  return { gap: allRaters.mean - selfMean, flag: flagOf(ratio(selfSum, selfCount), meanOfRatios(means)!, margin) };
}

function meanOf(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Who responded, with each group's note. */
function summariseRespondents(
  self: boolean,
  raters: AssessmentResponse[],
  minimums: Minimums,
  invited: number | undefined,
): RespondentSummary {
  const counts = new Map<string, number>();
  for (const rater of raters) counts.set(rater.relationship!, (counts.get(rater.relationship!) ?? 0) + 1);
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
  const summary: RespondentSummary = { self, raters: raters.length, groups };
  if (typeof invited === 'number' && Number.isFinite(invited) && invited > 0) {
    summary.invited = invited;
    summary.responseRate = raters.length / invited;
  }
  return summary;
}

/**
 * Reads a leader's self response and their raters' responses and works out the report's figures.
 * Bad files are listed in `rejected` with their JSON paths and left out; nothing throws.
 */
export function referenceAggregate(framework: Framework, responses: ResponseInput[], options: AggregateOptions = {}): AggregateResult {
  const minimums = resolveMinimums(options);
  const margin = typeof options.margin === 'number' && options.margin > 0 && Number.isFinite(options.margin) ? options.margin : 1;
  const exact = marginRatio(margin);
  const scaleValues = framework.ratingScale.points.map((p) => p.value);
  const { rejected, self, raters, assessmentId, used } = acceptResponses(framework, Array.isArray(responses) ? responses : [], options);

  // Index every answer once: item -> group -> scores, not-observed counts.
  const selfAnswers = new Map((self?.answers ?? []).map((a) => [a.itemId, a]));
  const scores = new Map<string, Map<string, number[]>>();
  const notObserved = new Map<string, Map<string, number>>();
  const rawComments: Array<{ itemId: string; text: string; group: string }> = [];
  for (const rater of raters) {
    const group = rater.relationship!;
    for (const answer of rater.answers) {
      if (answer.value === 'not-observed') {
        const byGroup = notObserved.get(answer.itemId) ?? new Map<string, number>();
        byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
        notObserved.set(answer.itemId, byGroup);
      } else {
        const byGroup = scores.get(answer.itemId) ?? new Map<string, number[]>();
        const list = byGroup.get(group) ?? [];
        list.push(answer.value);
        byGroup.set(group, list);
        scores.set(answer.itemId, byGroup);
      }
      const text = answer.comment?.trim();
      if (text) rawComments.push({ itemId: answer.itemId, text, group });
    }
  }
  const respondedGroups = orderGroups(raters.map((r) => r.relationship!));

  const themes: ThemeResult[] = framework.themes.map((theme) => {
    const items = themeItems(theme).map((item) => itemResult(theme, item));
    const selfMean = meanOf(items.map((i) => i.self).filter((v): v is number => v !== null));
    const allRaters = themeFigureOf(items.map((i) => i.allRaters));
    const groups = themeGroupFigures(items, respondedGroups, scaleValues);
    const { gap, flag } = themeGapOf(items, selfMean, allRaters, exact);
    return { themeId: theme.id, title: theme.title, status: theme.status, statusNote: theme.statusNote, self: selfMean, allRaters, groups, gap, flag, items };
  });

  function itemResult(theme: Theme, item: FrameworkItem): ItemResult {
    const byGroup = scores.get(item.id) ?? new Map<string, number[]>();
    const notObservedByGroup = notObserved.get(item.id) ?? new Map<string, number>();
    const counts = new Map(respondedGroups.map((g) => [g, byGroup.get(g)?.length ?? 0]));
    const disclosure = discloseItem(counts, minimums);
    const all = respondedGroups.flatMap((g) => byGroup.get(g) ?? []);
    const poolScores = disclosure.pooled.flatMap((g) => byGroup.get(g) ?? []);

    const groups: GroupFigure[] = respondedGroups.map((group) => {
      const list = byGroup.get(group) ?? [];
      const minimum = minimums.group(group);
      let figure: Figure;
      if (!list.length) figure = { status: 'none', count: 0 };
      else if (disclosure.shown.includes(group)) figure = figureOf(list, scaleValues);
      else if (disclosure.poolShown) {
        figure = {
          status: 'pooled',
          count: list.length,
          reason: disclosure.folded.includes(group)
            ? 'Counted in "Other raters" to protect a smaller group.'
            : `Fewer than ${minimum} gave a score, so counted in "Other raters".`,
        };
      } else {
        figure = { status: 'hidden', count: list.length, reason: `Hidden because fewer than ${minimum} gave a score.` };
      }
      return { group, label: groupLabel(group), figure, notObserved: notObservedByGroup.get(group) ?? 0 };
    });
    if (disclosure.pooled.length) {
      groups.push({
        group: POOLED_GROUP,
        label: groupLabel(POOLED_GROUP),
        members: [...disclosure.pooled],
        notObserved: disclosure.pooled.reduce((sum, g) => sum + (notObservedByGroup.get(g) ?? 0), 0),
        figure: disclosure.poolShown
          ? figureOf(poolScores, scaleValues)
          : { status: 'hidden', count: poolScores.length, reason: `Hidden because fewer than ${minimums.pool} gave a score.` },
      });
    }

    let allRaters: Figure;
    if (!all.length) allRaters = { status: 'none', count: 0 };
    else if (disclosure.allRatersShown) allRaters = figureOf(all, scaleValues);
    else allRaters = { status: 'hidden', count: all.length, reason: disclosure.allRatersReason ?? 'Hidden to keep raters anonymous.' };

    const selfAnswer = selfAnswers.get(item.id);
    const selfScore = typeof selfAnswer?.value === 'number' ? selfAnswer.value : null;
    const gap = selfScore !== null && allRaters.status === 'shown' ? allRaters.mean - selfScore : null;
    const flag = gap === null ? null : flagOf(ratio(selfScore!), ratio((allRaters as ShownFigure).sum, allRaters.count), exact);
    return {
      themeId: theme.id,
      itemId: item.id,
      label: itemLabel(item),
      kind: item.kind,
      self: selfScore,
      selfNotObserved: selfAnswer?.value === 'not-observed',
      allRaters,
      groups,
      notObserved: [...notObservedByGroup.values()].reduce((a, b) => a + b, 0),
      gap,
      flag,
    };
  }

  const items = themes.flatMap((t) => t.items);
  const rated = items.filter((i) => i.allRaters.status === 'shown');
  const { highest, lowest } = highestAndLowest(rated, (i) => (i.allRaters as ShownFigure).mean, options.extremes ?? 3);
  const byGap = (a: ItemResult, b: ItemResult) => Math.abs(b.gap!) - Math.abs(a.gap!) || items.indexOf(a) - items.indexOf(b);

  const { comments, withheld } = discloseComments(rawComments, self, framework, raters, minimums);
  return {
    frameworkId: framework.id,
    assessmentId,
    scale: { values: scaleValues, labels: framework.ratingScale.points.map((p) => p.label) },
    respondents: summariseRespondents(Boolean(self), raters, minimums, options.invited),
    themes,
    items,
    highest,
    lowest,
    blindSpots: items.filter((i) => i.flag === 'blind-spot').sort(byGap),
    hiddenStrengths: items.filter((i) => i.flag === 'hidden-strength').sort(byGap),
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
 * Comments: shown with their group's name only when the group has at least the comment minimum
 * of raters (and reaches its own minimum); otherwise as "Other raters (pooled)" when those raters
 * together reach the comment minimum; otherwise withheld and counted. The line manager, who is not
 * anonymous, is named when their minimum allows. Order: by theme, item, then text, never by time.
 */
function discloseComments(
  raw: Array<{ itemId: string; text: string; group: string }>,
  self: AssessmentResponse | undefined,
  framework: Framework,
  raters: AssessmentResponse[],
  minimums: Minimums,
): { comments: ReportComment[]; withheld: number } {
  const responded = new Map<string, number>();
  for (const rater of raters) responded.set(rater.relationship!, (responded.get(rater.relationship!) ?? 0) + 1);
  const named = (group: string) => {
    const count = responded.get(group) ?? 0;
    if (count < minimums.group(group)) return false;
    return !isAnonymous(group, minimums) || count >= minimums.comments;
  };
  const pooledRaters = [...responded].filter(([g]) => !named(g)).reduce((sum, [, n]) => sum + n, 0);
  const poolNamed = pooledRaters >= minimums.comments;

  const themeOf = new Map<string, { themeIndex: number; itemIndex: number }>();
  framework.themes.forEach((theme, themeIndex) =>
    themeItems(theme).forEach((item, itemIndex) => themeOf.set(item.id, { themeIndex, itemIndex })));

  const comments: ReportComment[] = [];
  let withheld = 0;
  for (const answer of self?.answers ?? []) {
    const text = answer.comment?.trim();
    if (text) comments.push({ themeId: '', itemId: answer.itemId, text, from: groupLabel('self') });
  }
  for (const comment of raw) {
    if (named(comment.group)) comments.push({ themeId: '', itemId: comment.itemId, text: comment.text, from: groupLabel(comment.group) });
    else if (poolNamed) comments.push({ themeId: '', itemId: comment.itemId, text: comment.text, from: groupLabel(POOLED_GROUP) });
    else withheld++;
  }
  for (const comment of comments) {
    const place = themeOf.get(comment.itemId)!;
    comment.themeId = framework.themes[place.themeIndex].id;
  }
  const key = (c: ReportComment) => themeOf.get(c.itemId)!;
  comments.sort((a, b) =>
    key(a).themeIndex - key(b).themeIndex || key(a).itemIndex - key(b).itemIndex ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { comments, withheld };
}
