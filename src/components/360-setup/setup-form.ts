/**
 * The set-up form as data: its rows, the request it sends (`POST /360s`), the checks made before
 * sending, and where each problem's JSON Pointer belongs on the form. No DOM.
 */
import { DEFAULT_GROUP_MINIMUMS, groupLabel } from '../../core/anonymity.js';
import type { Problem } from '../../core/types.js';
import { today } from '../../core/local-date.js';
import { pointerKeys } from '../../core/problems.js';
import type { SetupRequest } from '../../client/collector-types.js';
import type { FieldProblem } from '../../templates/form-field.js';

export interface GroupRow {
  /** Stable within the form (field ids are built from it). */
  key: string;
  /** Collector group id: a built-in id, or one made from a custom group's label. */
  id: string;
  /** Custom groups only; built-in groups use the framework's names. */
  label: string;
  custom: boolean;
  invited: string;
  minimum: string;
  /** One address a line, in link order; optional. */
  contacts: string;
}

export interface SetupFormState {
  leaderName: string;
  closesOn: string;
  groups: GroupRow[];
  pool: string;
  allRaters: string;
  comments: string;
  includeSupplementary: boolean;
}

export type { FieldProblem };

export const MAX_INVITED = 100;
export const MAX_NAME = 120;
/** The floors `src/core/anonymity.ts` applies whatever is asked (shown to the facilitator). */
export const FLOORS = { lineManager: 1, group: 2, pool: 2, allRaters: 3, comments: 2 } as const;

const builtIn = (key: string, id: string, invited: number): GroupRow => ({
  key,
  id,
  label: '',
  custom: false,
  invited: String(invited),
  minimum: String(DEFAULT_GROUP_MINIMUMS[id] ?? 3),
  contacts: '',
});

export function initialForm(): SetupFormState {
  return {
    leaderName: '',
    closesOn: '',
    groups: [builtIn('line-manager', 'line-manager', 1), builtIn('peer', 'peer', 3), builtIn('direct-report', 'direct-report', 3), builtIn('other', 'other', 0)],
    pool: '3',
    allRaters: '3',
    comments: '3',
    includeSupplementary: false,
  };
}

let customCount = 0;
export function customRow(): GroupRow {
  customCount += 1;
  return { key: `custom-${customCount}`, id: '', label: '', custom: true, invited: '3', minimum: '3', contacts: '' };
}

/** The name a facilitator sees for a row. */
export const rowName = (row: GroupRow) => (row.custom ? row.label.trim() || 'New group' : groupLabel(row.id));

/** A collector id from a custom label: "People who use services" is `people-who-use-services`. */
export function idFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export const fieldIds = {
  leaderName: 'leader-name',
  closesOn: 'closes-on',
  invited: (row: GroupRow) => `${row.key}-invited`,
  label: (row: GroupRow) => `${row.key}-label`,
  minimum: (row: GroupRow) => `${row.key}-minimum`,
  contacts: (row: GroupRow) => `${row.key}-contacts`,
  pool: 'minimum-pool',
  allRaters: 'minimum-all-raters',
  comments: 'minimum-comments',
  groups: 'line-manager-invited',
};


const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const contactLines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The rows that invite anyone, in the order they are sent (problem paths index this list). */
export const sentRows = (form: SetupFormState) => form.groups.filter((row) => wholeNumber(row.invited) > 0);

/**
 * Checks the form as the facilitator filled it in; every problem says what to do. An empty list
 * means the request can be sent (the collector checks it again).
 */
