import { defineElement } from '../../define.js';
import { Lpc360Setup } from './360-setup.js';

export { Lpc360Setup };
export * from '../../events/360-events.js';
export type { SetupRequest, SetupResult } from '../../client/collector-types.js';
defineElement('lpc-360-setup', Lpc360Setup);
