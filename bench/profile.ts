// CPU profile summaries for the browser benches: self time by function and by source file.
// The bundle must be built without minifying, so that esbuild's "// path" comments before each
// module's code say which source file a line belongs to.
import { readFileSync } from 'node:fs';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/**
 * The profile cut to `ms` milliseconds from the first sample in a frame of `url` (the bench page's
 * code starts the measured span), so idle time and the bench's own polling are left out.
 */
export function clip(p: CpuProfile, url: string, ms: number): CpuProfile {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inUrl = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.url.endsWith(url)) return true;
    return false;
  };
  let at = p.startTime;
  const times = p.timeDeltas.map((d) => (at += d));
  const first = p.samples.findIndex(inUrl);
  const end = times[first] + ms * 1000;
  const keep = p.samples.map((_, i) => i >= first && times[i] <= end);
  const samples = p.samples.filter((_, i) => keep[i]);
  const kept = times.filter((_, i) => keep[i]);
  // Each sample's delta to the next one is its duration (see selfTimes); the last one ends at `end`.
  const timeDeltas = [0, ...kept.slice(1).map((t, i) => t - kept[i]), end - kept.at(-1)!];
  return { ...p, samples, timeDeltas, startTime: kept[0] };
}

/** Maps a bundle's line numbers (0-based) to the source file esbuild placed there. */
export function sourceOfLine(bundlePath: string): (line: number) => string {
  const starts: Array<[number, string]> = [];
  readFileSync(bundlePath, 'utf8').split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:src|node_modules|data|bench)\/\S+)$/.exec(text);
    if (match) starts.push([line, match[1].replace(/^node_modules\//, '')]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) { found = starts[mid][1]; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
}

/** Sampled time (ms) by key, from several profiles together, largest first. */
export function selfTimes(profiles: CpuProfile[], key: (frame: CpuProfile['nodes'][number]['callFrame']) => string): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const k = key(byId.get(id)!.callFrame);
      totals.set(k, (totals.get(k) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
    });
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Time (ms) under each key, counting a sample once per key however deep the key's frames nest
 * (total time: a file's own code and everything it calls).
 */
export function totalTimes(profiles: CpuProfile[], key: (frame: CpuProfile['nodes'][number]['callFrame']) => string): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const p of profiles) {
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(key(byId.get(at)!.callFrame));
      for (const k of seen) totals.set(k, (totals.get(k) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
    });
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
