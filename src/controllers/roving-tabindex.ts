import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions {
  /** The items of the group, in order (e.g. the radios). */
  items: () => HTMLElement[];
  /** Index of the selected item, or -1 when none is selected. */
  selectedIndex: () => number;
  /** Called when the keyboard moves to an item; a radio group selects it. */
  onMove: (index: number, event: KeyboardEvent) => void;
}

/**
 * Roving tabindex for a radio group: one item is in the tab order (the selected one, else the
 * first); arrows move and wrap, Home and End go to the ends, disabled items are skipped, and left
 * and right swap in a right-to-left layout.
 */
export class RovingTabindexController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingTabindexOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Puts exactly one enabled item in the tab order. */
  sync(): void {
    const items = this.options.items();
    const selected = this.options.selectedIndex();
    const current = selected >= 0 && !this.#disabled(items[selected]) ? selected : items.findIndex((item) => !this.#disabled(item));
    items.forEach((item, i) => (item.tabIndex = i === current ? 0 : -1));
  }

  /** Handles a keydown on the group; returns true when the key was used. */
  handleKeydown = (event: KeyboardEvent): boolean => {
    const items = this.options.items();
    const from = items.indexOf(event.composedPath()[0] as HTMLElement);
    if (from < 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    let step: number;
    switch (event.key) {
      case 'ArrowDown':
        step = 1;
        break;
      case 'ArrowUp':
        step = -1;
        break;
      case 'ArrowRight':
        step = rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        step = rtl ? 1 : -1;
        break;
      case 'Home':
        return this.#moveTo(this.#firstEnabled(items, 0, 1), event);
      case 'End':
        return this.#moveTo(this.#firstEnabled(items, items.length - 1, -1), event);
      default:
        return false;
    }
    return this.#moveTo(this.#firstEnabled(items, (from + step + items.length) % items.length, step), event);
  };

  #moveTo(index: number, event: KeyboardEvent): boolean {
    if (index < 0) return false;
    event.preventDefault();
    const items = this.options.items();
    items.forEach((item, i) => (item.tabIndex = i === index ? 0 : -1));
    items[index].focus();
    this.options.onMove(index, event);
    return true;
  }

  /** The first enabled item from `start`, walking by `step` and wrapping; -1 if none. */
  #firstEnabled(items: HTMLElement[], start: number, step: number): number {
    for (let n = 0, i = start; n < items.length; n++, i = (i + step + items.length) % items.length) {
      if (!this.#disabled(items[i])) return i;
    }
    return -1;
  }

  #disabled(item: HTMLElement | undefined): boolean {
    return !item || item.getAttribute('aria-disabled') === 'true' || item.hasAttribute('disabled');
  }
}
