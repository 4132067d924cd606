import { defineElement } from '../../define.js';
import { LpcFrameworkSheet } from './framework-sheet.js';

export { LpcFrameworkSheet };
defineElement('lpc-framework-sheet', LpcFrameworkSheet);
