import type { Store } from './store/types.js';

/** The roles a link (or a host's sign-in) can hold. */
export type Role = 'facilitator' | 'leader' | 'rater';

/** Who a host's own sign-in says the caller is: a facilitator or the leader of one 360. */
export interface HostIdentity {
  role: 'facilitator' | 'leader';
  /** The id of the 360 (as returned by `POST /360s`). */
  assessmentId: string;
}

export interface CollectorOptions {
  /** Where 360s are kept (`openStore()`); migrated by `createCollector`'s caller (`migrate(store)`). */
  store: Store;
  /** The framework every response is checked against; validated with `validateFramework`. */
  framework: unknown;
  /** Path the routes sit under. Default `/api/v1`. */
  basePath?: string;
  /**
   * Decides who may set up a 360 (`POST /360s`). Without it, set-up is refused (403), so a host
   * must say who may create 360s.
   */
  authorizeSetup?: (request: Request) => boolean | Promise<boolean>;
  /**
   * A host's own sign-in (e.g. OpenID Connect) for facilitators and leaders. Called on every request
   * that needs a role, before any link is looked at: return the caller's role and 360 to let them in
   * without a link, or `null` to fall back to the link in `Authorization: Bearer`. Raters always use
   * their single-use link (a signed-in rater would not be anonymous).
   */
  authenticate?: (request: Request) => HostIdentity | null | undefined | Promise<HostIdentity | null | undefined>;
  /** Origins allowed to call the API from a browser on another origin. Default none (CORS closed). */
  corsOrigins?: string[];
  /** The client's address for the look-up rate limit. Default: the socket's address under @hono/node-server. */
  clientAddress?: (request: Request, env: unknown) => string | undefined;
  /** Token look-ups allowed per client address per window. Default 300 per minute, 30 of them unknown tokens. */
  rateLimit?: { windowMs?: number; max?: number; maxUnknown?: number };
  /** How many released reports to keep worked out in memory (they cannot change). Default 200; 0 keeps none. */
  reportCache?: number;
  /** The clock (for tests). */
  now?: () => Date;
  /** Called with a short message for each unexpected error; never given a token or an answer. Default `console.error`. */
  log?: (message: string) => void;
}
