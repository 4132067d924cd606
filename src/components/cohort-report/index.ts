import { defineElement } from '../../define.js';
import { LpcCohortReport } from './cohort-report.js';

export { LpcCohortReport };
defineElement('lpc-cohort-report', LpcCohortReport);
