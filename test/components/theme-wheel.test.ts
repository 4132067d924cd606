import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/theme-wheel/index.js';
import '../../src/components/behaviour-card/index.js';
import { connectExplore } from '../../demo/explore.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { LpcThemeWheel } from '../../src/components/theme-wheel/theme-wheel.js';
import { treeStrategy, type TreeNode } from '../../src/controllers/roving-focus.js';
import { LpcSelectEvent } from '../../src/events/select-event.js';
import { hostileFramework, hostileText, largeFramework, realFramework, tinyFramework } from '../../data/examples/frameworks.js';
import type { Framework } from '../../src/core/types.js';

interface Mounted {
  wheel: LpcThemeWheel;
  host: HTMLElement;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

/** Mounts a wheel inside a provider, in a box of the given width and font size. */
async function mount(framework: Framework = realFramework, width = 1000, fontSize = 16, attrs = ''): Promise<Mounted> {
  const host = await fixture<HTMLElement>(html`
    <div style="width: ${width}px; font-size: ${fontSize}px; font-family: arial, sans-serif; line-height: 1.5">
      <button class="before">Before</button>
      <lpc-framework><lpc-theme-wheel></lpc-theme-wheel></lpc-framework>
      <button class="after">After</button>
    </div>
  `);
  const provider = host.querySelector('lpc-framework') as LpcFramework;
  const wheel = host.querySelector('lpc-theme-wheel') as LpcThemeWheel;
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [name, value] = attr.split('=');
    wheel.setAttribute(name, value ?? '');
  }
  provider.framework = framework;
  await waitUntil(() => wheel.shadowRoot!.querySelector('[role="tree"]'), 'the tree did not render');
  await waitUntil(() => wheel.nodes.length > 0);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await wheel.updateComplete;
  return { wheel, host, before: host.querySelector('.before')!, after: host.querySelector('.after')! };
}

