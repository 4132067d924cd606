/**
 * `lpc-collector`: runs the collector, configured by environment variables.
 *   lpc-collector          serve (PORT, HOST, DATABASE_URL or LPC_DATA_DIR, LPC_FRAMEWORK, LPC_SETUP_KEY, LPC_CORS_ORIGINS)
 *   lpc-collector seed     add an example 360 with everyone's answers sent, and print its links
 *   lpc-collector export-fhir <360-id>   print the 360's responses as a FHIR R4 Bundle (JSON) on stdout
 */
import { readFileSync } from 'node:fs';
import { migrate } from './migrate.js';
import { seedExample } from './seed.js';
import { exportFhir } from './export-fhir.js';
import { bundledFrameworkPath, startCollector } from './serve.js';
import { openStore } from './store/open.js';
import { validateFramework } from '../core/validate.js';

const env = process.env;
const command = process.argv[2] ?? 'serve';

function frameworkFile(): string {
  return env.LPC_FRAMEWORK || bundledFrameworkPath();
}

async function serveCommand() {
  const port = env.PORT ? Number(env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const running = await startCollector({
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.LPC_DATA_DIR || undefined,
    framework: frameworkFile(),
    setupKey: env.LPC_SETUP_KEY || undefined,
    corsOrigins: env.LPC_CORS_ORIGINS ? env.LPC_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : undefined,
  });
  console.log(`lpc-collector: listening on ${running.url}/api/v1 (${running.store.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${env.LPC_DATA_DIR || '.data/collector'}`})`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function seedCommand() {
  const checked = validateFramework(JSON.parse(readFileSync(frameworkFile(), 'utf8')));
  if (!checked.ok) throw new Error(`LPC_FRAMEWORK is not a valid framework: ${checked.problems[0].path} ${checked.problems[0].message}`);
  const store = await openStore({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.LPC_DATA_DIR || undefined });
  try {
    await migrate(store);
    const seeded = await seedExample(store, checked.value);
    const base = (env.LPC_PAGES_URL || 'http://127.0.0.1:5173/demo/360').replace(/\/$/, '');
    console.log(`Example 360 ${seeded.id} for ${seeded.leaderName}, closing ${seeded.closesOn}; the leader and all 7 raters have sent their answers.`);
    console.log('These links are shown once: only their hashes are stored.');
    console.log(`facilitator  ${base}/progress.html#token=${seeded.tokens.facilitator}`);
    console.log(`leader       ${base}/report.html#token=${seeded.tokens.leader}`);
    for (const r of seeded.tokens.raters) console.log(`${r.ref.padEnd(16)} ${base}/rate.html#token=${r.token}`);
  } finally {
    await store.close();
  }
}

async function exportFhirCommand() {
  const id = process.argv[3];
  if (!id) throw new Error('usage: lpc-collector export-fhir <360-id>');
  const checked = validateFramework(JSON.parse(readFileSync(frameworkFile(), 'utf8')));
  if (!checked.ok) throw new Error(`LPC_FRAMEWORK is not a valid framework: ${checked.problems[0].path} ${checked.problems[0].message}`);
  const store = await openStore({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.LPC_DATA_DIR || undefined });
  try {
    await migrate(store);
    const bundle = await exportFhir(store, checked.value, id);
    process.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
    console.error(`lpc-collector: ${bundle.entry.length} responses of 360 ${id} written as a FHIR Bundle.`);
  } finally {
    await store.close();
  }
}

const commands: Record<string, () => Promise<void>> = { serve: serveCommand, seed: seedCommand, 'export-fhir': exportFhirCommand };
const run = commands[command];
if (!run) {
  console.error(`lpc-collector: unknown command "${command}". Commands: ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
run().catch((error: unknown) => {
  // The message only: no request, token or answer reaches this point.
  console.error(`lpc-collector: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
