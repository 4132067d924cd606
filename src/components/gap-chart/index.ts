import { defineElement } from '../../define.js';
import { LpcGapChart } from './gap-chart.js';

export { LpcGapChart };
export type { GapItem, GapSort } from './gap-chart.js';
defineElement('lpc-gap-chart', LpcGapChart);
