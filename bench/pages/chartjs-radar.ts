// Chart.js with only its radar parts, for the radar comparison.
import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend);

interface RadarData {
  axes: Array<{ id: string; label: string }>;
  series: Array<{ label: string; values: Record<string, number> }>;
}

/** Draws one Chart.js radar into a new canvas and removes it; returns the time taken. */
export function chartOnce({ axes, series }: RadarData): number {
  const stage = document.getElementById('stage')!;
  const start = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 600;
  stage.append(canvas);
  const chart = new Chart(canvas, {
    type: 'radar',
    data: { labels: axes.map((a) => a.label), datasets: series.map((s) => ({ label: s.label, data: axes.map((a) => s.values[a.id]) })) },
    options: { animation: false, responsive: false, scales: { r: { min: 0, max: 5 } } },
  });
  const time = performance.now() - start; // Chart.js draws synchronously when animation is off
  chart.destroy();
  canvas.remove();
  return time;
}
