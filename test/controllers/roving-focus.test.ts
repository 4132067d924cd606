import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingFocusController, lineStrategy, treeStrategy, type TreeNode } from '../../src/controllers/roving-focus.js';

describe('roving focus', () => {
  describe('line strategy (rating, radar)', () => {
    const line = lineStrategy(() => 5);
    it('ArrowRight goes to the next item and wraps', () => {
      expect(line.next('ArrowRight', 1, false)).to.equal(2);
      expect(line.next('ArrowRight', 4, false)).to.equal(0);
    });
    it('ArrowLeft goes to the previous item and wraps', () => {
      expect(line.next('ArrowLeft', 1, false)).to.equal(0);
      expect(line.next('ArrowLeft', 0, false)).to.equal(4);
    });
    it('ArrowDown goes to the next item, in either direction of text', () => {
      expect(line.next('ArrowDown', 2, false)).to.equal(3);
      expect(line.next('ArrowDown', 2, true)).to.equal(3);
      expect(line.next('ArrowDown', 4, false)).to.equal(0);
    });
    it('ArrowUp goes to the previous item, in either direction of text', () => {
      expect(line.next('ArrowUp', 2, false)).to.equal(1);
      expect(line.next('ArrowUp', 2, true)).to.equal(1);
      expect(line.next('ArrowUp', 0, false)).to.equal(4);
    });
    it('Home goes to the first item', () => {
      expect(line.next('Home', 3, false)).to.equal(0);
    });
    it('End goes to the last item', () => {
      expect(line.next('End', 1, false)).to.equal(4);
    });
    it('swaps Left and Right in right-to-left text', () => {
      expect(line.next('ArrowLeft', 1, true)).to.equal(2);
      expect(line.next('ArrowRight', 1, true)).to.equal(0);
    });
    it('does nothing in an empty group', () => {
      expect(lineStrategy(() => 0).next('ArrowDown', 0, false)).to.equal(null);
    });
  });

  describe('tree strategy (wheel)', () => {
    // Two themes (0 and 3), each with two items.
    const nodes: TreeNode[] = [
      { level: 1, parent: null },
      { level: 2, parent: 0 },
      { level: 2, parent: 0 },
      { level: 1, parent: null },
      { level: 2, parent: 3 },
      { level: 2, parent: 3 },
    ];
    const tree = treeStrategy(() => nodes);
    it('ArrowDown goes round the current ring, wrapping', () => {
      expect(tree.next('ArrowDown', 0, false)).to.equal(3);
      expect(tree.next('ArrowDown', 3, false)).to.equal(0);
      expect(tree.next('ArrowDown', 2, false)).to.equal(4);
      expect(tree.next('ArrowDown', 5, false)).to.equal(1);
    });
    it('ArrowUp goes back round the current ring, wrapping', () => {
      expect(tree.next('ArrowUp', 0, false)).to.equal(3);
      expect(tree.next('ArrowUp', 1, false)).to.equal(5);
    });
    it('ArrowRight goes into the first child of a theme, and does nothing on an item', () => {
      expect(tree.next('ArrowRight', 3, false)).to.equal(4);
      expect(tree.next('ArrowRight', 4, false)).to.equal(null);
    });
    it('ArrowLeft goes out to the parent theme, and does nothing on a theme', () => {
      expect(tree.next('ArrowLeft', 5, false)).to.equal(3);
      expect(tree.next('ArrowLeft', 0, false)).to.equal(null);
    });
    it('Home and End go to the ends of the current ring', () => {
      expect(tree.next('Home', 5, false)).to.equal(1);
      expect(tree.next('End', 1, false)).to.equal(5);
      expect(tree.next('Home', 3, false)).to.equal(0);
      expect(tree.next('End', 0, false)).to.equal(3);
    });
    it('swaps Left and Right in right-to-left text', () => {
      expect(tree.next('ArrowLeft', 0, true)).to.equal(1);
      expect(tree.next('ArrowRight', 1, true)).to.equal(0);
    });
    it('starts at the first node from an unknown one', () => {
      expect(tree.next('ArrowDown', 99, false)).to.equal(0);
    });
  });

  describe('controller', () => {
    class RovingTestGroup extends LitElement {
      @property({ type: Array }) disabledItems: number[] = [];
      @property({ type: Number }) selected = -1;
      moves: number[] = [];
      activated: number[] = [];
      readonly roving = new RovingFocusController(this, {
        items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button')],
        strategy: lineStrategy(() => 5),
        selected: () => this.selected,
        onMove: (index) => this.moves.push(index),
        onActivate: (index) => this.activated.push(index),
      });
      protected override render() {
        return html`<div @keydown=${this.roving.handleKeydown}>
          ${[0, 1, 2, 3, 4].map((i) => html`<button tabindex="-1" aria-disabled=${this.disabledItems.includes(i) ? 'true' : 'false'}>${i}</button>`)}
        </div>`;
      }
    }
    customElements.define('roving-test-group', RovingTestGroup);

    const buttons = (el: RovingTestGroup) => [...el.shadowRoot!.querySelectorAll('button')];
    const focusedIndex = (el: RovingTestGroup) => buttons(el).indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);

    it('puts exactly one item in the tab order: the first enabled one, or the selected one', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group .disabledItems=${[0]}></roving-test-group>`);
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
      el.selected = 3;
      await el.updateComplete;
      expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1]);
    });

    it('moves focus with the keys and tells the host', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group></roving-test-group>`);
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIndex(el)).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focusedIndex(el)).to.equal(4);
      expect(buttons(el)[4].tabIndex).to.equal(0);
      expect(buttons(el)[1].tabIndex).to.equal(-1);
      expect(el.moves).to.deep.equal([1, 4]);
    });

    it('skips disabled items, for arrows, Home and End', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group .disabledItems=${[0, 2, 4]}></roving-test-group>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIndex(el)).to.equal(3);
      await sendKeys({ press: 'ArrowRight' }); // 4 disabled, wraps past 0 to 1
      expect(focusedIndex(el)).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focusedIndex(el)).to.equal(3);
      await sendKeys({ press: 'Home' });
      expect(focusedIndex(el)).to.equal(1);
    });

    it('follows right-to-left text', async () => {
      const wrapper = await fixture<HTMLDivElement>(testHtml`<div dir="rtl"><roving-test-group></roving-test-group></div>`);
      const el = wrapper.querySelector('roving-test-group') as RovingTestGroup;
      await el.updateComplete;
      buttons(el)[2].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedIndex(el)).to.equal(3);
    });

    it('Enter activates the focused item', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group></roving-test-group>`);
      buttons(el)[2].focus();
      await sendKeys({ press: 'Enter' });
      expect(el.activated).to.deep.equal([2]);
      expect(el.moves).to.deep.equal([]);
    });

    it('Space activates the focused item', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group></roving-test-group>`);
      buttons(el)[3].focus();
      await sendKeys({ press: 'Space' });
      expect(el.activated).to.deep.equal([3]);
    });

    it('never activates a disabled item', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group .disabledItems=${[1]}></roving-test-group>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(el.activated).to.deep.equal([]);
    });

    it('ignores keys with a modifier and keys it does not handle', async () => {
      const el = await fixture<RovingTestGroup>(testHtml`<roving-test-group></roving-test-group>`);
      buttons(el)[0].focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ press: 'a' });
      expect(focusedIndex(el)).to.equal(0);
      expect(el.moves).to.deep.equal([]);
    });
  });
});
