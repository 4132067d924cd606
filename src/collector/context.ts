import type { Framework } from '../core/types.js';
import type { CollectorOptions, Role } from './options.js';
import type { Assessment } from './queries.js';
import type { RateLimit } from './rate-limit.js';
import type { Store } from './store/types.js';

/** Who is calling, worked out from their link or the host's sign-in. */
export interface Caller {
  role: Role;
  assessment: Assessment;
  /** The rater's group; `null` for other roles. */
  groupId: string | null;
  /** Whether a rater's link has been used. */
  used: boolean;
  /** The link's hash; `null` when the host's sign-in let the caller in. */
  tokenHash: Buffer | null;
}

/** What every route handler is given. */
export interface Deps {
  store: Store;
  framework: Framework;
  today(): string;
  now(): Date;
  limiter: RateLimit;
  options: CollectorOptions;
}

export type CollectorEnv = { Variables: { caller: Caller } };
