import { defineElement } from '../../define.js';
import { LpcDevelopmentPlan } from './development-plan.js';

export { LpcDevelopmentPlan };
export { LpcPlanChangeEvent } from '../../events/plan-events.js';
defineElement('lpc-development-plan', LpcDevelopmentPlan);
