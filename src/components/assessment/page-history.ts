import type { Page } from '../../core/assessment-flow.js';

/**
 * The browser's back and forward buttons for `<lpc-assessment>`: each page the user moves to is a
 * history entry marked with the assessment's key, so popstate can bring back the page it names.
 */
export class PageHistory {
  constructor(
    private readonly key: () => string,
    private readonly onPop: (page: Page) => void,
  ) {}

  /** Records a move from `from` to `to`. */
  push(from: Page, to: Page): void {
    // Mark the entry we leave, so Back can return to it.
    const current = window.history.state as { lpcAssessment?: string } | null;
    if (current?.lpcAssessment !== this.key()) window.history.replaceState({ lpcAssessment: this.key(), page: from }, '');
    window.history.pushState({ lpcAssessment: this.key(), page: to }, '');
  }

  connect(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #onPopState = (event: PopStateEvent): void => {
    const saved = event.state as { lpcAssessment?: string; page?: Page } | null;
    if (saved?.lpcAssessment === this.key() && saved.page) this.onPop(saved.page);
  };
}
