/**
 * The framework and 360 responses as FHIR R4 resources, for NHS systems that keep questionnaire data
 * in FHIR (UK Core profiles): the framework as a `Questionnaire`, a response as a
 * `QuestionnaireResponse`, and back. No DOM: runs in Node and in the browser.
 *
 * Choices made here (FHIR and UK Core are silent on 360 assessments):
 * - Each theme is a `group` item; each rated item is a `choice` item whose answer options are the
 *   rating scale's points, each with an `ordinalValue` (its score). "Not observed" is an answer
 *   option with no `ordinalValue`: it is an answer, never a score.
 * - A comment is a `text` item nested under the rated item.
 * - The leader is the `subject`, identified by the 360's assessment id (responses carry no name).
 *   A rater's response has no `author`: raters stay anonymous. The leader's own response names the
 *   leader as author. The respondent kind and the rater group are extensions.
 * - `authored` is the day only: a time of day could single a rater out.
 */
import type { ResponseInput } from './aggregate.js';
import { themeItems } from './framework.js';
import { pointer, quote } from './problems.js';
import { RESPONSE_SCHEMA_VERSION } from './response.js';
import type { Answer, AssessmentResponse, Framework, FrameworkItem, Problem, RatingScale, Theme, Validated } from './types.js';
import { parseJson, validateResponse } from './validate.js';

/** UK Core profiles the resources declare (UK Core R4, fhir.hl7.org.uk). */
export const UK_CORE_QUESTIONNAIRE = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Questionnaire';
export const UK_CORE_QUESTIONNAIRE_RESPONSE = 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse';
/** The FHIR R4 core extension for the score of an answer option. */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** Base of this project's own FHIR identifiers, code systems and extensions. */
export const LPC_FHIR_BASE = 'https://lpc-components.nhs.example/fhir';
export const RESPONDENT_EXTENSION = `${LPC_FHIR_BASE}/StructureDefinition/respondent`;
export const RATER_GROUP_EXTENSION = `${LPC_FHIR_BASE}/StructureDefinition/rater-group`;
export const ASSESSMENT_ID_SYSTEM = `${LPC_FHIR_BASE}/assessment-id`;
export const RESPONSE_ID_SYSTEM = `${LPC_FHIR_BASE}/response-id`;
export const NOT_OBSERVED_CODE = 'not-observed';
const COMMENT_SUFFIX = '.comment';

// Only the parts of the FHIR R4 types that these resources use.
export interface FhirCoding { system?: string; code?: string; display?: string }
export interface FhirExtension { url: string; valueCode?: string; valueDecimal?: number; valueString?: string }
export interface FhirReference { type?: string; identifier?: { system?: string; value?: string }; display?: string }
export interface FhirAnswerOption { valueCoding: FhirCoding; extension?: FhirExtension[] }
export interface FhirQuestionnaireItem {
  linkId: string;
  type: 'group' | 'display' | 'choice' | 'text';
  text?: string;
  prefix?: string;
  required?: boolean;
  repeats?: boolean;
  answerOption?: FhirAnswerOption[];
  item?: FhirQuestionnaireItem[];
}
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  meta: { profile: string[] };
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: string[];
  date?: string;
  publisher: string;
  description: string;
  item: FhirQuestionnaireItem[];
}
export interface FhirResponseAnswer { valueCoding?: FhirCoding; valueString?: string; item?: FhirResponseItem[] }
export interface FhirResponseItem { linkId: string; text?: string; answer?: FhirResponseAnswer[]; item?: FhirResponseItem[] }
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  meta: { profile: string[] };
  extension: FhirExtension[];
  identifier: { system: string; value: string };
  questionnaire: string;
  status: 'completed';
  subject: FhirReference;
  authored: string;
  author?: FhirReference;
  item: FhirResponseItem[];
}
export interface FhirBundle<T> { resourceType: 'Bundle'; type: 'collection'; timestamp?: string; entry: Array<{ resource: T }> }

/** A FHIR id (`[A-Za-z0-9\-.]{1,64}`) made from any text; the original is kept in an identifier. */
export function fhirId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9\-.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return id || 'x';
}

