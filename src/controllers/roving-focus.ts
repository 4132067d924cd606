import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRovingKey, type RovingKey, type RovingStrategy } from './roving-strategies.js';

export * from './roving-strategies.js';

/** The group's key for a keydown, or `null`: with Alt or Meta never, with Ctrl only Home and End, and only if the strategy takes them. */
function rovingKeyOf(event: KeyboardEvent, strategy: RovingStrategy): RovingKey | null {
  if (event.altKey || event.metaKey) return null;
  if (!event.ctrlKey) return isRovingKey(event.key) ? event.key : null;
  return strategy.ctrlHomeEnd && (event.key === 'Home' || event.key === 'End') ? `Ctrl+${event.key}` : null;
}

/** An element that can take focus and a tabindex (HTML or SVG). */
export type RovingItem = Element & HTMLOrSVGElement;

export interface RovingFocusOptions {
  /** The items of the group, in index order (the strategy's indexes are indexes into this list). */
  items: () => RovingItem[];
  strategy: RovingStrategy;
  /**
   * The selected item's index, or -1. Given this, the tab stop is the selected item, else the
   * first enabled one (a radio group); without it, the item last moved to.
   */
  selected?: () => number;
  /** Called after the keyboard moved focus to an item (a radio group selects it). */
  onMove?: (index: number, event: KeyboardEvent) => void;
  /** Called when Enter or Space is pressed on an enabled item (a radio group or a tree selects it). */
  onActivate?: (index: number, event: KeyboardEvent) => void;
  /** Whether an item is skipped; by default `disabled` or `aria-disabled="true"`. */
  isDisabled?: (item: RovingItem, index: number) => boolean;
}

const defaultDisabled = (item: RovingItem): boolean => item.hasAttribute('disabled') || item.getAttribute('aria-disabled') === 'true';

/**
 * Roving tabindex: exactly one enabled item of the group is in the tab order (see `selected`); the strategy decides where each key goes,
 * disabled items are skipped, and Left/Right follow the host's `direction`; Enter and Space activate
 * the item (with `onActivate`). The host renders the items with `tabindex="-1"` and passes its
 * keydown events to `handleKeydown`.
 */
export class RovingFocusController implements ReactiveController {
  /** The index of the item in the tab order. */
  #active = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The index of the item that is in the tab order. */
  get active(): number {
    return this.#active;
  }

  /** Makes `index` the tab stop (e.g. after a click), without moving focus. */
  set active(index: number) {
    this.#active = index;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Puts exactly one enabled item in the tab order. */
  sync(): void {
    const items = this.options.items();
    const enabled = (i: number): boolean => i >= 0 && i < items.length && !this.#disabled(items, i);
    const { selected } = this.options;
    // A group with a selection (radios) starts at the selected item, else at its first item;
    // one without (a tree) stays where the user last was.
    const start = selected ? selected() : this.#active;
    this.#active = enabled(start) ? start : items.findIndex((_, i) => enabled(i));
    items.forEach((item, i) => (item.tabIndex = i === this.#active ? 0 : -1));
  }

  /** Moves focus to an item and makes it the tab stop. */
  focus(index: number, options?: FocusOptions): void {
    const items = this.options.items();
    this.#active = index;
    items.forEach((item, i) => (item.tabIndex = i === index ? 0 : -1));
    items[index]?.focus(options);
  }

  /** Handles a keydown on the group; returns true when the key was used. */
  handleKeydown = (event: KeyboardEvent): boolean => {
    if ((event.key === 'Enter' || event.key === ' ') && this.options.onActivate) return this.#activate(event, this.options.onActivate);
    const key = rovingKeyOf(event, this.options.strategy);
    if (!key) return false;
    const items = this.options.items();
    const from = this.#itemIndex(items, event);
    if (from < 0) return false;
    event.preventDefault();
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const to = this.#nextEnabled(items, key, from, rtl);
    if (to === null) return false;
    // Also when `to` is `from` (Home on the first item): a radio group then selects it.
    this.focus(to);
    this.options.onMove?.(to, event);
    return true;
  };

  #activate(event: KeyboardEvent, onActivate: (index: number, event: KeyboardEvent) => void): boolean {
    const items = this.options.items();
    const index = this.#itemIndex(items, event);
    if (index < 0 || this.#disabled(items, index)) return false;
    event.preventDefault(); // Space would scroll the page, Enter would click a button item
    onActivate(index, event);
    return true;
  }

  /** The item the event came from (the deepest item on its path). */
  #itemIndex(items: RovingItem[], event: KeyboardEvent): number {
    for (const target of event.composedPath()) {
      const index = items.indexOf(target as RovingItem);
      if (index >= 0) return index;
    }
    return -1;
  }

  /**
   * The strategy's answer, walking on past disabled items: an arrow key is pressed again from the
   * disabled item; Home goes on forwards (Down) and End backwards (Up). `null` when every item
   * the walk reaches is disabled.
   */
  #nextEnabled(items: RovingItem[], key: RovingKey, from: number, rtl: boolean): number | null {
    const { strategy } = this.options;
    let index = strategy.next(key, from, rtl);
    const walk: RovingKey = key === 'Home' || key === 'Ctrl+Home' ? 'ArrowDown' : key === 'End' || key === 'Ctrl+End' ? 'ArrowUp' : key;
    for (let steps = 0; index !== null && this.#disabled(items, index); steps++) {
      if (steps >= items.length) return null;
      index = strategy.next(walk, index, rtl);
    }
    return index;
  }

  #disabled(items: RovingItem[], index: number): boolean {
    const item = items[index];
    return !item || (this.options.isDisabled ?? defaultDisabled)(item, index);
  }
}
