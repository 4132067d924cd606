// Bench page: <lpc-radar-chart> and Chart.js's radar drawn alternately on one page, same data and
// size (600 px), warm. Ours is timed from creating the element to its laid-out SVG (render, style
// and layout: getBoundingClientRect forces them); Chart.js from creating its canvas to the end of
// its synchronous draw (animation off). window.bench.compare(axes, series, runs) returns both lists.
import '../../src/components/radar-chart/index.js';
import type { LpcRadarChart, RadarAxis, RadarSeries } from '../../src/components/radar-chart/radar-chart.js';
import { chartOnce } from './chartjs-radar.js';

export function radarData(axisCount: number, seriesCount: number): { axes: RadarAxis[]; series: Array<RadarSeries & { values: Record<string, number> }> } {
  const axes = Array.from({ length: axisCount }, (_, i) => ({ id: `a${i}`, label: i % 3 ? `Quality ${i + 1} written as a longer sentence` : `Behaviour ${i + 1}` }));
  const series = Array.from({ length: seriesCount }, (_, s) => ({
    id: `s${s}`, label: `Series ${s + 1}`,
    values: Object.fromEntries(axes.map((a, i) => [a.id, 1 + ((i * 7 + s * 3) % 40) / 10])),
  }));
  return { axes, series };
}

const stage = document.getElementById('stage')!;

/** One radar, created, rendered and laid out; removed after timing. */
export async function radarOnce(data: ReturnType<typeof radarData>): Promise<number> {
  const start = performance.now();
  const el = document.createElement('lpc-radar-chart') as LpcRadarChart;
  el.axes = data.axes;
  el.series = data.series;
  stage.append(el);
  await el.updateComplete;
  el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  const time = performance.now() - start;
  el.remove();
  return time;
}

/**
 * Alternates the two charts, after ten warm-up runs of each (both keep getting faster for the
 * first few runs as their code is optimised), taking turns to go first.
 */
async function compare(axisCount: number, seriesCount: number, runs: number): Promise<{ ours: number[]; theirs: number[] }> {
  const data = radarData(axisCount, seriesCount);
  const ours: number[] = [];
  const theirs: number[] = [];
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const warmUp = 10;
  for (let run = 0; run < runs + warmUp; run++) {
    let a: number;
    let b: number;
    if (run % 2) {
      b = chartOnce(data);
      await tick();
      a = await radarOnce(data);
    } else {
      a = await radarOnce(data);
      await tick();
      b = chartOnce(data);
    }
    await tick();
    if (run >= warmUp) {
      ours.push(a);
      theirs.push(b);
    }
  }
  return { ours, theirs };
}

/** Renders our radar `runs` times and nothing else (for a CPU profile). */
async function repeat(axisCount: number, seriesCount: number, runs: number): Promise<void> {
  const data = radarData(axisCount, seriesCount);
  for (let run = 0; run < runs; run++) await radarOnce(data);
}

(window as unknown as { bench: unknown }).bench = { compare, repeat };
