import { checkDraft, checkFramework } from '../generated/validators.js';
import { checkResponseFile } from './response-check.js';
import { schemaProblems, invalid, pointer } from './problems.js';
import type { AssessmentResponse, Draft, Framework, Problem, Validated } from './types.js';

/** Size above which a parsed file is refused before validation (the real framework is ~20 kB). */
export const MAX_JSON_TEXT_LENGTH = 10_000_000;

/** Parses untrusted JSON text into a value, or one problem saying why it is not JSON. */
export function parseJson(text: string): Validated<unknown> {
  if (text.length > MAX_JSON_TEXT_LENGTH) {
    return { ok: false, problems: [{ path: '', message: `The file is too large (${text.length} characters). The limit is ${MAX_JSON_TEXT_LENGTH}.` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `The file is not valid JSON (${detail.slice(0, 200)}). Check it was saved as JSON, not as HTML or a web page.` }],
    };
  }
}

/** Semantic checks the schema cannot express: unique ids, theme status, a sane rating scale. */
function frameworkSemantics(framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) {
      problems.push({ path, message: `The id "${id}" is used twice (first at ${earlier}). Give each theme and item its own id.` });
    } else {
      firstSeen.set(id, path);
    }
  };
  framework.themes.forEach((theme, t) => {
    claim(theme.id, pointer('themes', t, 'id'));
    theme.behaviours.forEach((item, i) => claim(item.id, pointer('themes', t, 'behaviours', i, 'id')));
    theme.qualities.forEach((item, i) => claim(item.id, pointer('themes', t, 'qualities', i, 'id')));
    (theme.supplementary ?? []).forEach((entry, i) => claim(entry.id, pointer('themes', t, 'supplementary', i, 'id')));
    const count = theme.behaviours.length + theme.qualities.length;
    if (theme.status === 'complete' && count === 0) {
      problems.push({
        path: pointer('themes', t, 'status'),
        message: `Theme "${theme.id}" is marked "complete" but has no behaviours or qualities. Add its items or set the status to "no-text-in-source".`,
      });
    }
    if (theme.status === 'no-text-in-source' && count > 0) {
      problems.push({
        path: pointer('themes', t, 'status'),
        message: `Theme "${theme.id}" is marked "no-text-in-source" but has ${count} items. Set the status to "complete".`,
      });
    }
  });
  const points = framework.ratingScale.points;
  points.forEach((point, i) => {
    if (i > 0 && point.value <= points[i - 1].value) {
      problems.push({
        path: pointer('ratingScale', 'points', i, 'value'),
        message: `Scale values must rise from lowest to highest with no repeats; ${point.value} follows ${points[i - 1].value}.`,
      });
    }
  });
  return problems;
}

/** Validates an untrusted framework file: a typed framework, or every problem with its JSON path. */
export function validateFramework(json: unknown): Validated<Framework> {
  const problems = schemaProblems(checkFramework, json);
  if (problems.length) return invalid(problems);
  const framework = json as Framework;
  const semantic = frameworkSemantics(framework);
  return semantic.length ? invalid(semantic) : { ok: true, value: framework };
}

/** Validates an untrusted response file against the framework it claims to answer. */
export function validateResponse(json: unknown, framework: Framework): Validated<AssessmentResponse> {
  return checkResponseFile(json, framework, null);
}

/** Validates a stored draft (untrusted: another tab, an older version or a user may have changed it). */
export function validateDraft(json: unknown): Validated<Draft> {
  const problems = schemaProblems(checkDraft, json);
  return problems.length ? invalid(problems) : { ok: true, value: json as Draft };
}
