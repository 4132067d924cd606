/**
 * Checks an `AggregateResult` that came from outside this page (the collector's `GET /report`, or a
 * host's `.result`) before the report renders it: the generated schema
 * (`schemas/aggregate-result.schema.json`), then what the schema cannot say. No DOM.
 */
import { checkAggregateResult } from '../generated/validators.js';
import type { AggregateResult } from './aggregate.js';
import { pointer, problemsFromSchemaErrors } from './problems.js';
import type { Problem, Validated } from './types.js';

const LEAD = 'These report figures cannot be shown: they are not a 360 report this page understands.';

/** Item and theme ids that must agree, and a scale that rises. */
function semantics(result: AggregateResult): Problem[] {
  const problems: Problem[] = [];
  const themes = new Set(result.themes.map((t) => t.themeId));
  result.items.forEach((item, i) => {
    if (!themes.has(item.themeId)) {
      problems.push({ path: pointer('items', i, 'themeId'), message: `Item "${item.itemId}" belongs to theme "${item.themeId}", which the result does not have.` });
    }
  });
  const values = result.scale.values;
  if (!values.length) problems.push({ path: pointer('scale', 'values'), message: 'The rating scale has no values.' });
  values.forEach((v, i) => {
    if (i > 0 && v <= values[i - 1]) problems.push({ path: pointer('scale', 'values', i), message: `Scale values must rise; ${v} follows ${values[i - 1]}.` });
  });
  return problems;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists that repeat items of `items` (by reference in aggregate()'s result, by copy once sent as JSON). */
const ITEM_LISTS = ['highest', 'lowest', 'blindSpots', 'hiddenStrengths'] as const;

/**
 * The result with every repeated item list emptied, so the schema checks each item once: a result
 * repeats all its items in `themes[].items` and some again in the four lists above, and checking the
 * copies took most of the time of a first check (in Node, compiled validators: 4-24 ms with the copies,
 * 1.5-2.2 ms without).
 */
function withoutRepeats(json: Json): Json {
  const slim: Json = { ...json };
  if (Array.isArray(json.themes)) slim.themes = json.themes.map((t) => (isObject(t) && Array.isArray(t.items) ? { ...t, items: [] } : t));
  for (const key of ITEM_LISTS) if (Array.isArray(json[key])) slim[key] = [];
  return slim;
}

/**
 * Rebuilds the repeated lists from the checked items: each entry must name an item of the result
 * (of that theme, for a theme's list), and is replaced by that item, so only checked data is shown.
 */
function rebuildRepeats(json: Json, checked: AggregateResult, problems: Problem[]): AggregateResult {
  const byId = new Map(checked.items.map((item) => [item.itemId, item]));
  const pick = (list: unknown, path: string[], themeId?: string) => {
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry, i) => {
      const id = isObject(entry) ? entry.itemId : undefined;
      const item = typeof id === 'string' ? byId.get(id) : undefined;
      if (!item || (themeId !== undefined && item.themeId !== themeId)) {
        problems.push({ path: pointer(...path, i), message: `This entry does not name an item of the result${themeId ? ` in theme "${themeId}"` : ''}.` });
        return [];
      }
      return [item];
    });
  };
  const themes = checked.themes.map((theme, t) => ({ ...theme, items: pick((json.themes as Json[])[t].items, ['themes', String(t), 'items'], theme.themeId) }));
  const lists = Object.fromEntries(ITEM_LISTS.map((key) => [key, pick(json[key], [key])]));
  return { ...checked, themes, ...lists };
}

/** A typed result, or a plain first problem at the root followed by each detail with its JSON path. */
export function validateAggregateResult(json: unknown): Validated<AggregateResult> {
  let problems: Problem[] = [];
  let value: AggregateResult | undefined;
  try {
    const slim = isObject(json) ? withoutRepeats(json) : json;
    problems = problemsFromSchemaErrors(checkAggregateResult(slim), slim);
    if (!problems.length) problems = semantics(slim as AggregateResult);
    if (!problems.length) value = rebuildRepeats(json as Json, slim as AggregateResult, problems);
  } catch (error) {
    problems = [{ path: '', message: `The figures could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
  if (!problems.length && value) return { ok: true, value };
  return { ok: false, problems: [{ path: '', message: LEAD }, ...problems] };
}
