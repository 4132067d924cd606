/**
 * The page flow of `<lpc-assessment>` as a pure state machine: which page shows, where Continue,
 * Back and a change link lead, and where a submission stands. No DOM; runs in Node. The element
 * checks answers before it asks for `next`, renders `state.page`, and moves focus.
 */

import { unansweredItems } from './response.js';
import type { Draft, Framework } from './types.js';

/** The pages of the questionnaire. `theme` pages are numbered over all the framework's themes. */
export type Page = { kind: 'start' } | { kind: 'theme'; index: number } | { kind: 'check' } | { kind: 'confirmation' };

/** Where a submission stands. */
export type SubmitState = { status: 'idle' } | { status: 'sending' } | { status: 'failed'; message: string };

export interface FlowState {
  page: Page;
  /** After a change link from the check page, Continue goes back to the check page. */
  returnToCheck: boolean;
  submit: SubmitState;
}

export type FlowEvent =
  /** Start now, or continue saved answers at `theme` (-1: every theme is answered: check). */
  | { type: 'start'; theme?: number }
  /** Continue on a theme page whose answers are complete. */
  | { type: 'next' }
  | { type: 'back' }
  /** A change link on the check page. */
  | { type: 'change'; page: Page }
  /** Go straight to a page (the host's `show()`, the browser's back button). Never the confirmation. */
  | { type: 'show'; page: Page }
  | { type: 'send' }
  | { type: 'sent' }
  | { type: 'failed'; message: string };

export const initialFlow: FlowState = { page: { kind: 'start' }, returnToCheck: false, submit: { status: 'idle' } };

const IDLE: SubmitState = { status: 'idle' };

/** Keeps a theme page's index within the framework. */
function clampPage(page: Page, themeCount: number): Page {
  if (page.kind !== 'theme') return page;
  if (themeCount === 0) return { kind: 'check' };
  return { kind: 'theme', index: Math.min(Math.max(0, Math.trunc(page.index) || 0), themeCount - 1) };
}

/** The state after `event`, for a framework of `themeCount` themes. Events that do not apply change nothing. */
export function nextFlow(state: FlowState, event: FlowEvent, themeCount: number): FlowState {
  const { page } = state;
  const to = (next: Page, returnToCheck = false): FlowState => ({ page: clampPage(next, themeCount), returnToCheck, submit: IDLE });
  if (page.kind === 'confirmation') return state; // a sent response cannot be reopened
  switch (event.type) {
    case 'start':
      if (page.kind !== 'start') return state;
      return to(event.theme === undefined ? { kind: 'theme', index: 0 } : event.theme < 0 ? { kind: 'check' } : { kind: 'theme', index: event.theme });
    case 'next':
      if (page.kind !== 'theme') return state;
      return state.returnToCheck || page.index + 1 >= themeCount ? to({ kind: 'check' }) : to({ kind: 'theme', index: page.index + 1 });
    case 'back':
      if (page.kind === 'theme') return to(page.index === 0 ? { kind: 'start' } : { kind: 'theme', index: page.index - 1 });
      if (page.kind === 'check') return to(themeCount ? { kind: 'theme', index: themeCount - 1 } : { kind: 'start' });
      return state;
    case 'change':
      if (page.kind !== 'check' || event.page.kind === 'confirmation' || event.page.kind === 'check') return state;
      return to(event.page, true);
    case 'show':
      if (event.page.kind === 'confirmation') return state;
      return to(event.page);
    case 'send':
      if (page.kind !== 'check' || state.submit.status === 'sending') return state;
      return { ...state, submit: { status: 'sending' } };
    case 'sent':
      if (page.kind !== 'check') return state;
      return { page: { kind: 'confirmation' }, returnToCheck: false, submit: IDLE };
    case 'failed':
      if (page.kind !== 'check') return state;
      return { ...state, submit: { status: 'failed', message: event.message } };
  }
}

/** Where "Continue" with saved answers starts: the first theme with an unanswered item, or -1 (all answered: check). */
export function resumeTheme(draft: Draft | undefined, framework: Framework): number {
  return framework.themes.findIndex((theme) => unansweredItems(draft, framework, theme).length > 0);
}

/** Whether two pages are the same page. */
export function samePage(a: Page, b: Page): boolean {
  return a.kind === b.kind && (a.kind !== 'theme' || a.index === (b as { index: number }).index);
}
