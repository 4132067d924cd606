import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { rethrow, type Sql, type Store } from './types.js';

/**
 * A store on PGlite with its data folder on disk. PGlite has one connection: it runs one query or
 * one transaction at a time, queueing the rest, so transactions cannot interleave.
 */
export async function pgliteStore(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    rethrow(error);
  }
  const run = async (on: PGlite | Transaction, text: string, params?: unknown[]) => {
    try {
      const result = await on.query(text, params as unknown[] | undefined);
      return { rows: result.rows };
    } catch (error) {
      rethrow(error);
    }
  };
  const scripts = new WeakMap<Sql, Transaction>();
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params) as Promise<{ rows: never[] }>,
    async transaction(work) {
      let fromWork = false;
      try {
        return await db.transaction(async (raw) => {
          const tx: Sql = { query: (text, params) => run(raw, text, params) as Promise<{ rows: never[] }> };
          scripts.set(tx, raw);
          try {
            return await work(tx);
          } catch (error) {
            fromWork = true;
            throw error;
          }
        });
      } catch (error) {
        // Errors from `work` pass through as they are; PGlite's own (BEGIN, COMMIT, closed) are marked.
        if (fromWork) throw error;
        rethrow(error);
      }
    },
    async execScript(tx, text) {
      const raw = scripts.get(tx);
      if (!raw) throw new Error('execScript needs a transaction of this store.');
      try {
        await raw.exec(text);
      } catch (error) {
        rethrow(error);
      }
    },
    close: () => db.close(),
  };
}
