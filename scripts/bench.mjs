// npm run bench: runs every bench/*.bench.ts (Node, through tsx) and prints what each reports.
// Each bench prints markdown table rows "| figure | value | note |"; figures are measured, never
// asserted. Browser benches launch Debian Chromium themselves (scripts/chromium.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
console.log('| figure | value | note |\n| --- | --- | --- |');
let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    failed++;
    console.log(`| ${file} | failed | ${(run.stderr || '').trim().split('\n').slice(-1)[0]} |`);
  }
}
process.exit(failed ? 1 : 0);
