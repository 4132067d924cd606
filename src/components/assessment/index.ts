import { defineElement } from '../../define.js';
import { LpcAssessment } from './assessment.js';
import '../rating/index.js';

export { LpcAssessment };
export { DEFAULT_GROUPS, type RaterGroup } from './groups.js';
export type { Page as AssessmentPage } from './view.js';
export * from '../../events/submit-event.js';
export * from '../../events/page-change-event.js';
defineElement('lpc-assessment', LpcAssessment);