const tree = (wheel: LpcThemeWheel) => wheel.shadowRoot!.querySelector('[role="tree"]')!;
const treeitems = (wheel: LpcThemeWheel) => [...wheel.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const focused = (wheel: LpcThemeWheel) => wheel.shadowRoot!.activeElement;
const name = (el: Element | null) => el?.getAttribute('aria-label') ?? el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const nodeId = (wheel: LpcThemeWheel, el: Element | null) => wheel.nodes[Number(el?.getAttribute('data-index'))]?.id;

async function press(key: string) {
  await sendKeys({ press: key });
}

async function axe(el: Element) {
  const result = await window.axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Focuses the tree with Tab from the button before it (and the layout button). */
async function tabIntoTree(m: Mounted) {
  m.before.focus();
  await press('Tab');
  if (!focused(m.wheel)?.matches('[role="treeitem"]')) await press('Tab');
}

function boxesIntersect(a: DOMRect, b: DOMRect) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('<lpc-theme-wheel>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('accessibility', () => {
    it('is a tree of 4 themes (level 1) and 27 items (level 2), each named', async () => {
      const { wheel } = await mount();
      expect(wheel.showingWheel).to.equal(true);
      expect(tree(wheel).getAttribute('aria-label')).to.equal('Themes and items of the framework');
      const items = treeitems(wheel);
      expect(items).to.have.length(31);
      const themes = items.filter((item) => item.getAttribute('aria-level') === '1');
      expect(themes.map((t) => name(t).split(':')[0])).to.deep.equal(['Being', 'Relating and communicating', 'Leading and visioning', 'Delivering']);
      expect(name(themes[0])).to.equal('Being: 3 behaviours and 6 qualities');
      expect(items.filter((item) => item.getAttribute('aria-level') === '2')).to.have.length(27);
      expect(name(items[1])).to.equal('B1 Authenticity (systems leadership behaviour, Being)');
      expect(name(items[4])).to.match(/^Q1 Personal commitment and connection to personalised care .*\(leadership for personalised care quality, Being\)$/);
      expect(items[0].getAttribute('aria-expanded')).to.equal('true');
      expect(items[1].getAttribute('aria-posinset')).to.equal('1');
      expect(items[1].getAttribute('aria-setsize')).to.equal('27');
    });

    it('draws Leading and visioning and says in words that the framework has no text for it', async () => {
      const { wheel } = await mount();
      const leading = treeitems(wheel).find((item) => name(item).startsWith('Leading and visioning'))!;
      expect(name(leading)).to.equal('Leading and visioning: no text in the framework');
      expect(leading.hasAttribute('aria-expanded')).to.equal(false);
      expect(leading.querySelector('.segment--no-text')).to.not.equal(null);
      const labelText = wheel.shadowRoot!.querySelector('.labels')!.textContent!;
      expect(labelText).to.include('No text in the framework');
      const notes = wheel.shadowRoot!.querySelector('[part="notes"]')!.textContent!;
      expect(notes).to.include('The framework names this theme but gives no behaviours or qualities under it');
    });

    it('marks behaviours and qualities apart without colour: B and Q labels and a key', async () => {
      const { wheel } = await mount();
      const codes = [...wheel.shadowRoot!.querySelectorAll('.code')].map((c) => c.textContent);
      expect(codes.slice(0, 9)).to.deep.equal(['B1', 'B2', 'B3', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
      const legend = wheel.shadowRoot!.querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ');
      expect(legend).to.include('systems leadership behaviours');
      expect(legend).to.include('leadership for personalised care qualities');
      expect(legend).to.include('no text in the framework');
    });

    for (const [label, framework, width] of [
      ['real framework, wheel', realFramework, 1000],
      ['real framework, list', realFramework, 320],
      ['tiny framework', tinyFramework, 800],
      ['large framework (12 x 30)', largeFramework(12, 30), 1280],
      ['hostile text', hostileFramework, 1000],
    ] as Array<[string, Framework, number]>) {
      it(`has no axe violations: ${label}`, async () => {
        const { wheel } = await mount(framework, width);
        expect(await axe(wheel)).to.deep.equal([]);
      });
    }

    it('lists every theme and item as text on request ("Show as a list"), and goes back', async () => {
      const { wheel } = await mount();
      const toggle = wheel.shadowRoot!.querySelector<HTMLButtonElement>('[part="layout-toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Show as a list');
      toggle.click();
      await wheel.updateComplete;
      expect(wheel.showingWheel).to.equal(false);
      const list = wheel.shadowRoot!.querySelector('[part="list"]')!;
      const text = list.textContent!.replace(/\s+/g, ' ');
      for (const theme of realFramework.themes) {
        expect(text).to.include(theme.title);
        for (const b of theme.behaviours) expect(text).to.include(b.heading);
        for (const q of theme.qualities) expect(text).to.include(q.text);
      }
      expect(text).to.include(realFramework.themes[2].statusNote!);
      expect(await axe(wheel)).to.deep.equal([]);
      toggle.click();
      await wheel.updateComplete;
      expect(wheel.showingWheel).to.equal(true);
      expect(toggle.textContent!.trim()).to.equal('Show as a list');
    });

    it('shows hostile text as plain text: no markup, no script, RTL text intact', async () => {
      (window as unknown as { __lpcHacked?: boolean }).__lpcHacked = undefined;
      const { wheel } = await mount(hostileFramework, 1000, 16, 'layout=list');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(wheel.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __lpcHacked?: boolean }).__lpcHacked).to.equal(undefined);
      const text = wheel.shadowRoot!.textContent!;
      expect(text).to.include(hostileText.markup);
      expect(text).to.include(hostileText.rtl);
      expect(text).to.include(hostileText.longWord);
      // The 2,000-character word wraps inside the element instead of widening the page.
      expect(wheel.scrollWidth).to.be.at.most(wheel.clientWidth + 1);
    });
  });

  describe('keyboard (tree view pattern)', () => {
    it('Tab enters the tree once, on the first theme, and the next Tab leaves it', async () => {
      const m = await mount();
      await tabIntoTree(m);
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being');
      expect(treeitems(m.wheel).filter((item) => item.getAttribute('tabindex') === '0')).to.have.length(1);
      await press('Tab');
      expect(document.activeElement).to.equal(m.after);
    });

    it('Tab enters on the selected node when there is one', async () => {
      const m = await mount();
      m.wheel.selected = 'relating.trust';
      await m.wheel.updateComplete;
      await tabIntoTree(m);
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('relating.trust');
    });

    it('Down and Up move round the ring of themes, wrapping at the ends', async () => {
      const m = await mount();
      await tabIntoTree(m);
      await press('ArrowDown');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('relating');
      await press('ArrowDown');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('leading');
      await press('ArrowUp');
      await press('ArrowUp');
      await press('ArrowUp');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('delivering');
      await press('ArrowDown');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being');
    });

    it('Right goes into the item ring, Left back out to the theme', async () => {
      const m = await mount();
      await tabIntoTree(m);
      await press('ArrowRight');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being.authenticity');
      await press('ArrowRight');
      expect(nodeId(m.wheel, focused(m.wheel)), 'Right on an item does nothing').to.equal('being.authenticity');
      await press('ArrowLeft');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being');
      await press('ArrowLeft');
      expect(nodeId(m.wheel, focused(m.wheel)), 'Left on a theme does nothing').to.equal('being');
    });

    it('Down and Up move round the item ring, across themes, skipping Leading (no items)', async () => {
      const m = await mount();
      m.wheel.selected = 'relating.q6';
      await m.wheel.updateComplete;
      await tabIntoTree(m);
      await press('ArrowDown');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('delivering.ownership-and-accountability');
      await press('ArrowUp');
      await press('ArrowUp');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('relating.q5');
      await press('ArrowLeft');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('relating');
    });

    it('Right on a theme without items does nothing', async () => {
      const m = await mount();
      m.wheel.selected = 'leading';
      await m.wheel.updateComplete;
      await tabIntoTree(m);
      await press('ArrowRight');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('leading');
    });

    it('Home and End go to the first and last node of the current ring', async () => {
      const m = await mount();
      await tabIntoTree(m);
      await press('End');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('delivering');
      await press('Home');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being');
      await press('ArrowRight');
      await press('End');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('delivering.q6');
      await press('Home');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being.authenticity');
    });

    it('Enter selects the focused node and fires lpc-select', async () => {
      const m = await mount();
      await tabIntoTree(m);
      await press('ArrowRight');
      setTimeout(() => void press('Enter'));
      const event = await oneEvent(m.wheel, 'lpc-select');
      expect(event).to.be.instanceOf(LpcSelectEvent);
      expect(event.detail).to.deep.equal({ themeId: 'being', itemId: 'being.authenticity' });
      await m.wheel.updateComplete;
      expect(m.wheel.selected).to.equal('being.authenticity');
      expect(m.wheel.getAttribute('selected')).to.equal('being.authenticity');
      expect(focused(m.wheel)!.getAttribute('aria-selected')).to.equal('true');
    });

    it('Space selects a theme: itemId is null', async () => {
      const m = await mount();
      await tabIntoTree(m);
      await press('ArrowDown');
      setTimeout(() => void press('Space'));
      const event = await oneEvent(m.wheel, 'lpc-select');
      expect(event.detail).to.deep.equal({ themeId: 'relating', itemId: null });
      expect(m.wheel.selected).to.equal('relating');
    });

    it('Escape clears the selection and fires lpc-select with nulls', async () => {
      const m = await mount();
      m.wheel.selected = 'being.q2';
      await m.wheel.updateComplete;
      await tabIntoTree(m);
      setTimeout(() => void press('Escape'));
      const event = await oneEvent(m.wheel, 'lpc-select');
      expect(event.detail).to.deep.equal({ themeId: null, itemId: null });
      await m.wheel.updateComplete;
      expect(m.wheel.selected).to.equal(null);
      expect(m.wheel.hasAttribute('selected')).to.equal(false);
      expect(treeitems(m.wheel).filter((item) => item.getAttribute('aria-selected') === 'true')).to.deep.equal([]);
    });

    it('works the same in the list layout', async () => {
      const m = await mount(realFramework, 1000, 16, 'layout=list');
      expect(m.wheel.showingWheel).to.equal(false);
      await tabIntoTree(m);
      expect(focused(m.wheel)!.tagName).to.equal('LI');
      await press('ArrowRight');
      await press('ArrowDown');
      expect(nodeId(m.wheel, focused(m.wheel))).to.equal('being.mindset');
      setTimeout(() => void press('Enter'));
      const event = await oneEvent(m.wheel, 'lpc-select');
      expect(event.detail.itemId).to.equal('being.mindset');
    });

    it('shows the NHS yellow focus ring on keyboard focus, not on a click', async () => {
      const m = await mount();
      await tabIntoTree(m);
      await m.wheel.updateComplete;
      const ring = m.wheel.shadowRoot!.querySelector('.focus-ring__inner');
      expect(ring).to.not.equal(null);
      expect(getComputedStyle(ring!).stroke).to.equal('rgb(255, 235, 59)');
      expect(getComputedStyle(m.wheel.shadowRoot!.querySelector('.focus-ring__outer')!).stroke).to.equal('rgb(33, 43, 50)');
      await press('ArrowRight');
      await m.wheel.updateComplete;
      expect(m.wheel.shadowRoot!.querySelector('.focus-ring path')!.getAttribute('d')).to.equal(
        focused(m.wheel)!.querySelector('.segment')!.getAttribute('d'),
      );
      await clickNode(m.wheel, 'being.q3');
      await m.wheel.updateComplete;
      expect(m.wheel.shadowRoot!.querySelector('.focus-ring')).to.equal(null);
    });

    it('swaps Left and Right in right-to-left text (pure rule)', () => {
      const nodes: TreeNode[] = [{ level: 1, parent: null }, { level: 2, parent: 0 }, { level: 1, parent: null }];
      const nextNode = (all: TreeNode[], from: number, key: 'ArrowLeft' | 'ArrowRight', rtl: boolean) => treeStrategy(() => all).next(key, from, rtl);
      expect(nextNode(nodes, 0, 'ArrowLeft', true)).to.equal(1);
      expect(nextNode(nodes, 1, 'ArrowRight', true)).to.equal(0);
      expect(nextNode(nodes, 0, 'ArrowRight', false)).to.equal(1);
      expect(nextNode(nodes, 2, 'ArrowRight', false)).to.equal(null);
    });
  });

  describe('pointer and touch', () => {
    it('a click on an item segment selects it and fires lpc-select', async () => {
      const { wheel } = await mount();
      const selecting = oneEvent(wheel, 'lpc-select');
      await clickNode(wheel, 'delivering.q2');
      const event = await selecting;
      expect(event.detail).to.deep.equal({ themeId: 'delivering', itemId: 'delivering.q2' });
      expect(wheel.selected).to.equal('delivering.q2');
      expect(nodeId(wheel, focused(wheel))).to.equal('delivering.q2');
    });

    it('a click on a theme segment or its label selects the theme', async () => {
      const { wheel } = await mount();
      let selecting = oneEvent(wheel, 'lpc-select');
      await clickNode(wheel, 'leading');
      expect((await selecting).detail).to.deep.equal({ themeId: 'leading', itemId: null });
      selecting = oneEvent(wheel, 'lpc-select');
      const label = [...wheel.shadowRoot!.querySelectorAll('.label')].find((l) => l.textContent!.includes('Being'))!;
      const rect = label.querySelector('text')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
      expect((await selecting).detail).to.deep.equal({ themeId: 'being', itemId: null });
    });
  });

  describe('hover and focus feedback', () => {
    it("names the segment under the pointer and the focused one in the readout", async () => {
      const m = await mount();
      const readout = () => m.wheel.shadowRoot!.querySelector('[part="readout"]')!.textContent!.trim();
      expect(readout()).to.equal('Point at or tab to a segment to see its name.');
      const index = m.wheel.nodes.findIndex((node) => node.id === 'relating.trust');
      m.wheel.shadowRoot!.querySelector(`[role="treeitem"][data-index="${index}"] .segment`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await m.wheel.updateComplete;
      expect(readout()).to.match(/^B\d+ Trust \(systems leadership behaviour, Relating and communicating\)$/);
      tree(m.wheel).dispatchEvent(new PointerEvent('pointerleave'));
      await m.wheel.updateComplete;
      await tabIntoTree(m);
      await press('ArrowRight');
      await m.wheel.updateComplete;
      expect(readout()).to.equal('B1 Authenticity (systems leadership behaviour, Being)');
    });
  });

  describe('events and properties', () => {
    it('setting selected (property or attribute) selects without firing lpc-select', async () => {
      const { wheel } = await mount();
      let fired = 0;
      wheel.addEventListener('lpc-select', () => fired++);
      wheel.selected = 'being.mindset';
      await wheel.updateComplete;
      expect(wheel.getAttribute('selected')).to.equal('being.mindset');
      expect(treeitems(wheel).find((i) => i.getAttribute('aria-selected') === 'true')!.getAttribute('aria-label')).to.match(/^B2 Mindset/);
      wheel.setAttribute('selected', 'delivering');
      await wheel.updateComplete;
      expect(wheel.selected).to.equal('delivering');
      wheel.selected = null;
      await wheel.updateComplete;
      expect(wheel.hasAttribute('selected')).to.equal(false);
      expect(fired).to.equal(0);
    });

    it('lpc-select bubbles out of the shadow root and the provider', async () => {
      const m = await mount();
      const selecting = oneEvent(m.host, 'lpc-select');
      await clickNode(m.wheel, 'being.q1');
      const event = await selecting;
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('a page can veto a selection with preventDefault()', async () => {
      const { wheel } = await mount();
      wheel.selected = 'being';
      await wheel.updateComplete;
      wheel.addEventListener('lpc-select', (event) => event.preventDefault(), { once: true });
      await clickNode(wheel, 'relating');
      await wheel.updateComplete;
      expect(wheel.selected).to.equal('being');
    });

    it('an unknown selected id selects nothing', async () => {
      const { wheel } = await mount();
      wheel.selected = 'no.such-item';
      await wheel.updateComplete;
      expect(treeitems(wheel).filter((i) => i.getAttribute('aria-selected') === 'true')).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('at 320 px it is a list whose labels do not intersect or clip (getBoundingClientRect)', async () => {
      const { wheel } = await mount(realFramework, 320, 16);
      expect(wheel.showingWheel).to.equal(false);
      const host = wheel.getBoundingClientRect();
      const rows = [...wheel.shadowRoot!.querySelectorAll('.row')].map((row) => row.getBoundingClientRect());
      expect(rows.length).to.equal(31);
      for (let i = 0; i < rows.length; i++) {
        expect(rows[i].left).to.be.at.least(host.left - 0.5);
        expect(rows[i].right).to.be.at.most(host.right + 0.5);
        for (let j = i + 1; j < rows.length; j++) expect(boxesIntersect(rows[i], rows[j]), `rows ${i} and ${j}`).to.equal(false);
      }
      expect(parseFloat(getComputedStyle(wheel.shadowRoot!.querySelector('.row')!).fontSize)).to.be.at.least(16);
    });

    for (const fontSize of [16, 32]) {
      it(`from 320 to 1280 px at ${fontSize} px text, wheel labels never intersect or clip, and text is never scaled down`, async () => {
        const m = await mount(realFramework, 320, fontSize);
        const box = m.host;
        let wheels = 0;
        for (let width = 320; width <= 1280; width += 80) {
          box.style.width = `${width}px`;
          await waitUntil(() => Math.abs(m.wheel.getBoundingClientRect().width - width) < 1);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          await m.wheel.updateComplete;
          if (!m.wheel.showingWheel) continue;
          wheels++;
          const host = m.wheel.getBoundingClientRect();
          const svg = m.wheel.shadowRoot!.querySelector('svg.wheel')!;
          // Drawn at 1:1: the SVG's size equals its viewBox, so 1 em of text is fontSize px.
          expect(svg.getBoundingClientRect().width).to.be.closeTo((svg as SVGSVGElement).viewBox.baseVal.width, 1.5);
          const labels = [...m.wheel.shadowRoot!.querySelectorAll('.label-text')].map((t) => t.getBoundingClientRect());
          expect(labels).to.have.length(4);
          for (let i = 0; i < labels.length; i++) {
            expect(labels[i].left, `${width} px`).to.be.at.least(host.left - 0.5);
            expect(labels[i].right, `${width} px`).to.be.at.most(host.right + 0.5);
            for (let j = i + 1; j < labels.length; j++) expect(boxesIntersect(labels[i], labels[j]), `${width} px: labels ${i}, ${j}`).to.equal(false);
          }
          expect(m.wheel.scrollWidth).to.be.at.most(m.wheel.clientWidth + 1);
        }
        expect(wheels, 'the wheel showed at some width').to.be.greaterThan(0);
      });
    }

    it('switches to a list when the text gets bigger (200 % text zoom), and back', async () => {
      const m = await mount(realFramework, 640, 16);
      expect(m.wheel.showingWheel).to.equal(true);
      m.host.style.fontSize = '32px';
      await waitUntil(() => !m.wheel.showingWheel, 'did not switch to a list at 32 px text');
      m.host.style.fontSize = '16px';
      await waitUntil(() => m.wheel.showingWheel, 'did not switch back to the wheel');
    });

    it('at 200 % text (32 px) from 320 to 1280 px, a wheel shows all 27 B/Q codes, else it is the list', async () => {
      const m = await mount(realFramework, 320, 32);
      for (let width = 320; width <= 1280; width += 160) {
        m.host.style.width = `${width}px`;
        await waitUntil(() => Math.abs(m.wheel.getBoundingClientRect().width - width) < 1);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await m.wheel.updateComplete;
        if (m.wheel.showingWheel) {
          expect(m.wheel.shadowRoot!.querySelectorAll('.code'), `${width} px`).to.have.length(27);
        } else {
          expect(m.wheel.shadowRoot!.querySelectorAll('.list .code-badge'), `${width} px`).to.have.length(27);
        }
      }
    });

    it('draws the large framework (12 themes x 30 items) as a wheel at 1280 px', async () => {
      const { wheel } = await mount(largeFramework(12, 30), 1280, 16);
      expect(wheel.showingWheel).to.equal(true);
      expect(treeitems(wheel)).to.have.length(12 + 360);
    });
  });

  describe('together with cards (Explore the framework)', () => {
    it("selecting on the wheel shows that theme's or item's cards, and says so to screen readers", async () => {
      const m = await mount();
      const panel = document.createElement('div');
      m.wheel.after(panel);
      connectExplore(m.wheel, panel);
      const cards = () => [...panel.querySelectorAll('lpc-behaviour-card')].map((c) => `${c.getAttribute('item')}${c.hasAttribute('compact') ? ' (compact)' : ''}`);
      expect(cards()).to.deep.equal([]);
      expect(panel.textContent).to.include('Select a theme or an item on the wheel');

      await clickNode(m.wheel, 'relating.trust');
      await waitUntil(() => cards().length === 1);
      expect(cards()).to.deep.equal(['relating.trust']);
      const status = panel.previousElementSibling!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('Showing Trust below the wheel.');

      await clickNode(m.wheel, 'being');
      await waitUntil(() => cards().length > 1);
      expect(cards()[0]).to.equal('being');
      expect(cards().slice(1)).to.have.length(9);
      expect(cards()[1]).to.equal('being.authenticity (compact)');
      expect(status.textContent).to.equal('Showing the Being theme and its 9 items below the wheel.');

      await clickNode(m.wheel, 'leading');
      await waitUntil(() => cards().length === 1);
      expect(cards()).to.deep.equal(['leading']);
    });
  });

  describe('together with cards on a wide screen', () => {
    it('at 1280 px the cards sit beside the wheel, so a selection changes what is in view', async () => {
      const m = await mount(realFramework, 1280);
      const panel = document.createElement('div');
      m.wheel.after(panel);
      connectExplore(m.wheel, panel);
      // The wheel now has one column: let it measure and redraw before clicking it.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await m.wheel.updateComplete;
      await clickNode(m.wheel, 'relating.trust');
      await waitUntil(() => panel.querySelector('lpc-behaviour-card'));
      const wheelBox = m.wheel.getBoundingClientRect();
      const panelBox = panel.getBoundingClientRect();
      expect(panelBox.left).to.be.at.least(wheelBox.right - 1);
      expect(panelBox.top).to.be.below(wheelBox.bottom);
      expect(panelBox.top).to.be.below(window.innerHeight);
      expect(panel.previousElementSibling!.textContent).to.equal('Showing Trust beside the wheel.');
    });
  });

  describe('motion', () => {
    it('has no transitions when the user prefers reduced motion', async () => {
      const { wheel } = await mount();
      const segment = wheel.shadowRoot!.querySelector('.segment')!;
      expect(getComputedStyle(segment).transitionDuration).to.equal('0.15s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(segment).transitionDuration).to.equal('0s');
    });
  });
});

/** Clicks the middle of a node's segment with the real mouse. */
async function clickNode(wheel: LpcThemeWheel, id: string) {
  const index = wheel.nodes.findIndex((node) => node.id === id);
  const node = wheel.shadowRoot!.querySelector(`[role="treeitem"][data-index="${index}"]`) as SVGGElement;
  const path = node.querySelector('.segment') as SVGPathElement;
  // The point of the segment nearest the middle of all its points (inside even for a curved segment).
  const bbox = path.getBBox();
  const points: DOMPoint[] = [];
  for (let i = 0; i <= 24; i++) {
    for (let j = 0; j <= 24; j++) {
      const p = new DOMPoint(bbox.x + (bbox.width * i) / 24, bbox.y + (bbox.height * j) / 24);
      if (path.isPointInFill(p)) points.push(p);
    }
  }
  const mean = { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
  const inside = points.reduce((a, b) => (Math.hypot(a.x - mean.x, a.y - mean.y) <= Math.hypot(b.x - mean.x, b.y - mean.y) ? a : b));
  const matrix = path.getScreenCTM()!;
  const screen = new DOMPoint(inside.x, inside.y).matrixTransform(matrix);
  const hit = wheel.shadowRoot!.elementFromPoint(screen.x, screen.y);
  expect(hit?.closest('[role="treeitem"]'), `the point is inside ${id}`).to.equal(node);
  await sendMouse({ type: 'click', position: [Math.round(screen.x), Math.round(screen.y)] });
}
