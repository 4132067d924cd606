// `npm run seed`: adds an example 360 (the collector's `lpc-collector seed`) to the demo's database
// and prints the demo page links. PGlite allows one process per data folder, so stop `npm start` first.
import { spawnSync } from 'node:child_process';

const port = process.env.DEMO_PORT || '5173';
const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/collector/bin.ts', 'seed'], {
  stdio: 'inherit',
  env: { ...process.env, LPC_PAGES_URL: process.env.LPC_PAGES_URL || `http://127.0.0.1:${port}/demo/360` },
});
if (result.status === 0) console.log('\nStart the demo with npm start, then open the links above.');
process.exit(result.status ?? 1);
