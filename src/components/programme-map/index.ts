import { defineElement } from '../../define.js';
import { LpcProgrammeMap } from './programme-map.js';

export { LpcProgrammeMap };
export { LpcProgrammeChangeEvent } from './events.js';
defineElement('lpc-programme-map', LpcProgrammeMap);
