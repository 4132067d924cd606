/**
 * Events of the facilitator elements. Details carry ids and counts only, never a token: hosts
 * often log events, and a token in a log is a link anyone reading it could use.
 */

export interface Lpc360CreatedDetail {
  /** The new 360's id. */
  id: string;
  leaderName: string;
  closesOn: string;
  /** How many rater links were made. */
  raters: number;
}

/** Fired by `<lpc-360-setup>` when the collector has set up a 360 (its links are then on screen and in `.result`). */
export class Lpc360CreatedEvent extends Event {
  static readonly eventName = 'lpc-360-created';
  constructor(readonly detail: Lpc360CreatedDetail) {
    super(Lpc360CreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

export type Lpc360Action = 'closing-date' | 'closed' | 'released';

export interface Lpc360ChangeDetail {
  action: Lpc360Action;
  status: 'open' | 'closed' | 'released';
  closesOn: string;
  /** Released with fewer responses than the all-raters minimum (the facilitator confirmed it). */
  belowMinimum?: boolean;
}

/** Fired by `<lpc-360-progress>` after the facilitator changed the closing date, closed or released the 360. */
export class Lpc360ChangeEvent extends Event {
  static readonly eventName = 'lpc-360-change';
  constructor(readonly detail: Lpc360ChangeDetail) {
    super(Lpc360ChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-360-created': Lpc360CreatedEvent;
    'lpc-360-change': Lpc360ChangeEvent;
  }
}
