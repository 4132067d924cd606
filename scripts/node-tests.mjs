// Runs the core tests in Node (no DOM: proves src/core runs outside a browser), the Node-only
// tests in test/node/ and the collector's tests in test/collector/ (PGlite and PostgreSQL: run
// through scripts/with-postgres.sh, as npm test does, so a PostgreSQL server is there). Prints node:test's report, then one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';

const files = ['test/core', 'test/node', 'test/collector']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => `${dir}/${f}`));
mkdirSync('.tmp', { recursive: true });
const tap = '.tmp/node-tests.tap';
const result = spawnSync(process.execPath, [
  '--import', 'tsx', '--import', './test/node-globals.mjs', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...files,
], { stdio: 'inherit' });
const report = readFileSync(tap, 'utf8');
const count = (name) => Number(report.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
let failed = count('fail') + count('cancelled');
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`${count('pass')} passed, ${failed} failed`);
process.exit(result.status ?? 1);
