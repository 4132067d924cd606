import { defineElement } from '../../define.js';
import { LpcReport } from './report.js';

export { LpcReport };
defineElement('lpc-report', LpcReport);