/** The canonical URL of the framework's Questionnaire, with its version (`url|version`). */
export function questionnaireCanonical(framework: Pick<Framework, 'id' | 'version'>): string {
  return `${LPC_FHIR_BASE}/Questionnaire/${framework.id}|${framework.version}`;
}

/** The code system of a rating scale's answers. */
export function scaleSystem(scale: Pick<RatingScale, 'id'>): string {
  return `${LPC_FHIR_BASE}/CodeSystem/${scale.id}`;
}

function itemText(item: FrameworkItem): string {
  return item.kind === 'behaviour' ? `${item.heading}: ${item.text}` : item.text;
}

function answerOptions(scale: RatingScale): FhirAnswerOption[] {
  const system = scaleSystem(scale);
  return [
    ...scale.points.map((point) => ({
      valueCoding: { system, code: String(point.value), display: point.label },
      extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: point.value }],
    })),
    // No ordinalValue: "not observed" is an answer a rater can give, never a score.
    { valueCoding: { system, code: NOT_OBSERVED_CODE, display: scale.notObservedLabel } },
  ];
}

function themeEntry(theme: Theme, options: FhirAnswerOption[]): FhirQuestionnaireItem {
  const items = themeItems(theme);
  // A FHIR group must hold items: a theme the framework prints no text for is a display item.
  if (!items.length) return { linkId: theme.id, type: 'display', text: `${theme.title}. ${theme.statusNote ?? 'The framework gives no items for this theme.'}` };
  return {
    linkId: theme.id,
    type: 'group',
    text: theme.title,
    item: items.map((item) => ({
      linkId: item.id,
      type: 'choice',
      text: itemText(item),
      answerOption: options,
      item: [{ linkId: `${item.id}${COMMENT_SUFFIX}`, type: 'text', text: 'Comment (optional)' }],
    })),
  };
}

/** The framework as a FHIR R4 Questionnaire declaring the UK Core profile: one item per rated item. */
export function frameworkToQuestionnaire(framework: Framework): FhirQuestionnaire {
  const scale = framework.ratingScale;
  const options = answerOptions(scale);
  const source = framework.source;
  const name = framework.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, next: string | undefined) => (next ? next.toUpperCase() : '')).replace(/^[^A-Za-z]+/, '');
  return {
    resourceType: 'Questionnaire',
    id: fhirId(framework.id),
    meta: { profile: [UK_CORE_QUESTIONNAIRE] },
    url: `${LPC_FHIR_BASE}/Questionnaire/${framework.id}`,
    version: framework.version,
    name: (name.charAt(0).toUpperCase() + name.slice(1)).slice(0, 255) || 'Framework',
    title: framework.title,
    status: 'active',
    subjectType: ['Practitioner'],
    ...(/^\d{4}-\d{2}(-\d{2})?$/.test(source.date) ? { date: source.date } : {}),
    publisher: 'lpc-components',
    description:
      `The items of "${source.document}" (${source.publisher}, ${source.date}) as a 360 questionnaire made by lpc-components. ` +
      `Rating scale: ${scale.note} "${scale.notObservedLabel}" is an answer, not a score.`,
    item: framework.themes.map((theme) => themeEntry(theme, options)),
  };
}

export interface ResponseToFhirOptions {
  /** The leader's name, shown as the subject's display; by default the subject carries only the assessment id. */
  leaderName?: string;
}

/** The day of an ISO 8601 date-time (`2026-11-20T09:30:00Z` → `2026-11-20`), in UTC. */
function dayOf(dateTime: string): string {
  const time = Date.parse(dateTime);
  return Number.isNaN(time) ? dateTime.slice(0, 10) : new Date(time).toISOString().slice(0, 10);
}

/**
 * A response as a FHIR R4 QuestionnaireResponse. The leader is the subject; a rater's response has
 * no author; the group is an extension; the date is the day only. Answers are grouped by theme, in
 * the framework's order; an answer to an item the framework does not have is left out.
 */
