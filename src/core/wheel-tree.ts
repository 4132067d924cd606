/**
 * The theme wheel's tree: each theme (level 1) followed by its items (level 2), with their angles,
 * codes and accessible names. Pure: the wheel and its list layout render the same nodes.
 */
import { itemLabel } from './framework.js';
import type { Framework, FrameworkItem, Theme } from './types.js';
import type { WheelAngles } from './wheel-layout.js';

export interface WheelNode {
  id: string;
  level: 1 | 2;
  /** Index of the theme's node for an item, `null` for a theme. */
  parent: number | null;
  themeIndex: number;
  theme: Theme;
  item?: FrameworkItem;
  /** `B1`, `Q2` ... for items, empty for themes. */
  code: string;
  startAngle: number;
  endAngle: number;
  /** Position in its ring and the ring's size, for aria-posinset / aria-setsize. */
  posInSet: number;
  setSize: number;
  /** Colour name of the theme (a CSS class `colour-<name>`). */
  colour: string;
}

export const NO_TEXT = 'No text in the framework';

export function kindName(item: FrameworkItem): string {
  return item.kind === 'behaviour' ? 'systems leadership behaviour' : 'leadership for personalised care quality';
}

export function countText(theme: Theme): string {
  const b = theme.behaviours.length;
  const q = theme.qualities.length;
  return `${b} ${b === 1 ? 'behaviour' : 'behaviours'} and ${q} ${q === 1 ? 'quality' : 'qualities'}`;
}

/** The nodes in tree order: each theme, then its items. `colourOf` names a theme's colour. */
export function wheelNodes(framework: Framework, angles: WheelAngles, colourOf: (themeId: string, themeIndex: number) => string): WheelNode[] {
  const nodes: WheelNode[] = [];
  const themeCount = framework.themes.length;
  const itemCount = angles.items.length;
  let itemPosition = 0;
  framework.themes.forEach((theme, themeIndex) => {
    const span = angles.themes[themeIndex];
    const colour = colourOf(theme.id, themeIndex);
    const parent = nodes.length;
    nodes.push({ id: theme.id, level: 1, parent: null, themeIndex, theme, code: '', startAngle: span.startAngle, endAngle: span.endAngle, posInSet: themeIndex + 1, setSize: themeCount, colour });
    for (const itemSpan of angles.items) {
      if (itemSpan.themeIndex !== themeIndex) continue;
      nodes.push({
        id: itemSpan.item.id, level: 2, parent, themeIndex, theme, item: itemSpan.item, code: itemSpan.code,
        startAngle: itemSpan.startAngle, endAngle: itemSpan.endAngle, posInSet: ++itemPosition, setSize: itemCount, colour,
      });
    }
  });
  return nodes;
}

/** A node's accessible name, e.g. "B1 Authenticity (systems leadership behaviour, Being)". */
export function wheelNodeName(node: WheelNode): string {
  if (!node.item) return `${node.theme.title}: ${node.theme.status === 'no-text-in-source' ? NO_TEXT.toLowerCase() : countText(node.theme)}`;
  return `${node.code} ${itemLabel(node.item)} (${kindName(node.item)}, ${node.theme.title})`;
}
