/**
 * The collector's storage: one small interface over the same SQL, implemented by PostgreSQL
 * (`pg.Pool`) and by PGlite (PostgreSQL compiled to WebAssembly, the embedded default).
 * Every query is parameterised: `text` never contains data, only `$1`-style placeholders.
 */

/** Something that runs SQL: the store itself, or one transaction of it. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface Store extends Sql {
  /** `postgres` (a server through `pg`) or `pglite` (embedded). */
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs several statements with no parameters (migrations only). */
  execScript(tx: Sql, text: string): Promise<void>;
  close(): Promise<void>;
}

/** The database could not be reached (or went away): the route answers 503 and the client retries. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable.', { cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Whether an error means "the database is not there" rather than "this query is wrong".
 * SQLSTATE classes 08 (connection), 53 (resources), 57 (operator intervention: shutdown), and
 * errors with no SQLSTATE at all (ECONNREFUSED, a closed PGlite, a timeout).
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57)/.test(code);
  return true;
}

/** Rethrows a store error, marking the "not reachable" kind so the app answers 503. */
export function rethrow(error: unknown): never {
  if (isUnavailable(error)) throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
  throw error;
}
