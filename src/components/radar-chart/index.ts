import { defineElement } from '../../define.js';
import { LpcRadarChart } from './radar-chart.js';

export { LpcRadarChart };
export type { RadarAxis, RadarSeries } from './radar-chart.js';
defineElement('lpc-radar-chart', LpcRadarChart);
