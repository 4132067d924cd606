/**
 * The framework's items as a CSV file (one row per behaviour and quality), for people who work in
 * spreadsheets. No DOM: runs in Node and in the browser. Cells go through the project's CSV helper
 * (`csv.ts`), which guards text a spreadsheet would run as a formula.
 */
import { toCsv } from './csv.js';
import { themeItems } from './framework.js';
import type { Framework, Source } from './types.js';

export const FRAMEWORK_CSV_HEADERS = ['Theme', 'Kind', 'Id', 'Heading', 'Text', 'Source'];

/** A source in one cell, date as the data gives it: "Leadership for Personalised Care: Core Framework (NHS England, 2020-01)". */
function sourceCell(source: Source): string {
  return `${source.document} (${[source.author, source.publisher, source.date].filter(Boolean).join(', ')})`;
}

/**
 * Every rated item, in the framework's order: theme, kind (behaviour or quality), id, heading (a
 * quality has none in the framework: empty), text and source. A theme the framework gives no text
 * for gets one row saying so, so the CSV does not silently drop it. Supplementary text is left
 * out unless asked for, and is then marked as not part of the framework.
 */
export function frameworkToCsv(framework: Framework, { includeSupplementary = false } = {}): string {
  const rows: Array<Array<string>> = [];
  for (const theme of framework.themes) {
    const items = themeItems(theme);
    for (const item of items) {
      rows.push([theme.title, item.kind, item.id, item.kind === 'behaviour' ? item.heading : '', item.text, sourceCell(item.source)]);
    }
    if (!items.length) {
      rows.push([theme.title, 'no items', theme.id, '', theme.statusNote ?? 'The framework gives no text for this theme.', sourceCell(framework.source)]);
    }
    if (includeSupplementary) {
      for (const entry of theme.supplementary ?? []) {
        rows.push([theme.title, 'supplementary (not part of the framework)', entry.id, entry.label, entry.text, sourceCell(entry.source)]);
      }
    }
  }
  return toCsv(FRAMEWORK_CSV_HEADERS, rows);
}

/** A file name for the framework's CSV, e.g. `lpc-core-framework-2020-01-items.csv`. */
export function frameworkCsvFileName(framework: Pick<Framework, 'id' | 'version'>): string {
  return `${`${framework.id}-${framework.version}`.replace(/[^a-z0-9-]+/gi, '-')}-items.csv`;
}
