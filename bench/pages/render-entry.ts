// Bench page: one scenario per load, chosen by ?scenario=. Results go to window.__result.
// Chart.js is loaded only by the radar comparison scenarios (a separate chunk), so it does not
// weigh on the first-render figures.
import '../../src/index.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { twelveRaters } from '../../data/examples/responses.js';
import type { LitElement } from 'lit';
import { aggregate } from '../../src/core/aggregate.js';

const w = window as unknown as { __t0: number; __result?: unknown; __error?: string; __mark?: (name: string) => void; bench: Record<string, (...a: never[]) => unknown> };
/** The 12-rater result as JSON text, made before timing starts (the server's work, not the page's). */
const servedResult = JSON.stringify(aggregate(realFramework, twelveRaters));
/** The module and everything it imports has loaded and run: the element classes are defined. */
const moduleLoaded = performance.now();
// render.bench.ts reads the main thread's CPU time at these two marks (bench/cpu.ts); no-ops otherwise.
w.__mark?.('loaded');
const stage = document.getElementById('stage')!;
const scenario = new URLSearchParams(location.search).get('scenario') ?? '';

function provider(): HTMLElement & { framework: unknown } {
  const el = document.createElement('lpc-framework') as HTMLElement & { framework: unknown };
  el.framework = realFramework;
  stage.append(el);
  return el;
}

async function rendered(el: Element): Promise<void> {
  await (el as LitElement).updateComplete;
  await (el as LitElement).updateComplete; // context arrives in a second update
}

/** Creates one element of each kind, ready for the first-render and heap scenarios. */
function make(kind: string, assessmentId = `bench-${Math.random()}`): HTMLElement {
  switch (kind) {
    case 'wheel': return document.createElement('lpc-theme-wheel');
    case 'card': { const el = document.createElement('lpc-behaviour-card'); el.setAttribute('item', 'being.authenticity'); return el; }
    case 'rating': { const el = document.createElement('lpc-rating'); el.setAttribute('item', 'being.authenticity'); el.setAttribute('assessment-id', assessmentId); return el; }
    case 'assessment': { const el = document.createElement('lpc-assessment'); el.setAttribute('assessment-id', assessmentId); el.setAttribute('respondent', 'self'); return el; }
    case 'report': { const el = document.createElement('lpc-report') as HTMLElement & { responses: unknown }; el.responses = twelveRaters; return el; }
    // As the collector serves it: the AggregateResult through JSON, checked against its schema by the report.
    case 'report-result': { const el = document.createElement('lpc-report') as HTMLElement & { result: unknown }; el.result = JSON.parse(servedResult); return el; }
    case 'radar': { const el = document.createElement('lpc-radar-chart') as HTMLElement & { axes: unknown; series: unknown }; Object.assign(el, radarData(4, 2)); return el; }
    default: throw new Error(`unknown element ${kind}`);
  }
}

function radarData(axisCount: number, seriesCount: number) {
  const axes = Array.from({ length: axisCount }, (_, i) => ({ id: `a${i}`, label: `Axis ${i + 1}` }));
  const series = Array.from({ length: seriesCount }, (_, s) => ({
    id: `s${s}`, label: `Series ${s + 1}`,
    values: Object.fromEntries(axes.map((a, i) => [a.id, 1 + ((i * 7 + s * 3) % 40) / 10])),
  }));
  return { axes, series };
}

/** The browser has run a frame (style, layout, paint) since this was called. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Times from module loaded to first render, from the module's request to first render, and from
 * module loaded to the end of the first frame after it (style and layout included, so work moved
 * out of the render into the browser's frame still counts).
 */
async function firstRender(kind: string): Promise<{ fromLoad: number; fromRequest: number; toFrame: number }> {
  const el = make(kind);
  provider().append(el);
  await rendered(el);
  const now = performance.now();
  w.__mark?.('rendered');
  await nextFrame();
  return { fromLoad: now - moduleLoaded, fromRequest: now - w.__t0, toFrame: performance.now() - moduleLoaded };
}

async function radarOnce(axisCount: number, seriesCount: number): Promise<number> {
  const data = radarData(axisCount, seriesCount);
  const start = performance.now();
  const el = make('radar') as HTMLElement & { axes: unknown; series: unknown };
  Object.assign(el, data);
  stage.append(el);
  await rendered(el);
  const time = performance.now() - start;
  el.remove();
  return time;
}

w.bench = {
  /** Mount and unmount one kind of element n times inside a provider. */
  cycles: (async (kind: string, n: number) => {
    const host = provider();
    for (let i = 0; i < n; i++) {
      // One assessment id for all cycles: a page keeps one shared draft per assessment, by design.
      const el = make(kind, 'bench-heap');
      host.append(el);
      await rendered(el);
      el.remove();
    }
    host.remove();
  }) as never,
};

async function run(): Promise<unknown> {
  if (scenario.startsWith('first:')) return firstRender(scenario.slice(6));
  if (scenario === 'first-radar') return radarOnce(4, 2);
  if (scenario === 'first-chartjs') return (await import('./chartjs-radar.js')).chartOnce(radarData(4, 2));
  return 'ready';
}

/**
 * `&hold` (render.bench.ts --profile): the scenario waits for `window.__go()`, so a CPU profile can
 * start after the module has loaded and cover only what the figure times (`__goAt`: when it started,
 * on the figures' clock).
 */
const hold = new URLSearchParams(location.search).has('hold')
  ? new Promise<void>((resolve) => Object.assign(w, { __go: () => { Object.assign(w, { __goAt: performance.now() - moduleLoaded }); resolve(); } }))
  : null;
(hold ? hold.then(run) : run()).then((result) => (w.__result = result), (error) => (w.__error = String(error?.stack ?? error)));
