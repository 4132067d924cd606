import type { AssessmentResponse } from '../core/types.js';

/**
 * Fired by `<lpc-assessment>` when the user submits, before anything is sent or offered for
 * download. Cancelable: a host that calls `preventDefault()` takes over delivery (the draft is kept
 * until the host calls `complete()` on the element). `detail` is the response, which already
 * passes `validateResponse`.
 */
export class LpcSubmitEvent extends Event {
  static readonly eventName = 'lpc-submit';
  constructor(readonly detail: AssessmentResponse) {
    super(LpcSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-submit': LpcSubmitEvent;
  }
}
