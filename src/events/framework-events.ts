import type { Framework, Problem } from '../core/types.js';

/** Why a framework could not be used. */
export type FrameworkErrorKind = 'not-found' | 'http' | 'network' | 'not-json' | 'invalid';

export interface FrameworkReadyDetail {
  framework: Framework;
  /** The file it came from, or `null` when set as a property. */
  src: string | null;
}

export interface FrameworkErrorDetail {
  kind: FrameworkErrorKind;
  src: string | null;
  /** What is wrong, each with the JSON path of the problem (`''` for the whole file). */
  problems: Problem[];
}

/** Fired by `<lpc-framework>` when a framework has loaded and passed validation. */
export class LpcFrameworkReadyEvent extends Event {
  static readonly eventName = 'lpc-framework-ready';
  constructor(readonly detail: FrameworkReadyDetail) {
    super(LpcFrameworkReadyEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired by `<lpc-framework>` when a framework could not be fetched, parsed or validated. */
export class LpcFrameworkErrorEvent extends Event {
  static readonly eventName = 'lpc-framework-error';
  constructor(readonly detail: FrameworkErrorDetail) {
    super(LpcFrameworkErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-framework-ready': LpcFrameworkReadyEvent;
    'lpc-framework-error': LpcFrameworkErrorEvent;
  }
}
