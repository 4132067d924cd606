import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { initialFlow, nextFlow, samePage, type FlowEvent, type FlowState, type Page } from '../../core/assessment-flow.js';
import { LpcPageChangeEvent } from '../../events/page-change-event.js';
import { PageHistory } from './page-history.js';

/** What to focus once a page has rendered. */
export type FocusTarget = { kind: 'heading' } | { kind: 'errors' } | { kind: 'field'; id: string };

export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Whether moves are recorded in the browser's history. */
  history: boolean;
}

export interface FlowOptions {
  themeCount(): number;
  /** Names this assessment's history entries. */
  historyKey(): string;
  /** After each move to another page. */
  onMove(page: Page): void;
}

/**
 * Runs core/assessment-flow for `<lpc-assessment>`: applies events, fires the cancelable
 * `lpc-page-change` for moves the user asked for, focuses the new page's heading (or a field, or
 * the error summary) once rendered, and keeps the browser's back and forward buttons in step.
 */
export class FlowController implements ReactiveController {
  state: FlowState = initialFlow;
  #focus: FocusTarget | undefined;
  readonly #history: PageHistory;

  constructor(
    private readonly host: FlowHost,
    private readonly options: FlowOptions,
  ) {
    this.#history = new PageHistory(options.historyKey, (page) => host.history && this.move({ type: 'show', page }, { user: true, push: false }));
    host.addController(this);
  }

  hostConnected(): void {
    this.#history.connect();
  }

  hostDisconnected(): void {
    this.#history.disconnect();
  }

  async hostUpdated(): Promise<void> {
    const target = this.#focus;
    if (!target) return;
    this.#focus = undefined;
    if (target.kind === 'field') await this.focusField(target.id);
    else this.host.renderRoot.querySelector<HTMLElement>(target.kind === 'errors' ? '.error-summary' : '.page-heading')?.focus();
  }

  /** Moves focus to a field of the page (a rating, a radio), once it has rendered, scrolled into view. */
  async focusField(id: string): Promise<void> {
    const field = this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!field) return;
    await (field as Partial<ReactiveElement>).updateComplete;
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
  }

  /** Focuses `target` after the next render. */
  focusAfterRender(target: FocusTarget): void {
    this.#focus = target;
    this.host.requestUpdate();
  }

  /** Applies a flow event; returns false when nothing changed or the page change was cancelled. */
  move(event: FlowEvent, options: { user?: boolean; push?: boolean; focus?: FocusTarget } = {}): boolean {
    const from = this.state.page;
    const next = nextFlow(this.state, event, this.options.themeCount());
    if (next === this.state) return false;
    const moved = !samePage(from, next.page);
    if (moved && options.user && !this.host.dispatchEvent(new LpcPageChangeEvent({ from, to: next.page }))) return false;
    this.state = next;
    this.host.requestUpdate();
    if (!moved) return true;
    this.#focus = options.focus ?? { kind: 'heading' };
    this.options.onMove(next.page);
    if (options.push !== false && this.host.history) this.#history.push(from, next.page);
    return true;
  }
}
