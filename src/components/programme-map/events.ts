import type { Programme } from '../../core/types.js';

/** Fired when the user changes the mapping (ticks or clears an item for a module) or opens a programme file. */
export class LpcProgrammeChangeEvent extends Event {
  static readonly eventName = 'lpc-programme-change';
  constructor(readonly detail: { programme: Programme; moduleId: string | null; itemId: string | null; covered: boolean | null }) {
    super(LpcProgrammeChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-programme-change': LpcProgrammeChangeEvent;
  }
}
