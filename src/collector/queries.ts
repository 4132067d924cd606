/**
 * Every SQL statement of the collector's base routes, parameterised. Rows come back in camelCase
 * shapes; dates as `YYYY-MM-DD` text (never JS dates, which would shift with the time zone).
 * Token hashes travel as hex text and are decoded in SQL: PGlite encodes a bytea parameter several
 * times slower than a text one, and pg and PGlite then see the same parameter types.
 */
import { randomUUID } from 'node:crypto';
import type { Answer } from '../core/types.js';
import type { Role } from './options.js';
import type { Sql, Store } from './store/types.js';

export type Status = 'open' | 'closed' | 'released';

export interface Assessment {
  id: string;
  leaderName: string;
  closesOn: string;
  /** The stored status; see `statusOn` for the status in force on a day. */
  status: Status;
  frameworkId: string;
  frameworkVersion: string;
  includeSupplementary: boolean;
  minimums: { pool: number; allRaters: number; comments: number };
  previousId: string | null;
  cohortId: string | null;
}

export interface Group {
  id: string;
  label: string;
  invited: number;
  minimum: number;
}

/** An open 360 whose closing day has passed counts as closed. */
export function statusOn(assessment: Assessment, today: string): Status {
  return assessment.status === 'open' && assessment.closesOn < today ? 'closed' : assessment.status;
}

const ASSESSMENT_COLUMNS = `a.id::text AS id, a.leader_name, a.closes_on::text AS closes_on, a.status,
  a.framework_id, a.framework_version, a.include_supplementary, a.pool_minimum, a.all_raters_minimum,
  a.comment_minimum, a.previous_id::text AS previous_id, a.cohort_id`;

interface AssessmentRecord {
  id: string;
  leader_name: string;
  closes_on: string;
  status: Status;
  framework_id: string;
  framework_version: string;
  include_supplementary: boolean;
  pool_minimum: number;
  all_raters_minimum: number;
  comment_minimum: number;
  previous_id: string | null;
  cohort_id: string | null;
}

function toAssessment(r: AssessmentRecord): Assessment {
  return {
    id: r.id,
    leaderName: r.leader_name,
    closesOn: r.closes_on,
    status: r.status,
    frameworkId: r.framework_id,
    frameworkVersion: r.framework_version,
    includeSupplementary: r.include_supplementary,
    minimums: { pool: r.pool_minimum, allRaters: r.all_raters_minimum, comments: r.comment_minimum },
    previousId: r.previous_id,
    cohortId: r.cohort_id,
  };
}

/** A 360 to store: what `Assessment` reads back, less its id and status (the database gives both), with its groups and links. */
export interface NewAssessment extends Omit<Assessment, 'id' | 'status'> {
  createdOn: string;
  groups: Array<Group & { position: number }>;
  invitations: Array<{ tokenHash: Buffer; role: Role; groupId: string | null; ref: string | null; contact: string | null }>;
}

