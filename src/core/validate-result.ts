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

/** A typed result, or a plain first problem at the root followed by each detail with its JSON path. */
export function validateAggregateResult(json: unknown): Validated<AggregateResult> {
  let problems: Problem[];
  try {
    problems = problemsFromSchemaErrors(checkAggregateResult(json), json);
    if (!problems.length) problems = semantics(json as AggregateResult);
  } catch (error) {
    problems = [{ path: '', message: `The figures could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
  if (!problems.length) return { ok: true, value: json as AggregateResult };
  return { ok: false, problems: [{ path: '', message: LEAD }, ...problems] };
}
