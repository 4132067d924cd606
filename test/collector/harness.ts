/**
 * Test harness for the collector: every suite runs against PGlite AND a real PostgreSQL server
 * (LPC_TEST_DATABASE_URL, set by scripts/with-postgres.sh). Without a server the PostgreSQL suite
 * FAILS with the reason; it never skips.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import framework from '../../data/lpc-core-framework-2020.json';
import { createCollector } from '../../src/collector/app.js';
import { migrate } from '../../src/collector/migrate.js';
import type { CollectorOptions } from '../../src/collector/options.js';
import { pgliteStore } from '../../src/collector/store/pglite.js';
import { postgresStore } from '../../src/collector/store/postgres.js';
import type { Store } from '../../src/collector/store/types.js';
import type { Framework } from '../../src/core/types.js';

export const realFramework = framework as unknown as Framework;

export interface TestDatabase {
  name: 'PGlite' | 'PostgreSQL';
  /** A fresh, empty database (its own PGlite folder, or its own database on the server). */
  open(): Promise<{ store: Store; drop(): Promise<void>; url?: string; dataDir?: string }>;
}

/** A new empty database on the test server; dropped by `drop()`. */
export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.LPC_TEST_DATABASE_URL;
  if (!admin) {
    throw new Error(
      `No PostgreSQL server to test against: ${process.env.LPC_TEST_DATABASE_UNAVAILABLE ?? 'run the tests through scripts/with-postgres.sh (npm test does) or set LPC_TEST_DATABASE_URL'}.`,
    );
  }
  const name = `lpc_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`); // the name is made here, never from input
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function freshDataDir(): { dataDir: string; drop(): void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'lpc-collector-test-'));
  return { dataDir, drop: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export const databases: TestDatabase[] = [
  {
    name: 'PGlite',
    async open() {
      const { dataDir, drop } = freshDataDir();
      const store = await pgliteStore(dataDir);
      return { store, dataDir, drop: async () => { await store.close().catch(() => {}); drop(); } };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const { url, drop } = await freshPostgres();
      const store = postgresStore(url);
      return { store, url, drop: async () => { await store.close().catch(() => {}); await drop(); } };
    },
  },
];

export interface Harness {
  store: Store;
  /** The test clock: change `clock.now` to move time. */
  clock: { now: Date };
  app: ReturnType<typeof createCollector>;
  call(method: string, path: string, options?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  setup(body?: Record<string, unknown>): Promise<Setup>;
  logs: string[];
}

export interface Setup {
  id: string;
  tokens: { facilitator: string; leader: string; raters: Array<{ ref: string; group: string; token: string }> };
}

export const TODAY = '2026-12-02';

/** The example of docs/collector-api.md, less the optional parts. */
export function setupBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    leaderName: 'Sam Jones',
    closesOn: '2027-01-31',
    groups: [
      { id: 'line-manager', invited: 1 },
      { id: 'peer', invited: 3 },
      { id: 'direct-report', invited: 3 },
    ],
    ...overrides,
  };
}

export async function harness(store: Store, options: Partial<CollectorOptions> = {}): Promise<Harness> {
  await migrate(store);
  const clock = { now: new Date(`${TODAY}T12:00:00Z`) };
  const logs: string[] = [];
  const app = createCollector({
    store,
    framework,
    authorizeSetup: () => true,
    now: () => clock.now,
    log: (m) => logs.push(m),
    ...options,
  });
  const call: Harness['call'] = async (method, path, { token, body, raw, headers = {} } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (token) (init.headers as Record<string, string>).authorization = `Bearer ${token}`;
    if (raw !== undefined || body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
      init.body = raw ?? JSON.stringify(body);
    }
    const res = await app.request(`/api/v1${path}`, init);
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* keep the text */ }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    store, clock, app, call, logs,
    async setup(body = setupBody()) {
      const res = await call('POST', '/360s', { body });
      if (res.status !== 201) throw new Error(`set-up failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as Setup;
    },
  };
}

/** Runs `suite` once per database, each with a fresh database and harness. */
export function forEachDatabase(suite: (get: () => Harness, db: TestDatabase) => void, options: Partial<CollectorOptions> = {}) {
  for (const db of databases) {
    describe(db.name, () => {
      let h: Harness | undefined;
      let drop: (() => Promise<void>) | undefined;
      before(async () => {
        const opened = await db.open();
        drop = opened.drop;
        h = await harness(opened.store, options);
      });
      after(async () => { await drop?.(); });
      suite(() => {
        if (!h) throw new Error(`The ${db.name} database did not open (see the first failure).`);
        return h;
      }, db);
    });
  }
}
