import type { Framework, FrameworkItem, Supplementary, Theme } from './types.js';

/** An item with the theme it belongs to. */
export interface LocatedItem {
  theme: Theme;
  item: FrameworkItem;
}

/** Every behaviour and quality of a theme, behaviours first, in the document's order. */
export function themeItems(theme: Theme): FrameworkItem[] {
  return [...theme.behaviours, ...theme.qualities];
}

/** Every rateable item of the framework, in the document's order. */
export function allItems(framework: Framework): LocatedItem[] {
  return framework.themes.flatMap((theme) => themeItems(theme).map((item) => ({ theme, item })));
}

export function findTheme(framework: Framework, id: string): Theme | undefined {
  return framework.themes.find((theme) => theme.id === id);
}

export function findItem(framework: Framework, id: string): LocatedItem | undefined {
  for (const theme of framework.themes) {
    const item = themeItems(theme).find((candidate) => candidate.id === id);
    if (item) return { theme, item };
  }
  return undefined;
}

export function findSupplementary(framework: Framework, id: string): { theme: Theme; entry: Supplementary } | undefined {
  for (const theme of framework.themes) {
    const entry = theme.supplementary?.find((candidate) => candidate.id === id);
    if (entry) return { theme, entry };
  }
  return undefined;
}

/** Every id a host can name: themes, items and supplementary entries. */
export function allIds(framework: Framework): string[] {
  return framework.themes.flatMap((theme) => [
    theme.id,
    ...themeItems(theme).map((item) => item.id),
    ...(theme.supplementary ?? []).map((entry) => entry.id),
  ]);
}

/** Display label of an item: a behaviour's heading, or a quality's text. */
export function itemLabel(item: FrameworkItem): string {
  return item.kind === 'behaviour' ? item.heading : item.text;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The valid ids closest to an unknown one, for "did you mean" messages. */
export function nearestIds(framework: Framework, unknownId: string, count = 3): string[] {
  const needle = unknownId.slice(0, 200).toLowerCase();
  return allIds(framework)
    .map((id) => ({ id, distance: editDistance(needle, id) - (id.startsWith(needle.split('.')[0]) ? 2 : 0) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}