export function responseToFhir(response: AssessmentResponse, framework: Framework, { leaderName }: ResponseToFhirOptions = {}): FhirQuestionnaireResponse {
  const system = scaleSystem(framework.ratingScale);
  const labels = new Map(framework.ratingScale.points.map((point) => [String(point.value), point.label]));
  const byItem = new Map(response.answers.map((answer) => [answer.itemId, answer]));
  const subject: FhirReference = {
    type: 'Practitioner',
    identifier: { system: ASSESSMENT_ID_SYSTEM, value: response.assessmentId },
    ...(leaderName ? { display: leaderName } : {}),
  };
  const item: FhirResponseItem[] = [];
  for (const theme of framework.themes) {
    const answered = themeItems(theme).filter((entry) => byItem.has(entry.id));
    if (!answered.length) continue;
    item.push({
      linkId: theme.id,
      item: answered.map((entry) => {
        const answer = byItem.get(entry.id)!;
        const code = answer.value === 'not-observed' ? NOT_OBSERVED_CODE : String(answer.value);
        const display = answer.value === 'not-observed' ? framework.ratingScale.notObservedLabel : labels.get(code);
        return {
          linkId: entry.id,
          answer: [{
            valueCoding: { system, code, ...(display ? { display } : {}) },
            ...(answer.comment ? { item: [{ linkId: `${entry.id}${COMMENT_SUFFIX}`, answer: [{ valueString: answer.comment }] }] } : {}),
          }],
        };
      }),
    });
  }
  const extension: FhirExtension[] = [{ url: RESPONDENT_EXTENSION, valueCode: response.respondent }];
  if (response.respondent === 'rater' && response.relationship) extension.push({ url: RATER_GROUP_EXTENSION, valueCode: response.relationship });
  return {
    resourceType: 'QuestionnaireResponse',
    id: fhirId(response.id),
    meta: { profile: [UK_CORE_QUESTIONNAIRE_RESPONSE] },
    extension,
    identifier: { system: RESPONSE_ID_SYSTEM, value: response.id },
    questionnaire: questionnaireCanonical(response.framework),
    status: 'completed',
    subject,
    authored: dayOf(response.submittedAt),
    // The leader answering about themselves is the author; raters are never named.
    ...(response.respondent === 'self' ? { author: subject } : {}),
    item,
  };
}

/** Resources in one Bundle of type `collection` (a file of many responses). */
export function fhirBundle<T>(resources: T[], timestamp?: Date): FhirBundle<T> {
  return { resourceType: 'Bundle', type: 'collection', ...(timestamp ? { timestamp: timestamp.toISOString() } : {}), entry: resources.map((resource) => ({ resource })) };
}

