// Storage: migrations applied once and in one transaction, data kept across restarts, the bin's
// seed command. PGlite and PostgreSQL.
import { expect } from 'chai';
import { describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { migrate, MIGRATIONS_DIR } from '../../src/collector/migrate.js';
import { pgliteStore } from '../../src/collector/store/pglite.js';
import { databases, freshDataDir, freshPostgres } from './harness.js';

for (const db of databases) {
  describe(db.name, () => {
    it('applies each migration once, recorded in schema_migrations', async () => {
      const { store, drop } = await db.open();
      try {
        expect(await migrate(store)).to.include('001_assessments.sql');
        expect(await migrate(store)).to.deep.equal([]);
        const { rows } = await store.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
        expect(rows.map((r) => r.name)).to.include('001_assessments.sql');
      } finally {
        await drop();
      }
    });

    it('a failing migration changes nothing (one transaction)', async () => {
      const { store, drop } = await db.open();
      const dir = mkdtempSync(join(tmpdir(), 'lpc-migrations-'));
      try {
        cpSync(MIGRATIONS_DIR, dir, { recursive: true });
        writeFileSync(join(dir, '999_broken.sql'), 'CREATE TABLE half_done (x int);\nSELECT * FROM no_such_table;');
        let failed = false;
        try { await migrate(store, dir); } catch { failed = true; }
        expect(failed).to.equal(true);
        const { rows } = await store.query(`SELECT table_name FROM information_schema.tables WHERE table_name IN ('half_done', 'assessments', 'schema_migrations')`);
        expect(rows).to.deep.equal([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await drop();
      }
    });

    it('constraints refuse what the code should never write', async () => {
      const { store, drop } = await db.open();
      try {
        await migrate(store);
        const refuse = async (sql: string, params: unknown[]) => {
          let refused = false;
          try { await store.query(sql, params); } catch { refused = true; }
          expect(refused, sql).to.equal(true);
        };
        await refuse(`INSERT INTO invitations (token_hash, assessment_id, role) VALUES ($1, gen_random_uuid(), 'rater')`, [Buffer.alloc(32)]);
        await refuse(`INSERT INTO invitations (token_hash, assessment_id, role) VALUES ($1, gen_random_uuid(), 'leader')`, [Buffer.alloc(5)]);
        await refuse(`INSERT INTO assessments (id, leader_name, closes_on, status, framework_id, framework_version, pool_minimum, all_raters_minimum, comment_minimum, created_on)
          VALUES (gen_random_uuid(), 'x', '2027-01-01', 'open', 'f', '1', 3, 2, 3, '2026-01-01')`, []);
      } finally {
        await drop();
      }
    });
  });
}

describe('PGlite on disk', () => {
  it('keeps its data when closed and opened again', async () => {
    const { dataDir, drop } = freshDataDir();
    try {
      const first = await pgliteStore(dataDir);
      await migrate(first);
      await first.query(`CREATE TABLE kept (v text NOT NULL)`);
      await first.query(`INSERT INTO kept (v) VALUES ($1)`, ['still here']);
      await first.close();
      const second = await pgliteStore(dataDir);
      expect((await second.query<{ v: string }>('SELECT v FROM kept')).rows).to.deep.equal([{ v: 'still here' }]);
      expect(await migrate(second)).to.deep.equal([]);
      await second.close();
    } finally {
      drop();
    }
  });
});

describe('lpc-collector seed', () => {
  const run = promisify(execFile);
  const seed = (env: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', 'src/collector/bin.ts', 'seed'], { env: { ...process.env, ...env }, timeout: 120_000 });

  it('adds an example 360 with everyone\'s answers and prints its links (PGlite)', { timeout: 120_000 }, async () => {
    const { dataDir, drop } = freshDataDir();
    try {
      const { stdout } = await seed({ LPC_DATA_DIR: dataDir, DATABASE_URL: '' });
      expect(stdout).to.match(/the leader and all 7 raters have sent/);
      const links = stdout.match(/#token=[A-Za-z0-9_-]{22}/g) ?? [];
      expect(links).to.have.length(9);
      expect(stdout).to.match(/peer-3 +\S+rate\.html#token=/);
    } finally {
      drop();
    }
  });

  it('the same on PostgreSQL', { timeout: 120_000 }, async () => {
    const db = await freshPostgres();
    try {
      const { stdout } = await seed({ DATABASE_URL: db.url });
      expect(stdout.match(/#token=/g)).to.have.length(9);
    } finally {
      await db.drop();
    }
  });
});
