import { defineElement } from '../../define.js';
import { Lpc360Progress } from './360-progress.js';

export { Lpc360Progress };
export * from '../../events/360-events.js';
export type { Progress, UnusedInvitation, Me } from '../../client/collector-types.js';
defineElement('lpc-360-progress', Lpc360Progress);
