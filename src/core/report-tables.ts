/**
 * The report's tables as plain data: the same rows feed the HTML tables and the CSV export, so the
 * two can never disagree. No DOM.
 */
import { groupLabel, POOLED_GROUP } from './anonymity.js';
import type { AggregateResult, Figure, ItemResult, ReportComment, ThemeFigure, ThemeGroupFigure, ThemeResult } from './aggregate.js';
import type { CsvCell } from './csv.js';

export interface ReportTable {
  /** Used for the CSV file name, e.g. `themes`. */
  id: string;
  caption: string;
  headers: string[];
  rows: CsvCell[][];
}

/** A score as the report prints it: one decimal place. */
export function formatScore(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(1) : '';
}

/** A gap with its sign: "+1.5", "-0.5", "0.0". */
export function formatGap(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const text = Math.abs(value).toFixed(1);
  return text === '0.0' ? text : `${value > 0 ? '+' : '-'}${text}`;
}

/** What a figure cell says: the mean, or why there is none. */
export function figureText(figure: Figure): string {
  switch (figure.status) {
    case 'shown':
      return formatScore(figure.mean);
    case 'hidden':
      return 'hidden';
    case 'pooled':
      return 'in Other raters';
    case 'none':
      return 'no data';
  }
}

/**
 * A theme figure with the number of items behind it when that is fewer than the theme has (some item
 * figures were hidden), so figures over different items are never read as comparable.
 */
export function themeFigureText(figure: ThemeFigure | null, themeItems: number, pooled = false): string {
  if (!figure) return pooled ? 'in Other raters' : 'no data';
  const mean = formatScore(figure.mean);
  return figure.items < themeItems ? `${mean} (${figure.items} of ${themeItems} items)` : mean;
}

/** Who a comment is shown as coming from: the leader reads their own as "You". */
export function commentFrom(comment: ReportComment): string {
  return comment.from === groupLabel('self') ? 'You' : comment.from;
}

export function flagText(flag: ItemResult['flag']): string {
  return flag === 'blind-spot' ? 'Blind spot' : flag === 'hidden-strength' ? 'Hidden strength' : '';
}

const groupsOf = new WeakMap<AggregateResult, ReadonlyArray<{ group: string; label: string }>>();

/**
 * Groups with at least one figure shown somewhere in the report: the columns worth printing. Worked
 * out once per result (a result is not changed once made): every theme's table asks for them.
 */
export function visibleGroups(result: AggregateResult): ReadonlyArray<{ group: string; label: string }> {
  let groups = groupsOf.get(result);
  if (!groups) groupsOf.set(result, (groups = findVisibleGroups(result)));
  return groups;
}

function findVisibleGroups(result: AggregateResult): Array<{ group: string; label: string }> {
  const seen = new Map<string, string>();
  for (const item of result.items) {
    for (const g of item.groups) if (g.figure.status === 'shown' && !seen.has(g.group)) seen.set(g.group, g.label);
  }
  const order = [...result.respondents.groups.map((g) => g.group), POOLED_GROUP];
  return order.filter((g) => seen.has(g)).map((group) => ({ group, label: seen.get(group)! }));
}

const RESPONDENTS_CAPTION = 'Number of responses by group';
const THEMES_CAPTION = 'Scores by theme';
const ITEMS_CAPTION = 'Scores by item';
const COMMENTS_CAPTION = 'Comments';

export function respondentsTable(result: AggregateResult): ReportTable {
  const { respondents } = result;
  return {
    id: 'respondents',
    caption: RESPONDENTS_CAPTION,
    headers: ['Group', 'Responded', 'Minimum to show', 'Note'],
    rows: [
      ['You (self)', respondents.self ? 1 : 0, '', respondents.self ? '' : 'No self response was loaded.'],
      ...respondents.groups.map((g): CsvCell[] => [g.label, g.count, g.minimum, g.note ?? '']),
      ['All raters', respondents.raters, result.minimums.allRaters, ''],
    ],
  };
}

