import { defineElement } from '../../define.js';
import { LpcThemeWheel } from './theme-wheel.js';

export { LpcThemeWheel };
export * from '../../events/select-event.js';
defineElement('lpc-theme-wheel', LpcThemeWheel);
