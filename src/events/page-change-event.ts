import type { Page } from '../core/assessment-flow.js';

export interface PageChangeDetail {
  from: Page;
  to: Page;
}

/**
 * Fired by `<lpc-assessment>` before it moves to another page because the user asked (Start,
 * Continue, Back, a change link, the browser's back button). Cancelable: `preventDefault()` keeps
 * the current page. Not fired for `show()` or after a submission.
 */
export class LpcPageChangeEvent extends Event {
  static readonly eventName = 'lpc-page-change';
  constructor(readonly detail: PageChangeDetail) {
    super(LpcPageChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-page-change': LpcPageChangeEvent;
  }
}