export function themesTable(result: AggregateResult): ReportTable {
  const groups = visibleGroups(result);
  const groupFigure = (theme: ThemeResult, group: string): ThemeGroupFigure | undefined => theme.groups.find((g) => g.group === group);
  return {
    id: 'themes',
    caption: THEMES_CAPTION,
    headers: ['Theme', 'You (self)', 'All raters', ...groups.map((g) => g.label), 'Items', 'Gap (others minus self)', 'Flag'],
    rows: result.themes.map((theme): CsvCell[] => {
      const n = theme.items.length;
      return [
        theme.title,
        theme.self === null ? 'no data' : formatScore(theme.self),
        themeFigureText(theme.allRaters, n),
        ...groups.map((g) => {
          const entry = groupFigure(theme, g.group);
          return themeFigureText(entry?.figure ?? null, n, entry?.pooled);
        }),
        n,
        formatGap(theme.gap),
        flagText(theme.flag),
      ];
    }),
  };
}

/** Every comment the report may show, by theme and item, for download. */
export function commentsTable(result: AggregateResult): ReportTable {
  const themeTitle = new Map(result.themes.map((t) => [t.themeId, t.title]));
  const itemLabel = new Map(result.items.map((i) => [i.itemId, i.label]));
  return {
    id: 'comments',
    caption: COMMENTS_CAPTION,
    headers: ['Theme', 'Item', 'From', 'Comment'],
    rows: result.comments.map((c): CsvCell[] => [themeTitle.get(c.themeId) ?? c.themeId, itemLabel.get(c.itemId) ?? c.itemId, commentFrom(c), c.text]),
  };
}

/** Item rows for one theme (or every theme), with the spread of all raters. */
export function itemsTable(result: AggregateResult, themeId?: string): ReportTable {
  const groups = visibleGroups(result);
  const items = themeId ? result.items.filter((i) => i.themeId === themeId) : result.items;
  const theme = themeId ? result.themes.find((t) => t.themeId === themeId) : undefined;
  return {
    id: themeId ? `items-${themeId}` : 'items',
    caption: theme ? `${theme.title}: scores by item` : ITEMS_CAPTION,
    headers: [
      ...(themeId ? [] : ['Theme']),
      'Item', 'You (self)', 'All raters', ...groups.map((g) => g.label),
      'Lowest', 'Highest', 'Scores', 'Not observed', 'Gap (others minus self)', 'Flag',
    ],
    rows: items.map((item): CsvCell[] => {
      const all = item.allRaters;
      return [
        ...(themeId ? [] : [result.themes.find((t) => t.themeId === item.themeId)?.title ?? item.themeId]),
        item.label,
        item.self !== null ? formatScore(item.self) : item.selfNotObserved ? 'not observed' : 'no data',
        figureText(all),
        ...groups.map((g) => {
          const figure = item.groups.find((x) => x.group === g.group)?.figure;
          return figure ? figureText(figure) : 'no data';
        }),
        all.status === 'shown' ? all.min : '',
        all.status === 'shown' ? all.max : '',
        all.count,
        item.notObserved,
        formatGap(item.gap),
        flagText(item.flag),
      ];
    }),
  };
}

/** A table the report offers for download: its name and caption now, its rows when they are asked for. */
export interface ReportDownload {
  id: string;
  caption: string;
  table: () => ReportTable;
}

/**
 * Every table of the report, in reading order, unbuilt: a list of downloads shows only the captions,
 * and a table's rows are worked out when it is downloaded.
 */
export function reportDownloads(result: AggregateResult): ReportDownload[] {
  const downloads: ReportDownload[] = [
    { id: 'respondents', caption: RESPONDENTS_CAPTION, table: () => respondentsTable(result) },
    { id: 'themes', caption: THEMES_CAPTION, table: () => themesTable(result) },
    { id: 'items', caption: ITEMS_CAPTION, table: () => itemsTable(result) },
  ];
  return result.comments.length ? [...downloads, { id: 'comments', caption: COMMENTS_CAPTION, table: () => commentsTable(result) }] : downloads;
}

/** Every table of the report, in reading order. */
export function reportTables(result: AggregateResult): ReportTable[] {
  return reportDownloads(result).map((download) => download.table());
}
