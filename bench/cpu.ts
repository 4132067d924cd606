// The renderer's main-thread CPU time between two points of a page, from Linux's per-thread
// scheduler counters (/proc/<pid>/task/<pid>/schedstat: nanoseconds on a CPU, nanoseconds waiting
// for one). Wall-clock figures on a shared machine include the time the thread waited for a CPU;
// these do not. The page calls `__mark(name)`, a synchronous request to this server, so the counters
// are read while its main thread stands still (blocked, using no CPU).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

type Counters = Map<number, { run: number; wait: number }>;

/** Every renderer process's main thread (its thread id is the process id). */
function renderers(): Counters {
  const out: Counters = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
      out.set(Number(pid), { run, wait });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

export interface CpuMarks {
  /** Script for `page.addInitScript`: defines `window.__mark(name)`. */
  initScript: string;
  /** Forgets earlier marks (call before each page). */
  reset(): void;
  /** CPU and run-queue wait (ms) of the busiest renderer between two marks, or undefined without both. */
  between(from: string, to: string): { cpu: number; wait: number } | undefined;
  close(): Promise<void>;
}

/** Undefined where there is no /proc schedstat (not Linux). */
export async function cpuMarks(): Promise<CpuMarks | undefined> {
  if (!existsSync(`/proc/${process.pid}/task/${process.pid}/schedstat`)) return undefined;
  let marks = new Map<string, Counters>();
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').searchParams.get('mark');
    if (name) marks.set(name, renderers());
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return {
    initScript: `window.__mark = (name) => { const x = new XMLHttpRequest(); x.open('GET', ${JSON.stringify(url)} + '?mark=' + name, false); x.send(); };`,
    reset: () => { marks = new Map(); },
    between(from, to) {
      const a = marks.get(from);
      const b = marks.get(to);
      if (!a || !b) return undefined;
      let best: { cpu: number; wait: number } | undefined;
      for (const [pid, end] of b) {
        const start = a.get(pid);
        if (!start) continue;
        const cpu = (end.run - start.run) / 1e6;
        if (!best || cpu > best.cpu) best = { cpu, wait: (end.wait - start.wait) / 1e6 };
      }
      return best;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
