/**
 * The shapes of the collector's HTTP API (docs/collector-api.md), as the browser sees them.
 * No DOM, no fetch: types only.
 */
import type { AggregateResult } from '../core/aggregate.js';
import type { Problem } from '../core/types.js';

export type Role = 'facilitator' | 'leader' | 'rater' | 'cohort-lead';
export type ThreeSixtyStatus = 'open' | 'closed' | 'released';

/** One group of raters in a set-up request. Built-in ids need no label; custom groups do. */
export interface GroupSetup {
  id: string;
  label?: string;
  invited: number;
  /** Raises the group's minimum; the floors in `src/core/anonymity.ts` always apply. */
  minimum?: number;
}

export interface Minimums {
  pool: number;
  allRaters: number;
  comments: number;
}

/** `POST /360s` body. */
export interface SetupRequest {
  leaderName: string;
  /** `YYYY-MM-DD`. */
  closesOn: string;
  groups: GroupSetup[];
  minimums?: Partial<Minimums>;
  includeSupplementary?: boolean;
  previous?: string;
  cohort?: string;
  /** Per group id: the i-th contact goes with the i-th link of that group (`null` for none). */
  contacts?: Record<string, Array<string | null>>;
}

export interface RaterLink {
  /** A label for the mail merge, e.g. `peer-1`. Never stored with a response. */
  ref: string;
  group: string;
  token: string;
}

/** `POST /360s` answer (201): the only time tokens are returned. */
export interface SetupResult {
  id: string;
  leaderName: string;
  closesOn: string;
  tokens: { facilitator: string; leader: string; raters: RaterLink[] };
}

export interface GroupInfo {
  id: string;
  label: string;
  minimum: number;
}

/** `GET /me` answer. */
export interface Me {
  role: Role;
  assessment: {
    id: string;
    leaderName: string;
    closesOn: string;
    status: ThreeSixtyStatus;
    frameworkId: string;
    includeSupplementary: boolean;
    groups: GroupInfo[];
    minimums: Minimums;
  };
  rater?: { group: string; groupLabel: string; minimum: number };
  leader?: { selfSubmitted: boolean };
}

export interface GroupProgress {
  id: string;
  label: string;
  invited: number;
  responded: number;
}

/** `GET /progress` answer. */
export interface Progress {
  status: ThreeSixtyStatus;
  closesOn: string;
  /** Whether the leader's self-assessment has been sent. */
  self: boolean;
  groups: GroupProgress[];
  invited: number;
  responded: number;
  allRatersMinimum: number;
}

export interface UnusedInvitation {
  ref: string;
  group: string;
  contact?: string | null;
}

/** `GET /report` answer. */
export type ReportAnswer =
  | { state: 'not-released'; status: ThreeSixtyStatus; responded: number; invited: number; self: boolean }
  | { state: 'released'; result: AggregateResult; previous: AggregateResult | null };

export type { Problem };
