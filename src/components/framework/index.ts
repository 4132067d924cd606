import { defineElement } from '../../define.js';
import { LpcFramework } from './framework.js';

export { LpcFramework };
export * from '../../events/framework-events.js';
defineElement('lpc-framework', LpcFramework);
