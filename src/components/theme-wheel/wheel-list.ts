/**
 * The list layout of `<lpc-theme-wheel>`: the same tree, flat (`aria-level` gives the depth, as in
 * the wheel), so each treeitem's name is its own visible text. A view: state comes from the element.
 */
import { html, nothing } from 'lit';
import { itemLabel } from '../../core/framework.js';
import { NO_TEXT, countText, kindName, type WheelNode } from '../../core/wheel-tree.js';
import type { WheelHandlers } from './wheel-svg.js';

export function renderWheelList(label: string, nodes: readonly WheelNode[], selectedIndex: number, on: Pick<WheelHandlers, 'keydown' | 'click' | 'focusin'>) {
  return html`
    <ul class="list" part="list" role="tree" aria-label=${label} @keydown=${on.keydown} @click=${on.click} @focusin=${on.focusin}>
      ${nodes.map((node, index) => {
        const selected = index === selectedIndex ? 'true' : 'false';
        if (!node.item) {
          const noText = node.theme.status === 'no-text-in-source';
          return html`<li role="treeitem" class="list-theme colour-${node.colour}" data-index=${index} tabindex="-1"
            aria-level="1" aria-posinset=${node.posInSet} aria-setsize=${node.setSize} aria-selected=${selected}
            aria-expanded=${noText ? nothing : 'true'}>
            <div class="row row--theme ${noText ? 'row--no-text' : ''}">
              <span class="row-text"><span class="list-title" dir="auto">${node.theme.title}</span>
              <span class="count">${noText ? `${NO_TEXT}. ${node.theme.statusNote ?? ''}` : countText(node.theme)}</span></span>
            </div>
          </li>`;
        }
        const item = node.item;
        return html`<li role="treeitem" class="list-item colour-${node.colour}" data-index=${index} tabindex="-1"
          aria-level="2" aria-posinset=${node.posInSet} aria-setsize=${node.setSize} aria-selected=${selected}>
          <div class="row row--item">
            <span class="code-badge code-badge--${item.kind}">${node.code}</span>
            <span class="row-text"><span dir="auto">${itemLabel(item)}</span>
              <span class="visually-hidden">(${kindName(item)})</span></span>
          </div>
        </li>`;
      })}
    </ul>
  `;
}
