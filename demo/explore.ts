// "Explore the framework": selecting on the wheel shows that theme's or item's cards.
// Shared by the demo page and the Explore story. Builds elements with the DOM API (no HTML
// strings), so framework text is only ever text.
import type { LpcThemeWheel } from '../src/components/theme-wheel/theme-wheel.js';
import { allItems, findTheme, itemLabel, themeItems } from '../src/core/framework.js';

function card(item: string, headingLevel: number, compact = false): HTMLElement {
  const el = document.createElement('lpc-behaviour-card');
  el.setAttribute('item', item);
  el.setAttribute('heading-level', String(headingLevel));
  if (compact) el.setAttribute('compact', '');
  return el;
}

/** Replaces the content of `panel` with the cards for the selected theme or item. */
export function showCards(panel: HTMLElement, wheel: LpcThemeWheel, selected: string | null): void {
  const framework = wheel.framework;
  const theme = framework && selected ? findTheme(framework, selected) : undefined;
  const children: HTMLElement[] = [];
  if (!selected || !framework) {
    const hint = document.createElement('p');
    hint.textContent = 'Select a theme or an item on the wheel (click, tap, or use the arrow keys and Enter) to read it here.';
    children.push(hint);
  } else if (theme) {
    children.push(card(theme.id, 3));
    const items = themeItems(theme);
    if (items.length) {
      const grid = document.createElement('div');
      grid.className = 'explore-grid';
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      Object.assign(grid.style, { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))', gap: '16px', marginTop: '16px' });
      for (const item of items) grid.append(card(item.id, 4, true));
      children.push(grid);
    }
  } else {
    children.push(card(selected, 3));
  }
  panel.replaceChildren(...children);
}

/** What a screen reader hears after a selection: what is shown, and where. */
function statusText(wheel: LpcThemeWheel, where: string): string {
  const framework = wheel.framework;
  const id = wheel.selected;
  if (!framework || !id) return 'Nothing selected.';
  const theme = findTheme(framework, id);
  if (theme) {
    const count = themeItems(theme).length;
    return `Showing the ${theme.title} theme${count ? ` and its ${count} items` : ''} ${where} the wheel.`;
  }
  const item = allItems(framework).find((entry) => entry.item.id === id)?.item;
  return `Showing ${item ? itemLabel(item) : id} ${where} the wheel.`;
}

/** Width from which the cards sit beside the wheel instead of below it (px). */
const SIDE_BY_SIDE = 1100;

/**
 * Wires a wheel to a panel: every selection (and the starting one) shows its cards. On wide screens
 * the cards sit beside the wheel, so a selection changes what is in view; below that they follow the
 * wheel (the page does not scroll away from the wheel; the status message says where they are).
 */
export function connectExplore(wheel: LpcThemeWheel, panel: HTMLElement): void {
  // One layout box around the wheel and the panel (CSSOM styles: allowed under a strict CSP).
  const layout = document.createElement('div');
  layout.className = 'explore-layout';
  wheel.before(layout);
  layout.append(wheel, panel);
  Object.assign(layout.style, { display: 'grid', gap: '24px', alignItems: 'start' });
  const sideBySide = () => layout.getBoundingClientRect().width >= SIDE_BY_SIDE;
  const arrange = () => {
    layout.style.gridTemplateColumns = sideBySide() ? 'minmax(0, 3fr) minmax(0, 2fr)' : 'minmax(0, 1fr)';
  };
  new ResizeObserver(arrange).observe(layout);
  arrange();
  // A polite status message, so keyboard and screen reader users know the cards changed.
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  Object.assign(status.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
  panel.before(status);
  const update = () => showCards(panel, wheel, wheel.selected);
  // The event is cancelable, so it fires before the wheel applies the selection: read it after.
  wheel.addEventListener('lpc-select', () =>
    queueMicrotask(() => {
      update();
      status.textContent = statusText(wheel, sideBySide() ? 'beside' : 'below');
    }),
  );
  wheel.closest('lpc-framework')?.addEventListener('lpc-framework-ready', () => void wheel.updateComplete.then(update));
  update();
}

const wheel = document.getElementById('explore-wheel') as LpcThemeWheel | null;
const panel = document.getElementById('explore-cards');
if (wheel && panel) connectExplore(wheel, panel);
