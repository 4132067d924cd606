// The collector under load, on PGlite and on PostgreSQL (a server started by scripts/with-postgres.sh
// when LPC_TEST_DATABASE_URL is not set). Figures are printed, never asserted:
// - sends per second and p50/p99 latency, 50 concurrent raters over loopback HTTP, beside the floor:
//   the same JSON through a bare parameterised INSERT into the same database, at the same concurrency;
// - GET /report of a released 16-rater 360 (computed and served), p50/p99;
// - GET /progress and GET /report of one 360 alone, then with 1,000 360s of 15 raters in the database.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { exampleResponse } from '../src/collector/example.js';
import { startCollector, type RunningCollector } from '../src/collector/serve.js';
import { createCollector } from '../src/collector/app.js';
import type { Store } from '../src/collector/store/types.js';
import type { Framework } from '../src/core/types.js';
import frameworkJson from '../data/lpc-core-framework-2020.json';
import { ms, row } from './util.js';

const framework = frameworkJson as unknown as Framework;
const CONCURRENCY = 50;
const MAX_SENDS = 1_500;
const MAX_SECONDS = 20;
const REPORT_CALLS = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function call(base: string, path: string, { token, body, method }: { token?: string; body?: unknown; method?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const init = { method: method ?? (body === undefined ? 'GET' : 'POST'), headers, body: body === undefined ? undefined : JSON.stringify(body) };
  // A keep-alive socket the server closed while the bench was seeding is retried once.
  const res = await fetch(`${base}/api/v1${path}`, init).catch(() => fetch(`${base}/api/v1${path}`, init));
  const json = await res.json() as any;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
  return json;
}

async function setup(base: string, groups: Array<{ id: string; invited: number }>) {
  return call(base, '/360s', { body: { leaderName: 'Bench Leader', closesOn: '2099-01-31', groups } });
}

/** Runs `task(i)` for i = 0.. with `concurrency` at once, until `count` or `seconds`; returns each latency. */
async function load(count: number, seconds: number, concurrency: number, task: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const t = performance.now();
      await task(i);
      latencies.push(performance.now() - t);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  return { latencies, perSecond: latencies.length / elapsed, elapsed };
}

async function timed(n: number, task: () => Promise<unknown>) {
  const latencies: number[] = [];
  for (let i = 0; i < 10; i++) await task(); // warm up
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await task();
    latencies.push(performance.now() - t);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** 999 more 360s of 15 raters each, written in a few statements (their answers copied from one). */
async function seedMany(store: Store, answers: unknown) {
  const json = JSON.stringify(answers);
  await store.query(`CREATE TEMP TABLE IF NOT EXISTS bench_ids AS SELECT gen_random_uuid() AS id FROM generate_series(1, 999)`);
  await store.query(`INSERT INTO assessments (id, leader_name, closes_on, status, framework_id, framework_version, pool_minimum, all_raters_minimum, comment_minimum, created_on)
    SELECT id, 'Other leader', '2099-01-31', 'released', $1, $2, 3, 3, 3, CURRENT_DATE FROM bench_ids`, [framework.id, framework.version]);
  await store.query(`INSERT INTO assessment_groups (assessment_id, group_id, label, invited, minimum, position)
    SELECT b.id, g.id, g.label, g.invited, g.minimum, g.position FROM bench_ids b
    CROSS JOIN (VALUES ('line-manager', 'Line manager', 1, 1, 0), ('peer', 'Peers', 7, 3, 1), ('direct-report', 'Direct reports', 7, 3, 2)) AS g(id, label, invited, minimum, position)`);
  await store.query(`INSERT INTO invitations (token_hash, assessment_id, role, group_id, ref, used)
    SELECT decode(md5(random()::text) || md5(random()::text), 'hex'), b.id, 'rater', g.id, g.id || '-' || n, true
    FROM bench_ids b CROSS JOIN (VALUES ('line-manager', 1), ('peer', 7), ('direct-report', 7)) AS g(id, invited)
    CROSS JOIN LATERAL generate_series(1, g.invited) AS n`);
  await store.query(`INSERT INTO responses (id, assessment_id, respondent, group_id, answers, submitted_on)
    SELECT gen_random_uuid(), b.id, 'rater', g.id, $1::text::jsonb, CURRENT_DATE
    FROM bench_ids b CROSS JOIN (VALUES ('line-manager', 1), ('peer', 7), ('direct-report', 7)) AS g(id, invited)
    CROSS JOIN LATERAL generate_series(1, g.invited) AS n`, [json]);
  await store.query('ANALYZE');
}

async function benchDatabase(label: string, collector: RunningCollector) {
  const base = collector.url;
  const store = collector.store;

  // Sends: 50 raters at once, each with their own link.
  const links: Array<{ id: string; token: string; group: string }> = [];
  while (links.length < MAX_SENDS) {
    const s = await setup(base, [{ id: 'peer', invited: 200 }, { id: 'direct-report', invited: 200 }, { id: 'other', invited: 100 }]);
    for (const r of s.tokens.raters) links.push({ id: s.id, token: r.token, group: r.group });
  }
  const bodies = links.map((l, i) => exampleResponse(framework, l.id, { respondent: 'rater', relationship: l.group }, i));
  const sends = await load(MAX_SENDS, MAX_SECONDS, CONCURRENCY, async (i) => {
    await call(base, '/responses', { token: links[i].token, body: bodies[i] });
  });
  // The floor: the same answers JSON through a bare parameterised INSERT, same database, same concurrency.
  await store.query('CREATE TABLE IF NOT EXISTS bench_floor (id uuid PRIMARY KEY, answers jsonb NOT NULL)');
  const floor = await load(sends.latencies.length, MAX_SECONDS, CONCURRENCY, async (i) => {
    await store.query('INSERT INTO bench_floor (id, answers) VALUES ($1::uuid, $2::text::jsonb)', [randomUUID(), JSON.stringify(bodies[i].answers)]);
  });
  const sendP50 = percentile(sends.latencies, 50);
  const floorP50 = percentile(floor.latencies, 50);
  row(`send a response, ${label}, ${CONCURRENCY} concurrent`, `${sends.perSecond.toFixed(0)}/s; p50 ${ms(sendP50)}, p99 ${ms(percentile(sends.latencies, 99))}`,
    `${sends.latencies.length} sends over loopback HTTP in ${sends.elapsed.toFixed(1)} s`);
  row(`floor: bare INSERT of the same JSON, ${label}`, `${floor.perSecond.toFixed(0)}/s; p50 ${ms(floorP50)}, p99 ${ms(percentile(floor.latencies, 99))}`,
    `send costs ${(floor.perSecond / sends.perSecond).toFixed(1)}x the floor in throughput, ${(sendP50 / floorP50).toFixed(1)}x at p50 (goal ≤ 2x)`);

  // A released 16-rater 360 with a self response: the report computed and served.
  const small = await setup(base, [{ id: 'line-manager', invited: 1 }, { id: 'peer', invited: 8 }, { id: 'direct-report', invited: 7 }]);
  await call(base, '/responses', { token: small.tokens.leader, body: exampleResponse(framework, small.id, { respondent: 'self' }, 0) });
  for (const [i, r] of small.tokens.raters.entries()) {
    await call(base, '/responses', { token: r.token, body: exampleResponse(framework, small.id, { respondent: 'rater', relationship: r.group }, i + 1) });
  }
  await call(base, '/360/close', { token: small.tokens.facilitator, body: {} });
  await call(base, '/360/release', { token: small.tokens.facilitator, body: {} });
  const report = await timed(REPORT_CALLS, () => call(base, '/report', { token: small.tokens.leader }));
  row(`GET /report, 16 raters, computed, ${label}`, `p50 ${ms(report.p50)}, p99 ${ms(report.p99)}`, `${REPORT_CALLS} calls over HTTP, one at a time, aggregate() each time${label === 'PostgreSQL' ? ' (goal p99 < 20 ms)' : ''}`);
  // The same with the collector's memory of released reports (in-process app on the same store).
  const cachedApp = createCollector({ store, framework, log: () => {} });
  const cached = await timed(REPORT_CALLS, async () => {
    const res = await cachedApp.request('/api/v1/report', { headers: { authorization: `Bearer ${small.tokens.leader}` } });
    await res.text();
  });
  row(`GET /report, 16 raters, released report kept in memory, ${label}`, `p50 ${ms(cached.p50)}, p99 ${ms(cached.p99)}`, 'in-process app.request (no HTTP); the link is still looked up each time');
  return { small, report };
}

async function scale(label: string, collector: RunningCollector, small: { tokens: { facilitator: string; leader: string } }, before: { p50: number; p99: number }) {
  const base = collector.url;
  const progressBefore = await timed(REPORT_CALLS, () => call(base, '/progress', { token: small.tokens.facilitator }));
  await seedMany(collector.store, exampleResponse(framework, 'x', { respondent: 'rater', relationship: 'peer' }, 3).answers);
  const progressAfter = await timed(REPORT_CALLS, () => call(base, '/progress', { token: small.tokens.facilitator }));
  const reportAfter = await timed(REPORT_CALLS, () => call(base, '/report', { token: small.tokens.leader }));
  row(`GET /progress with 1,000 360s of 15 raters, ${label}`, `p50 ${ms(progressAfter.p50)}, p99 ${ms(progressAfter.p99)}`,
    `alone: p50 ${ms(progressBefore.p50)}; ${(progressAfter.p50 / progressBefore.p50).toFixed(2)}x (goal within 2x)`);
  row(`GET /report with 1,000 360s of 15 raters, ${label}`, `p50 ${ms(reportAfter.p50)}, p99 ${ms(reportAfter.p99)}`,
    `alone: p50 ${ms(before.p50)}; ${(reportAfter.p50 / before.p50).toFixed(2)}x (goal within 2x)`);
}

/** A PostgreSQL server: LPC_TEST_DATABASE_URL, or one started by scripts/with-postgres.sh for the bench's lifetime. */
async function postgresServer(): Promise<{ url: string | null; reason?: string; stop(): void }> {
  if (process.env.LPC_TEST_DATABASE_URL) return { url: process.env.LPC_TEST_DATABASE_URL, stop() {} };
  const child: ChildProcess = spawn('bash', ['scripts/with-postgres.sh', process.execPath, '-e',
    'console.log(JSON.stringify({url: process.env.LPC_TEST_DATABASE_URL || null, reason: process.env.LPC_TEST_DATABASE_UNAVAILABLE})); process.stdin.resume(); process.stdin.on("end", () => process.exit(0));'],
    { stdio: ['pipe', 'pipe', 'ignore'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const { url, reason } = JSON.parse(line);
  return { url, reason, stop: () => child.stdin!.end() };
}

async function freshDatabase(admin: string) {
  const name = `lpc_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

// reportCache 0: every GET /report below is worked out afresh (a released report is otherwise kept in memory).
const quiet = { log: () => {}, rateLimit: { max: 1e9, maxUnknown: 1e9 }, reportCache: 0 };

row('collector bench: machine load', `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`, 'the load generator and the collector share this machine; read the ratios more than the absolute figures');

const dataDir = mkdtempSync(join(tmpdir(), 'lpc-bench-pglite-'));
try {
  const lite = await startCollector({ dataDir, ...quiet });
  const { small, report } = await benchDatabase('PGlite', lite);
  await scale('PGlite', lite, small, report);
  await lite.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const server = await postgresServer();
try {
  if (!server.url) {
    row('collector on PostgreSQL', 'unavailable', server.reason ?? 'no PostgreSQL server could be started');
  } else {
    const collector = await startCollector({ databaseUrl: await freshDatabase(server.url), ...quiet });
    const { small, report } = await benchDatabase('PostgreSQL', collector);
    await scale('PostgreSQL', collector, small, report);
    await collector.close();
  }
} finally {
  server.stop();
}