/** Stores a new 360 with its groups and links, in one transaction. Returns its id. */
export async function insertAssessment(store: Store, input: NewAssessment): Promise<string> {
  const id = randomUUID();
  await store.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO assessments (id, leader_name, closes_on, framework_id, framework_version, include_supplementary,
         pool_minimum, all_raters_minimum, comment_minimum, previous_id, cohort_id, created_on)
       VALUES ($1::uuid, $2, $3::date, $4, $5, $6, $7, $8, $9, $10::uuid, $11, $12::date)`,
      [id, input.leaderName, input.closesOn, input.frameworkId, input.frameworkVersion, input.includeSupplementary,
        input.minimums.pool, input.minimums.allRaters, input.minimums.comments, input.previousId, input.cohortId, input.createdOn],
    );
    for (const g of input.groups) {
      await tx.query(
        `INSERT INTO assessment_groups (assessment_id, group_id, label, invited, minimum, position)
         VALUES ($1::uuid, $2, $3, $4, $5, $6)`,
        [id, g.id, g.label, g.invited, g.minimum, g.position],
      );
    }
    // One statement for all links: a 360 may have hundreds.
    // Hashes travel as hex text: array parameters of bytea are not encoded alike by pg and PGlite.
    const hashes = input.invitations.map((i) => i.tokenHash.toString('hex'));
    await tx.query(
      `INSERT INTO invitations (token_hash, assessment_id, role, group_id, ref, contact)
       SELECT decode(h, 'hex'), $1::uuid, r, g, f, c
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(h, r, g, f, c)`,
      [id, hashes, input.invitations.map((i) => i.role), input.invitations.map((i) => i.groupId),
        input.invitations.map((i) => i.ref), input.invitations.map((i) => i.contact)],
    );
  });
  return id;
}

export interface Link {
  role: Role;
  groupId: string | null;
  used: boolean;
  assessment: Assessment;
}

/** The link with this token hash and its 360, in one query; `null` when there is none. */
export async function findLink(sql: Sql, tokenHash: Buffer): Promise<Link | null> {
  const { rows } = await sql.query<AssessmentRecord & { role: Role; group_id: string | null; used: boolean }>(
    `SELECT i.role, i.group_id, i.used, ${ASSESSMENT_COLUMNS}
     FROM invitations i JOIN assessments a ON a.id = i.assessment_id
     WHERE i.token_hash = decode($1, 'hex')`,
    [tokenHash.toString('hex')],
  );
  const row = rows[0];
  return row ? { role: row.role, groupId: row.group_id, used: row.used, assessment: toAssessment(row) } : null;
}

export async function findAssessment(sql: Sql, id: string): Promise<Assessment | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const { rows } = await sql.query<AssessmentRecord>(`SELECT ${ASSESSMENT_COLUMNS} FROM assessments a WHERE a.id = $1::uuid`, [id]);
  return rows[0] ? toAssessment(rows[0]) : null;
}

export async function groupsOf(sql: Sql, assessmentId: string): Promise<Group[]> {
  const { rows } = await sql.query<{ group_id: string; label: string; invited: number; minimum: number }>(
    `SELECT group_id, label, invited, minimum FROM assessment_groups WHERE assessment_id = $1::uuid ORDER BY position`,
    [assessmentId],
  );
  return rows.map((r) => ({ id: r.group_id, label: r.label, invited: r.invited, minimum: r.minimum }));
}

export interface GroupProgress extends Group {
  responded: number;
}

/** Invited and responded per group, and whether the leader sent their self response: one query. */
export async function progressOf(sql: Sql, assessmentId: string): Promise<{ groups: GroupProgress[]; self: boolean }> {
  const { rows } = await sql.query<{ group_id: string | null; label: string; invited: number; minimum: number; responded: number }>(
    `SELECT g.group_id, g.label, g.invited, g.minimum, g.position,
            (SELECT count(*)::int FROM responses r WHERE r.assessment_id = g.assessment_id AND r.group_id = g.group_id) AS responded
     FROM assessment_groups g WHERE g.assessment_id = $1::uuid
     UNION ALL
     SELECT NULL, '', 0, 0, -1, count(*)::int FROM responses r WHERE r.assessment_id = $1::uuid AND r.respondent = 'self'
     ORDER BY position`,
    [assessmentId],
  );
  const self = rows.some((r) => r.group_id === null && r.responded > 0);
  const groups = rows
    .filter((r) => r.group_id !== null)
    .map((r) => ({ id: r.group_id!, label: r.label, invited: r.invited, minimum: r.minimum, responded: r.responded }));
  return { groups, self };
}

export async function selfSubmitted(sql: Sql, assessmentId: string): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM responses WHERE assessment_id = $1::uuid AND respondent = 'self'`, [assessmentId]);
  return rows.length > 0;
}

/** `repeated`: the link was already used with this very body (a retry whose first answer was lost). */
export type SendOutcome = 'stored' | 'repeated' | 'used' | 'closed';

/** The sender of a send: a rater's link, or the leader of a 360 (by token or by the host's sign-in). */
export type Sender = { tokenHash: Buffer } | { leaderOf: string };

/**
 * Marks a rater's link used, with the digest of the body it was used with, and stores the response
 * in ONE statement, so in one transaction: the INSERT takes its row from the UPDATE, which only
 * succeeds on an unused link of an open 360 (whose row it locks, so a close waits for it). Two
 * sends at once, or a send retried after a crash, count once; the one that waited is `repeated`
 * when its body was the same. One round trip, no BEGIN/COMMIT.
 */
export async function storeRaterResponse(
  store: Store,
  input: { tokenHash: Buffer; assessmentId: string; today: string; answers: Answer[]; digest: Buffer },
): Promise<SendOutcome> {
  const { rows } = await store.query(
    `WITH open_360 AS (
       SELECT id FROM assessments WHERE id = $2::uuid AND status = 'open' AND closes_on >= $3::date FOR SHARE
     ), marked AS (
       UPDATE invitations SET used = true, send_digest = decode($6, 'hex')
       WHERE token_hash = decode($1, 'hex') AND assessment_id = (SELECT id FROM open_360) AND role = 'rater' AND NOT used
       RETURNING assessment_id, group_id
     )
     INSERT INTO responses (id, assessment_id, respondent, group_id, answers, submitted_on)
     SELECT $4::uuid, assessment_id, 'rater', group_id, $5::text::jsonb, $3::date FROM marked
     RETURNING 1`,
    [input.tokenHash.toString('hex'), input.assessmentId, input.today, randomUUID(), JSON.stringify(input.answers), input.digest.toString('hex')],
  );
  if (rows.length) return 'stored';
  return notStored(store, { tokenHash: input.tokenHash }, input);
}

/**
 * Stores the leader's self response, once (a unique index allows one per 360), and notes its digest
 * on the leader's link, in one statement.
 */
