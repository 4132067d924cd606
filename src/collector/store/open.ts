import { resolve } from 'node:path';
import { postgresStore } from './postgres.js';
import { pgliteStore } from './pglite.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** A PostgreSQL connection string; when missing, PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder. Default `LPC_DATA_DIR` or `.data/collector`. */
  dataDir?: string;
}

/** PostgreSQL when a connection string is given, otherwise PGlite in a folder on disk. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  if (options.databaseUrl) return postgresStore(options.databaseUrl);
  return pgliteStore(resolve(options.dataDir ?? process.env.LPC_DATA_DIR ?? '.data/collector'));
}
