// Where arrow keys move focus in a roving-focus group: pure strategies (no DOM), one per layout,
// each easy to test key by key. RovingFocusController (roving-focus.ts) applies them.

/** The keys a roving-focus group moves on; `Ctrl+Home` and `Ctrl+End` only in a strategy that takes them (a grid). */
export type RovingKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'Ctrl+Home' | 'Ctrl+End';

const ROVING_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

export function isRovingKey(key: string): key is RovingKey {
  return ROVING_KEYS.includes(key);
}

/**
 * Where a key moves focus: the index to move to, or `null` when the key does nothing from `from`.
 * Strategies are pure (no DOM), so each key is easy to test; the controller skips disabled items.
 */
export interface RovingStrategy {
  next(key: RovingKey, from: number, rtl: boolean): number | null;
  /** Whether Ctrl+Home and Ctrl+End are keys of the group (a grid's first and last cell); else Ctrl is left to the browser. */
  ctrlHomeEnd?: boolean;
}

/**
 * A straight line of `count()` items (a radio group, the radar's axes): Down and Right go to the
 * next item, Up and Left to the previous one, wrapping at the ends; Home and End go to the first
 * and last. In right-to-left text, Left and Right swap (Up and Down do not).
 */
export function lineStrategy(count: () => number): RovingStrategy {
  return {
    next(key, from, rtl) {
      const n = count();
      if (n === 0) return null;
      const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
      switch (key) {
        case 'Home':
          return 0;
        case 'End':
          return n - 1;
        default:
          return (from + (forward ? 1 : -1) + n) % n;
      }
    },
  };
}

/** The key as if the text ran left to right: in right-to-left text, Left and Right swap. */
const logicalKey = (key: RovingKey, rtl: boolean): RovingKey => (rtl && key === 'ArrowLeft' ? 'ArrowRight' : rtl && key === 'ArrowRight' ? 'ArrowLeft' : key);

/** One node of a two-level tree: level 1 is a ring of parents (themes), level 2 their children (items). */
export interface TreeNode {
  level: 1 | 2;
  /** Index of the parent node for a level 2 node, `null` for level 1. */
  parent: number | null;
}

/**
 * The WAI-ARIA APG tree view with every node expanded, for the theme wheel: Up and Down go round
 * the current ring (wrapping, as a ring has no end), Right goes into the child ring (the node's
 * first child), Left goes out to the parent, Home and End go to the first or last node of the
 * current ring. In right-to-left text, Left and Right swap.
 */
export function treeStrategy(nodes: () => readonly TreeNode[]): RovingStrategy {
  return {
    next(key, from, rtl) {
      const all = nodes();
      const node = all[from];
      if (!node) return all.length ? 0 : null;
      const ring = all.map((n, i) => (n.level === node.level ? i : -1)).filter((i) => i >= 0);
      const position = ring.indexOf(from);
      const logical = logicalKey(key, rtl);
      switch (logical) {
        case 'ArrowDown':
          return ring[(position + 1) % ring.length];
        case 'ArrowUp':
          return ring[(position - 1 + ring.length) % ring.length];
        case 'Home':
          return ring[0];
        case 'End':
          return ring[ring.length - 1];
        case 'ArrowRight': {
          if (node.level !== 1) return null;
          const child = all.findIndex((n) => n.parent === from);
          return child >= 0 ? child : null;
        }
        case 'ArrowLeft':
          return node.level === 2 ? node.parent : null;
        default:
          return null;
      }
    },
  };
}

/**
 * The WAI-ARIA APG grid, for `rows` by `columns` cells numbered row by row: the arrows move one cell
 * and stop at the edges (a grid does not wrap), Home and End go to the first and last cell of the
 * row, Ctrl+Home and Ctrl+End to the first and last cell of the grid. In right-to-left text, Left
 * and Right swap.
 */
export function gridStrategy(size: () => { rows: number; columns: number }): RovingStrategy {
  return {
    ctrlHomeEnd: true,
    next(key, from, rtl) {
      const { rows, columns } = size();
      const count = rows * columns;
      if (count === 0) return null;
      if (from < 0 || from >= count) return 0;
      const row = Math.floor(from / columns);
      const column = from % columns;
      const logical = logicalKey(key, rtl);
      switch (logical) {
        case 'ArrowRight':
          return column < columns - 1 ? from + 1 : null;
        case 'ArrowLeft':
          return column > 0 ? from - 1 : null;
        case 'ArrowDown':
          return row < rows - 1 ? from + columns : null;
        case 'ArrowUp':
          return row > 0 ? from - columns : null;
        case 'Home':
          return row * columns;
        case 'End':
          return row * columns + columns - 1;
        case 'Ctrl+Home':
          return 0;
        case 'Ctrl+End':
          return count - 1;
      }
    },
  };
}
