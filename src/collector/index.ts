/// <reference types="node" />
/** The collector: server-side only (Node). Never imported by browser code. */
export { createCollector, BODY_LIMIT, PLAN_BODY_LIMIT, RESPONSE_BODY_LIMIT } from './app.js';
export type { CollectorOptions, HostIdentity, Role } from './options.js';
export { migrate, MIGRATIONS_DIR } from './migrate.js';
export { openStore, type OpenStoreOptions } from './store/open.js';
export { postgresStore } from './store/postgres.js';
export { pgliteStore } from './store/pglite.js';
export { StoreUnavailableError, type Sql, type Store } from './store/types.js';
export { startCollector, type StartOptions, type RunningCollector } from './serve.js';
