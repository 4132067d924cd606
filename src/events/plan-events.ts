import type { DevelopmentPlan } from '../core/types.js';

/**
 * Fired by `<lpc-development-plan>` when the leader changes their plan (chooses or removes an item,
 * or writes in a field), after the change is saved in the browser. Never fired when a page sets a
 * property. `detail.plan` is the whole plan as it would be exported.
 */
export class LpcPlanChangeEvent extends Event {
  static readonly eventName = 'lpc-plan-change';
  constructor(readonly detail: { plan: DevelopmentPlan }) {
    super(LpcPlanChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-plan-change': LpcPlanChangeEvent;
  }
}