/** Whether untrusted JSON says it is a FHIR QuestionnaireResponse (it may still be invalid). */
export function isFhirQuestionnaireResponse(json: unknown): boolean {
  return isObject(json) && json.resourceType === 'QuestionnaireResponse';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const MAX_ITEMS = 2000;

/**
 * Reads a FHIR R4 QuestionnaireResponse (as `responseToFhir` writes it) back into a response, and
 * validates it against the framework. Each problem names its JSON Pointer path in the FHIR file.
 */
export function responseFromFhir(json: unknown, framework: Framework): Validated<AssessmentResponse> {
  const problems: Problem[] = [];
  const fail = (): Validated<AssessmentResponse> => ({ ok: false, problems });
  if (!isObject(json)) {
    problems.push({ path: '', message: 'This file is not a FHIR QuestionnaireResponse: expected an object.' });
    return fail();
  }
  if (json.resourceType !== 'QuestionnaireResponse') {
    problems.push({ path: '/resourceType', message: `This file is a FHIR ${quote(json.resourceType)}, not a "QuestionnaireResponse".` });
    return fail();
  }
  const expected = questionnaireCanonical(framework);
  if (json.questionnaire !== expected) {
    problems.push({ path: '/questionnaire', message: `This response answers the questionnaire ${quote(json.questionnaire, 120)}, not "${expected}". Load it with the framework it was made for.` });
  }
  if (json.status !== 'completed' && json.status !== 'amended') {
    problems.push({ path: '/status', message: `This response is ${quote(json.status)}, not "completed": only finished responses are read.` });
  }
  const subject = isObject(json.subject) && isObject(json.subject.identifier) ? json.subject.identifier : undefined;
  const assessmentId = subject?.system === ASSESSMENT_ID_SYSTEM ? subject.value : undefined;
  if (typeof assessmentId !== 'string' || !assessmentId) {
    problems.push({ path: '/subject/identifier', message: `The subject (the leader) needs an identifier with system "${ASSESSMENT_ID_SYSTEM}" and the assessment id as its value.` });
  }
  const identifier = isObject(json.identifier) ? json.identifier : undefined;
  const id = identifier?.system === RESPONSE_ID_SYSTEM && typeof identifier.value === 'string' ? identifier.value : json.id;
  if (typeof id !== 'string' || !id) problems.push({ path: '/identifier', message: 'The response needs an identifier or an id.' });
  const authored = json.authored;
  if (typeof authored !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(authored) || Number.isNaN(Date.parse(authored))) {
    problems.push({ path: '/authored', message: `${quote(authored)} is not a date. Use a day such as "2026-11-20".` });
  }
  const extensions = Array.isArray(json.extension) ? json.extension : [];
  const extensionValue = (url: string) => {
    const index = extensions.findIndex((entry) => isObject(entry) && entry.url === url);
    return { index, value: index >= 0 ? (extensions[index] as Record<string, unknown>).valueCode : undefined };
  };
  const respondent = extensionValue(RESPONDENT_EXTENSION);
  if (respondent.value !== 'self' && respondent.value !== 'rater') {
    problems.push({
      path: respondent.index >= 0 ? pointer('extension', respondent.index, 'valueCode') : '/extension',
      message: `The response must say who answered: an extension "${RESPONDENT_EXTENSION}" with valueCode "self" or "rater".`,
    });
  }
  const group = extensionValue(RATER_GROUP_EXTENSION);
  if (respondent.value === 'rater' && (typeof group.value !== 'string' || !group.value)) {
    problems.push({
      path: group.index >= 0 ? pointer('extension', group.index, 'valueCode') : '/extension',
      message: `A rater's response needs their group (e.g. "peer"): an extension "${RATER_GROUP_EXTENSION}" with a valueCode.`,
    });
  }

  const answers = readAnswers(json.item, framework, problems);
  if (problems.length) return fail();
  const response: AssessmentResponse = {
    schemaVersion: RESPONSE_SCHEMA_VERSION,
    id: id as string,
    assessmentId: assessmentId as string,
    framework: { id: framework.id, version: framework.version },
    scaleId: framework.ratingScale.id,
    respondent: respondent.value as 'self' | 'rater',
    ...(respondent.value === 'rater' ? { relationship: group.value as string } : {}),
    submittedAt: (authored as string).slice(0, 10),
    answers,
  };
  // The project's own checks (lengths, id patterns): a problem here is reported at the whole file.
  const checked = validateResponse(response, framework);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => ({ path: '', message: `After reading the FHIR file: ${p.message} (at ${p.path || 'the whole response'})` })) };
  return checked;
}

