/** What the user chose: a theme, an item (with its theme), or nothing (selection cleared). */
export interface SelectDetail {
  /** Id of the chosen theme, or of the chosen item's theme; `null` when the selection was cleared. */
  themeId: string | null;
  /** Id of the chosen item; `null` when a theme was chosen or the selection was cleared. */
  itemId: string | null;
}

/**
 * Fired when the user selects a theme or item (pointer, touch or keyboard) or clears the
 * selection with Escape. Never fired when a page sets `selected`. Cancelable: calling
 * `preventDefault()` keeps the previous selection.
 */
export class LpcSelectEvent extends Event {
  static readonly eventName = 'lpc-select';
  constructor(readonly detail: SelectDetail) {
    super(LpcSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lpc-select': LpcSelectEvent;
  }
}
