/**
 * `startCollector()`: the collector on its own HTTP server (@hono/node-server), for the `bin`,
 * `npm start` and tests. Opens the store (PostgreSQL when `databaseUrl` is given, else PGlite),
 * applies migrations, and returns the URL and a `close()` that stops the server and the store.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual, createHash } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import { createCollector } from './app.js';
import { bearerToken } from './auth.js';
import { migrate } from './migrate.js';
import type { CollectorOptions } from './options.js';
import { openStore } from './store/open.js';
import type { Store } from './store/types.js';

export interface StartOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** PostgreSQL connection string; when missing, PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data folder. Default `LPC_DATA_DIR` or `.data/collector`. */
  dataDir?: string;
  /** A framework object, or the path of a framework JSON file. Default the bundled framework. */
  framework?: unknown;
  /** When set, `POST /360s` needs `Authorization: Bearer <setupKey>`; when not, only loopback callers may set up. */
  setupKey?: string;
  corsOrigins?: string[];
  basePath?: string;
  rateLimit?: CollectorOptions['rateLimit'];
  reportCache?: number;
  log?: (message: string) => void;
}

export interface RunningCollector {
  /** e.g. `http://127.0.0.1:49152` (the API is under `/api/v1`). */
  url: string;
  store: Store;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The bundled framework: `data/` beside the sources, or `dist/` beside the built collector. */
export function bundledFrameworkPath(): string {
  const candidates = ['../../data/lpc-core-framework-2020.json', '../lpc-core-framework-2020.json']
    .map((relative) => fileURLToPath(new URL(relative, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The bundled framework was not found (looked at ${candidates.join(', ')}). Set LPC_FRAMEWORK.`);
  return found;
}

function loadFramework(framework: unknown): unknown {
  if (framework === undefined) framework = bundledFrameworkPath();
  if (typeof framework === 'string') return JSON.parse(readFileSync(framework, 'utf8'));
  return framework;
}

export async function startCollector(options: StartOptions = {}): Promise<RunningCollector> {
  const log = options.log ?? ((message: string) => console.error(message));
  const store = await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  // Requests are matched to their socket's address, so a hook given only the Request can check it.
  const addresses = new WeakMap<Request, string>();
  const setupKey = options.setupKey;
  if (!setupKey) log('lpc-collector: LPC_SETUP_KEY is not set, so anyone on this machine (loopback) can set up a 360.');
  const app = createCollector({
    store,
    framework: loadFramework(options.framework),
    basePath: options.basePath,
    corsOrigins: options.corsOrigins,
    rateLimit: options.rateLimit,
    reportCache: options.reportCache,
    log,
    clientAddress: (request) => addresses.get(request),
    authorizeSetup: (request) => {
      if (setupKey) {
        const given = bearerToken(request);
        return given !== null && sameSecret(given, setupKey);
      }
      return LOOPBACK.test(addresses.get(request) ?? '');
    },
  });
  let server: ServerType;
  await new Promise<void>((resolve, reject) => {
    server = serve(
      {
        fetch: (request, env: { incoming?: { socket?: { remoteAddress?: string } } }) => {
          const address = env?.incoming?.socket?.remoteAddress;
          if (address) addresses.set(request, address);
          return app.fetch(request, env);
        },
        port: options.port ?? 0,
        hostname: options.host ?? '127.0.0.1',
      },
      () => resolve(),
    );
    server.once('error', reject);
  });
  const address = server!.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await store.close();
    },
  };
}