function readAnswers(items: unknown, framework: Framework, problems: Problem[]): Answer[] {
  const answers: Answer[] = [];
  if (!Array.isArray(items)) {
    problems.push({ path: '/item', message: 'The response has no items (answers).' });
    return answers;
  }
  const system = scaleSystem(framework.ratingScale);
  const values = new Set(framework.ratingScale.points.map((point) => String(point.value)));
  const themeIds = new Map(framework.themes.map((theme) => [theme.id, new Set(themeItems(theme).map((item) => item.id))]));
  const seen = new Set<string>();
  items.forEach((group, g) => {
    if (!isObject(group) || typeof group.linkId !== 'string' || !themeIds.has(group.linkId)) {
      problems.push({ path: pointer('item', g, 'linkId'), message: `${quote(isObject(group) ? group.linkId : group)} is not a theme of this framework.` });
      return;
    }
    const inTheme = themeIds.get(group.linkId)!;
    const entries = Array.isArray(group.item) ? group.item : [];
    entries.forEach((entry, i) => {
      const at = (...rest: Array<string | number>) => pointer('item', g, 'item', i, ...rest);
      if (answers.length >= MAX_ITEMS) return;
      if (!isObject(entry) || typeof entry.linkId !== 'string' || !inTheme.has(entry.linkId)) {
        problems.push({ path: at('linkId'), message: `${quote(isObject(entry) ? entry.linkId : entry)} is not an item of the theme "${group.linkId}".` });
        return;
      }
      if (seen.has(entry.linkId)) {
        problems.push({ path: at('linkId'), message: `The item "${entry.linkId}" is answered twice.` });
        return;
      }
      seen.add(entry.linkId);
      const first = Array.isArray(entry.answer) && entry.answer.length === 1 && isObject(entry.answer[0]) ? entry.answer[0] : undefined;
      const coding = first && isObject(first.valueCoding) ? first.valueCoding : undefined;
      if (!coding) {
        problems.push({ path: at('answer'), message: `The item "${entry.linkId}" needs exactly one answer with a valueCoding.` });
        return;
      }
      const code = coding.code;
      if (coding.system !== system || typeof code !== 'string' || (code !== NOT_OBSERVED_CODE && !values.has(code))) {
        problems.push({ path: at('answer', 0, 'valueCoding'), message: `${quote(code)} is not an answer of the rating scale "${framework.ratingScale.id}" (system "${system}").` });
        return;
      }
      const answer: Answer = { itemId: entry.linkId, value: code === NOT_OBSERVED_CODE ? 'not-observed' : Number(code) };
      const nested = Array.isArray(first!.item) ? first!.item : [];
      const comment = nested.find((child) => isObject(child) && child.linkId === `${entry.linkId}${COMMENT_SUFFIX}`) as Record<string, unknown> | undefined;
      const text = comment && Array.isArray(comment.answer) && isObject(comment.answer[0]) ? comment.answer[0].valueString : undefined;
      if (text !== undefined && typeof text !== 'string') {
        problems.push({ path: at('answer', 0, 'item', nested.indexOf(comment!), 'answer', 0, 'valueString'), message: 'A comment must be text.' });
        return;
      }
      if (text) answer.comment = text;
      answers.push(answer);
    });
  });
  return answers;
}

/** Most entries read from one FHIR Bundle (a 360 has tens of responses). */
const MAX_BUNDLE_ENTRIES = 5000;
const FHIR_RESOURCE = /"resourceType"\s*:\s*"(?:QuestionnaireResponse|Bundle)"/;

function problemText(problems: Problem[]): string {
  const listed = problems.slice(0, 5).map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join(' ');
  return problems.length > 5 ? `${listed} (and ${problems.length - 5} more)` : listed;
}

/**
 * The report's inputs from a file holding a FHIR QuestionnaireResponse or a Bundle of them (as
 * `lpc-collector export-fhir` writes): one input per response, each read back and validated, a bad
 * one kept as an input with its problems. `null` when the file holds neither, so it is read as an
 * ordinary response file.
 */
export function fhirResponseInputs(name: string, text: string, framework: Framework): ResponseInput[] | null {
  if (!FHIR_RESOURCE.test(text)) return null;
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value)) return null;
  const json = parsed.value;
  const read = (entryName: string, resource: unknown): ResponseInput => {
    const result = responseFromFhir(resource, framework);
    return result.ok
      ? { name: entryName, json: result.value }
      : { name: entryName, error: `This FHIR QuestionnaireResponse could not be read. ${problemText(result.problems)}` };
  };
  if (json.resourceType === 'QuestionnaireResponse') return [read(name, json)];
  if (json.resourceType !== 'Bundle' || !Array.isArray(json.entry)) return null;
  const entries = json.entry.slice(0, MAX_BUNDLE_ENTRIES);
  const inputs = entries.map((entry, i) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    const entryName = `${name} (entry ${i + 1})`;
    return isFhirQuestionnaireResponse(resource)
      ? read(entryName, resource)
      : { name: entryName, error: `Entry ${i + 1} of this FHIR Bundle is not a QuestionnaireResponse.` };
  });
  if (json.entry.length > MAX_BUNDLE_ENTRIES) inputs.push({ name, error: `The Bundle has ${json.entry.length} entries; only the first ${MAX_BUNDLE_ENTRIES} were read.` });
  return inputs;
}