export async function storeSelfResponse(
  store: Store,
  input: { assessmentId: string; today: string; answers: Answer[]; digest: Buffer },
): Promise<SendOutcome> {
  const { rows } = await store.query(
    `WITH open_360 AS (
       SELECT id FROM assessments WHERE id = $1::uuid AND status = 'open' AND closes_on >= $2::date FOR SHARE
     ), stored AS (
       INSERT INTO responses (id, assessment_id, respondent, group_id, answers, submitted_on)
       SELECT $3::uuid, id, 'self', NULL, $4::text::jsonb, $2::date FROM open_360
       ON CONFLICT (assessment_id) WHERE respondent = 'self' DO NOTHING
       RETURNING assessment_id
     ), noted AS (
       UPDATE invitations SET send_digest = decode($5, 'hex')
       WHERE assessment_id = (SELECT assessment_id FROM stored) AND role = 'leader'
     )
     SELECT 1 FROM stored`,
    [input.assessmentId, input.today, randomUUID(), JSON.stringify(input.answers), input.digest.toString('hex')],
  );
  if (rows.length) return 'stored';
  return notStored(store, { leaderOf: input.assessmentId }, input);
}

/** Why a send stored nothing: the same send again, a used link, or a closed 360. */
async function notStored(sql: Sql, sender: Sender, input: { assessmentId: string; today: string; digest: Buffer }): Promise<SendOutcome> {
  if (await sentBefore(sql, sender, input.digest)) return 'repeated';
  return (await openForSends(sql, input.assessmentId, input.today)) ? 'used' : 'closed';
}

/** Whether this sender's link was already used with the body of this digest. */
export async function sentBefore(sql: Sql, sender: Sender, digest: Buffer): Promise<boolean> {
  const { rows } = 'tokenHash' in sender
    ? await sql.query(
        `SELECT 1 FROM invitations WHERE token_hash = decode($1, 'hex') AND role = 'rater' AND used AND send_digest = decode($2, 'hex')`,
        [sender.tokenHash.toString('hex'), digest.toString('hex')],
      )
    : await sql.query(
        `SELECT 1 FROM invitations WHERE assessment_id = $1::uuid AND role = 'leader' AND send_digest = decode($2, 'hex')`,
        [sender.leaderOf, digest.toString('hex')],
      );
  return rows.length > 0;
}

/** Drops the send digests of a 360's links (at release: no send can come any more). */
export async function forgetSendDigests(sql: Sql, assessmentId: string): Promise<void> {
  await sql.query(`UPDATE invitations SET send_digest = NULL WHERE assessment_id = $1::uuid AND send_digest IS NOT NULL`, [assessmentId]);
}

/** Whether the 360 takes sends today. */
async function openForSends(sql: Sql, assessmentId: string, today: string): Promise<boolean> {
  const { rows } = await sql.query(
    `SELECT 1 FROM assessments WHERE id = $1::uuid AND status = 'open' AND closes_on >= $2::date`,
    [assessmentId, today],
  );
  return rows.length > 0;
}

export interface StoredResponse {
  id: string;
  respondent: 'self' | 'rater';
  groupId: string | null;
  submittedOn: string;
  answers: Answer[];
}

/** Every response of a 360, for `aggregate()` on the server only. */
export async function responsesOf(sql: Sql, assessmentId: string): Promise<StoredResponse[]> {
  const { rows } = await sql.query<{ id: string; respondent: 'self' | 'rater'; group_id: string | null; submitted_on: string; answers: Answer[] }>(
    `SELECT id::text AS id, respondent, group_id, submitted_on::text AS submitted_on, answers
     FROM responses WHERE assessment_id = $1::uuid ORDER BY id`,
    [assessmentId],
  );
  return rows.map((r) => ({ id: r.id, respondent: r.respondent, groupId: r.group_id, submittedOn: r.submitted_on, answers: r.answers }));
}

export async function unusedInvitations(sql: Sql, assessmentId: string) {
  const { rows } = await sql.query<{ ref: string | null; group_id: string; contact: string | null }>(
    `SELECT i.ref, i.group_id, i.contact
     FROM invitations i JOIN assessment_groups g ON g.assessment_id = i.assessment_id AND g.group_id = i.group_id
     WHERE i.assessment_id = $1::uuid AND i.role = 'rater' AND NOT i.used
     ORDER BY g.position, i.ref`,
    [assessmentId],
  );
  return rows.map((r) => ({ ref: r.ref, group: r.group_id, contact: r.contact }));
}

/** Sets the stored status; `from` guards against a change made meanwhile. Returns whether it changed. */
export async function setStatus(sql: Sql, assessmentId: string, from: Status[], to: Status, closesOn?: string): Promise<boolean> {
  const { rows } = await sql.query(
    `UPDATE assessments SET status = $3, closes_on = COALESCE($4::date, closes_on)
     WHERE id = $1::uuid AND status = ANY($2::text[]) RETURNING 1`,
    [assessmentId, from, to, closesOn ?? null],
  );
  return rows.length > 0;
}
