/**
 * Keyboard movement for the wheel, following the WAI-ARIA APG tree view pattern with every node
 * expanded: level 1 is the ring of themes, level 2 the ring of items. Pure, so every key is easy
 * to test; the element only moves focus to the index returned.
 */

export interface TreeNode {
  level: 1 | 2;
  /** Index of the parent theme node for items, `null` for themes. */
  parent: number | null;
}

export type TreeKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isTreeKey(key: string): key is TreeKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
}

/**
 * The node to focus after `key`, or `null` when the key does nothing here.
 * Up/Down go round the current ring (wrapping, as a ring has no end), Right goes into the
 * item ring (first item of the theme), Left goes out to the theme, Home/End go to the first or
 * last node of the current ring. In right-to-left text, Left and Right swap.
 */
export function nextNode(nodes: TreeNode[], current: number, key: TreeKey, rtl = false): number | null {
  const node = nodes[current];
  if (!node) return nodes.length ? 0 : null;
  const ring = nodes.map((n, i) => (n.level === node.level ? i : -1)).filter((i) => i >= 0);
  const position = ring.indexOf(current);
  const logical = rtl && key === 'ArrowLeft' ? 'ArrowRight' : rtl && key === 'ArrowRight' ? 'ArrowLeft' : key;
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
      const child = nodes.findIndex((n) => n.parent === current);
      return child >= 0 ? child : null;
    }
    case 'ArrowLeft':
      return node.level === 2 ? node.parent : null;
  }
}
