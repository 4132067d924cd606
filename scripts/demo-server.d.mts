export interface DemoOptions {
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  strictPort?: boolean;
  setupKey?: string;
  log?: (message: string) => void;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}
export interface RunningDemo {
  /** The demo pages' origin, e.g. `http://127.0.0.1:5173` (the API is under `/api/v1`). */
  url: string;
  collectorUrl: string;
  database: string;
  close(): Promise<void>;
}
export declare function startDemo(options?: DemoOptions): Promise<RunningDemo>;
