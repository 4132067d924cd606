/** Checks the body of `POST /360s`, naming the JSON Pointer of every problem. */
import { groupLabel, POOLED_GROUP, resolveMinimums } from '../core/anonymity.js';
import { pointer } from '../core/problems.js';
import type { Problem } from '../core/types.js';
import { has, unknownKeys } from './body.js';
import { isIsoDay } from './dates.js';

export interface SetupRequest {
  leaderName: string;
  closesOn: string;
  groups: Array<{ id: string; label: string; invited: number; minimum: number }>;
  minimums: { pool: number; allRaters: number; comments: number };
  includeSupplementary: boolean;
  previous: string | null;
  cohort: string | null;
  contacts: Record<string, Array<string | null>>;
}

const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESERVED = new Set(['self', 'all-raters', POOLED_GROUP]);
/** Links per group and per 360: generous for a 360, small enough that one request stays cheap. */
export const MAX_INVITED_PER_GROUP = 200;
export const MAX_INVITED = 500;
const MAX_GROUPS = 20;

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkSetup(body: Record<string, unknown>, today: string): { ok: true; value: SetupRequest } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = unknownKeys(body, ['leaderName', 'closesOn', 'groups', 'minimums', 'includeSupplementary', 'previous', 'cohort', 'contacts']);
  const add = (path: string, message: string) => problems.push({ path, message });

  const leaderName = typeof body.leaderName === 'string' ? body.leaderName.trim() : '';
  if (typeof body.leaderName !== 'string') add('/leaderName', 'Give the leader\'s name as text.');
  else if (!leaderName) add('/leaderName', 'The leader\'s name is empty.');
  else if (leaderName.length > 200) add('/leaderName', 'The leader\'s name is longer than 200 characters.');

  if (!isIsoDay(body.closesOn)) add('/closesOn', 'Give the closing date as YYYY-MM-DD, e.g. "2027-01-31".');
  else if (body.closesOn < today) add('/closesOn', `The closing date ${body.closesOn} is in the past (today is ${today}).`);

  const asked = plain(body.minimums) ? body.minimums : {};
  if (has(body, 'minimums')) {
    if (!plain(body.minimums)) add('/minimums', 'Give the minimums as an object, e.g. { "pool": 3, "allRaters": 3, "comments": 3 }.');
    else {
      problems.push(...unknownKeys(body.minimums, ['pool', 'allRaters', 'comments'], '/minimums'));
      for (const key of ['pool', 'allRaters', 'comments']) {
        if (has(asked, key) && !(isWhole(asked[key]) && asked[key] >= 1 && asked[key] <= 100)) add(`/minimums/${key}`, 'Give a whole number from 1 to 100.');
      }
    }
  }
  const floors = resolveMinimums({
    poolMinimum: isWhole(asked.pool) ? asked.pool : undefined,
    allRatersMinimum: isWhole(asked.allRaters) ? asked.allRaters : undefined,
    commentMinimum: isWhole(asked.comments) ? asked.comments : undefined,
  });

  const groups: SetupRequest['groups'] = [];
  if (!Array.isArray(body.groups) || body.groups.length === 0) add('/groups', 'List at least one group of raters, e.g. [{ "id": "peer", "invited": 3 }].');
  else if (body.groups.length > MAX_GROUPS) add('/groups', `At most ${MAX_GROUPS} groups.`);
  else {
    const seen = new Set<string>();
    body.groups.forEach((group: unknown, i) => {
      const at = (key?: string) => (key ? pointer('groups', i, key) : pointer('groups', i));
      if (!plain(group)) return add(at(), 'Each group is an object with an "id" and "invited".');
      problems.push(...unknownKeys(group, ['id', 'label', 'invited', 'minimum'], at()));
      const id = group.id;
      if (typeof id !== 'string' || !ID.test(id) || id.length > 120) return add(at('id'), 'Give the group an id of lower-case letters, digits and hyphens, e.g. "peer".');
      if (RESERVED.has(id)) return add(at('id'), `"${id}" is kept for the report's own figures. Choose another id.`);
      if (seen.has(id)) return add(at('id'), `The group "${id}" is listed twice.`);
      seen.add(id);
      if (has(group, 'label') && (typeof group.label !== 'string' || !group.label.trim() || group.label.length > 120)) add(at('label'), 'Give the label as text of 1 to 120 characters.');
      if (!isWhole(group.invited) || group.invited < 0 || group.invited > MAX_INVITED_PER_GROUP) add(at('invited'), `Give the number invited as a whole number from 0 to ${MAX_INVITED_PER_GROUP}.`);
      if (has(group, 'minimum') && !(isWhole(group.minimum) && group.minimum >= 1 && group.minimum <= 100)) add(at('minimum'), 'Give a whole number from 1 to 100.');
      const minimum = resolveMinimums({ minimums: isWhole(group.minimum) ? { [id]: group.minimum } : {} }).group(id);
      groups.push({
        id,
        label: typeof group.label === 'string' && group.label.trim() ? group.label.trim() : groupLabel(id),
        invited: isWhole(group.invited) ? group.invited : 0,
        minimum,
      });
    });
    const total = groups.reduce((sum, g) => sum + g.invited, 0);
    if (!problems.length && total === 0) add('/groups', 'Invite at least one rater.');
    if (total > MAX_INVITED) add('/groups', `At most ${MAX_INVITED} raters in one 360 (${total} asked).`);
  }

  if (has(body, 'includeSupplementary') && typeof body.includeSupplementary !== 'boolean') add('/includeSupplementary', 'Give true or false.');
  if (has(body, 'previous') && body.previous !== null && !(typeof body.previous === 'string' && UUID.test(body.previous))) add('/previous', 'Give the id of the leader\'s previous 360.');
  if (has(body, 'cohort') && body.cohort !== null && !(typeof body.cohort === 'string' && body.cohort.length <= 120 && ID.test(body.cohort))) add('/cohort', 'Give the cohort id.');

  const contacts: SetupRequest['contacts'] = {};
  if (has(body, 'contacts')) {
    if (!plain(body.contacts)) add('/contacts', 'Give contacts as an object of lists by group id, e.g. { "peer": ["a@example.nhs.uk", null] }.');
    else {
      for (const [groupId, list] of Object.entries(body.contacts)) {
        const at = pointer('contacts', groupId);
        const group = groups.find((g) => g.id === groupId);
        if (!group) { add(at, `There is no group "${groupId.slice(0, 60)}" in this 360.`); continue; }
        if (!Array.isArray(list)) { add(at, 'Give a list with one contact (or null) per link.'); continue; }
        if (list.length > group.invited) add(at, `${list.length} contacts for ${group.invited} links.`);
        list.forEach((contact: unknown, i) => {
          if (contact !== null && !(typeof contact === 'string' && contact.length <= 320)) add(pointer('contacts', groupId, i), 'Give a contact of at most 320 characters, or null.');
        });
        contacts[groupId] = list.map((c: unknown) => (typeof c === 'string' && c.trim() ? c.trim() : null));
      }
    }
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      leaderName,
      closesOn: body.closesOn as string,
      groups,
      minimums: { pool: floors.pool, allRaters: floors.allRaters, comments: floors.comments },
      includeSupplementary: body.includeSupplementary === true,
      previous: typeof body.previous === 'string' ? body.previous.toLowerCase() : null,
      cohort: typeof body.cohort === 'string' ? body.cohort : null,
      contacts,
    },
  };
}