export function checkForm(form: SetupFormState, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = form.leaderName.trim();
  if (!name) problems.push({ fieldId: fieldIds.leaderName, message: "Enter the leader's name" });
  else if (name.length > MAX_NAME) problems.push({ fieldId: fieldIds.leaderName, message: `The leader's name must be ${MAX_NAME} characters or fewer` });

  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.closesOn) || Number.isNaN(Date.parse(form.closesOn))) {
    problems.push({ fieldId: fieldIds.closesOn, message: 'Enter the closing date' });
  } else if (form.closesOn < today(now)) {
    problems.push({ fieldId: fieldIds.closesOn, message: 'The closing date must be today or in the future' });
  }

  const seen = new Set<string>();
  for (const row of form.groups) {
    const name = rowName(row);
    const invited = wholeNumber(row.invited);
    if (Number.isNaN(invited) || invited > MAX_INVITED) {
      problems.push({ fieldId: fieldIds.invited(row), message: `Enter how many ${name.toLowerCase()} to invite, a whole number from 0 to ${MAX_INVITED}` });
      continue;
    }
    if (row.custom) {
      const id = idFromLabel(row.label);
      if (!row.label.trim() || !id) problems.push({ fieldId: fieldIds.label(row), message: 'Enter a name for the group, such as "People who use services"' });
      else if (seen.has(id)) problems.push({ fieldId: fieldIds.label(row), message: `There is already a group called ${row.label.trim()}: give this one another name` });
      seen.add(id);
    } else {
      seen.add(row.id);
    }
    if (invited === 0) continue;
    const floor = row.id === 'line-manager' ? FLOORS.lineManager : FLOORS.group;
    const minimum = wholeNumber(row.minimum);
    if (Number.isNaN(minimum) || minimum < floor || minimum > MAX_INVITED) {
      problems.push({ fieldId: fieldIds.minimum(row), message: `Enter a minimum for ${name.toLowerCase()} of ${floor} or more (anonymity needs at least ${floor})` });
    }
    const contacts = contactLines(row.contacts);
    if (contacts.length > invited) {
      problems.push({ fieldId: fieldIds.contacts(row), message: `Enter no more than ${invited} contacts for ${name.toLowerCase()}, one for each link` });
    } else {
      const bad = contacts.find((line) => !EMAIL.test(line) || line.length > 254);
      if (bad) problems.push({ fieldId: fieldIds.contacts(row), message: `Enter each contact for ${name.toLowerCase()} as an email address, like name@example.nhs.uk` });
    }
  }
  if (!sentRows(form).length && !problems.some((p) => p.fieldId?.endsWith('-invited'))) {
    problems.push({ fieldId: fieldIds.invited(form.groups[0]), message: 'Invite at least one person to give feedback' });
  }

  const floors: Array<[keyof typeof FLOORS & keyof SetupFormState, string, number, string]> = [
    ['pool', fieldIds.pool, FLOORS.pool, 'the pooled "Other raters" figure'],
    ['allRaters', fieldIds.allRaters, FLOORS.allRaters, 'the all-raters figure'],
    ['comments', fieldIds.comments, FLOORS.comments, "showing a group's comments"],
  ];
  for (const [key, fieldId, floor, what] of floors) {
    const value = wholeNumber(form[key] as string);
    if (Number.isNaN(value) || value < floor || value > MAX_INVITED) problems.push({ fieldId, message: `Enter a minimum for ${what} of ${floor} or more` });
  }
  return problems;
}

/** The `POST /360s` body for a form that passed `checkForm`. */
export function buildRequest(form: SetupFormState): SetupRequest {
  const rows = sentRows(form);
  const request: SetupRequest = {
    leaderName: form.leaderName.trim(),
    closesOn: form.closesOn,
    groups: rows.map((row) => {
      const group: SetupRequest['groups'][number] = { id: row.custom ? idFromLabel(row.label) : row.id, invited: wholeNumber(row.invited) };
      if (row.custom) group.label = row.label.trim();
      group.minimum = wholeNumber(row.minimum);
      return group;
    }),
    minimums: { pool: wholeNumber(form.pool), allRaters: wholeNumber(form.allRaters), comments: wholeNumber(form.comments) },
    includeSupplementary: form.includeSupplementary,
  };
  const contacts: Record<string, Array<string | null>> = {};
  rows.forEach((row, index) => {
    const lines = contactLines(row.contacts);
    if (!lines.length) return;
    const invited = request.groups[index].invited;
    contacts[request.groups[index].id] = Array.from({ length: invited }, (_, i) => lines[i] ?? null);
  });
  if (Object.keys(contacts).length) request.contacts = contacts;
  return request;
}

/**
 * Places the collector's problems on the form: `/groups/1/invited` is the invited field of the
 * second row sent, `/contacts/peer/2` the peers' contacts, and so on. Paths it does not know stay
 * in the summary, with the path in words.
 */
export function placeProblems(form: SetupFormState, problems: Problem[]): FieldProblem[] {
  const rows = sentRows(form);
  const ids = rows.map((row) => (row.custom ? idFromLabel(row.label) : row.id));
  return problems.map(({ path, message }) => {
    const [top, second, third] = pointerKeys(path);
    let fieldId: string | undefined;
    if (top === 'leaderName') fieldId = fieldIds.leaderName;
    else if (top === 'closesOn') fieldId = fieldIds.closesOn;
    else if (top === 'groups') {
      const row = rows[Number(second)];
      if (!row) fieldId = fieldIds.invited(form.groups[0]);
      else if (third === 'label' || third === 'id') fieldId = row.custom ? fieldIds.label(row) : fieldIds.invited(row);
      else if (third === 'minimum') fieldId = fieldIds.minimum(row);
      else fieldId = fieldIds.invited(row);
    } else if (top === 'minimums') {
      fieldId = second === 'pool' ? fieldIds.pool : second === 'allRaters' ? fieldIds.allRaters : second === 'comments' ? fieldIds.comments : fieldIds.pool;
    } else if (top === 'contacts') {
      const row = rows[ids.indexOf(second ?? '')];
      if (row) fieldId = fieldIds.contacts(row);
    }
    return fieldId ? { fieldId, message } : { message: path ? `${message} (at ${path})` : message };
  });
}
