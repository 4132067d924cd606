// `npm start`: the collector on its embedded database (PGlite in .data/collector, or PostgreSQL when
// DATABASE_URL is set) and the demo pages on Vite, with /api proxied to the collector. Ctrl+C stops both.
import { startDemo } from './demo-server.mjs';

const env = process.env;
const port = env.DEMO_PORT ? Number(env.DEMO_PORT) : 5173;
const demo = await startDemo({
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: env.LPC_DATA_DIR || undefined,
  setupKey: env.LPC_SETUP_KEY || undefined,
  port,
  log: (message) => console.error(message),
});

console.log(`
lpc-components demo          ${demo.url}/
  Set up a 360               ${demo.url}/demo/360/setup.html
  Collector API (proxied)    ${demo.url}/api/v1   (collector itself: ${demo.collectorUrl}/api/v1)
  Database                   ${demo.database}
Stop with Ctrl+C. To add an example 360 with its links, stop this and run: npm run seed
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await demo.close().catch((error) => console.error(error instanceof Error ? error.message : error));
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
