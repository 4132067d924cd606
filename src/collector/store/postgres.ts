import pg from 'pg';
import { rethrow, type Sql, type Store } from './types.js';

/** A store on a PostgreSQL server, one `pg.Pool` per process. */
export function postgresStore(connectionString: string, options: { max?: number } = {}): Store {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // A database that does not answer must give a 503 soon, not a hung request.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const run = async (client: pg.Pool | pg.PoolClient, text: string, params?: unknown[]) => {
    try {
      const result = await client.query(text, params as unknown[] | undefined);
      return { rows: result.rows };
    } catch (error) {
      rethrow(error);
    }
  };
  return {
    kind: 'postgres',
    query: (text, params) => run(pool, text, params) as Promise<{ rows: never[] }>,
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        rethrow(error);
      }
      const tx: Sql = { query: (text, params) => run(client, text, params) as Promise<{ rows: never[] }> };
      let broken = false;
      try {
        await tx.query('BEGIN');
        const value = await work(tx);
        await tx.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async execScript(tx, text) {
      // With no parameters, pg sends a simple query, which may hold several statements.
      await tx.query(text);
    },
    close: () => pool.end(),
  };
}
