import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/gap-chart/index.js';
import type { GapItem, LpcGapChart } from '../../src/components/gap-chart/gap-chart.js';
import { boxesOverlap } from '../../src/core/polar-labels.js';
import { aggregate } from '../../src/core/aggregate.js';
import { realFramework, hostileText } from '../../data/examples/frameworks.js';
import { allNotObserved, NOT_OBSERVED_ITEM } from '../../data/examples/responses.js';

const items: GapItem[] = [
  { id: 'a', label: 'Authenticity', self: 4, others: 3.25, low: 2, high: 5 },
  { id: 'b', label: 'Mindset', self: 2, others: 4.5, low: 4, high: 5 },
  { id: 'c', label: 'Trust', self: null, others: 3.75, low: 3, high: 4 },
  { id: 'd', label: 'Delivery', self: 5, others: null, low: null, high: null },
];

async function mount(rows: GapItem[], width = 800) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><lpc-gap-chart .items=${rows}></lpc-gap-chart></div>`);
  const el = wrapper.querySelector('lpc-gap-chart') as LpcGapChart;
  await el.updateComplete;
  return el;
}
const $$ = (el: LpcGapChart, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Opens "Show the numbers as a table" as a user does (its table is built on first opening). */
async function openTable(el: LpcGapChart) {
  el.shadowRoot!.querySelector('summary')!.click();
  await el.updateComplete;
  return el;
}

describe('<lpc-gap-chart>', () => {
  it('sorts rows by all raters, highest first, items without a score last', async () => {
    const el = await mount(items);
    expect($$(el, '.row[data-item]').map((r) => r.getAttribute('data-item'))).to.deep.equal(['b', 'c', 'a', 'd']);
    el.sort = 'gap';
    await el.updateComplete;
    expect($$(el, '.row[data-item]').map((r) => r.getAttribute('data-item'))).to.deep.equal(['b', 'a', 'c', 'd']);
  });

  it('puts every row\'s grid lines at the scale values and each dot at its value in its series\' colour', async () => {
    const el = await mount(items);
    const stroke = (svg: Element) => getComputedStyle(svg.querySelector('.marker')!).stroke;
    const keys = $$(el, '.legend svg').map(stroke);
    expect(keys[0]).to.not.equal(keys[1]);
    for (const row of $$(el, '.row[data-item]')) {
      const plot = row.querySelector<HTMLElement>('.plot')!;
      const width = plot.getBoundingClientRect().width;
      const at = (child: Element) => (child.getBoundingClientRect().left + child.getBoundingClientRect().width / 2 - plot.getBoundingClientRect().left) / width;
      const grid = [...plot.querySelectorAll('.grid')].map((g) => (g.getBoundingClientRect().left - plot.getBoundingClientRect().left) / width);
      expect(grid.map((x) => x.toFixed(2))).to.deep.equal(['0.00', '0.25', '0.50', '0.75', '1.00']);
      const item = items.find((i) => i.id === row.getAttribute('data-item'))!;
      const self = plot.querySelector('.dot--self');
      const others = plot.querySelector('.dot--others');
      if (item.self !== null) expect(at(self!)).to.be.closeTo((item.self - 1) / 4, 0.01);
      if (item.others !== null) expect(at(others!)).to.be.closeTo((item.others - 1) / 4, 0.01);
      // The same colour as the key's marker for that series.
      if (self) expect(stroke(self)).to.equal(keys[0]);
      if (others) expect(stroke(others)).to.equal(keys[1]);
    }
  });

  it('never draws a missing value as 0: no dot, and the row says "no data"', async () => {
    const el = await mount(items);
    const trust = el.shadowRoot!.querySelector('.row[data-item="c"]')!;
    expect(trust.querySelector('.dot--self')).to.equal(null);
    expect(trust.querySelector('.missing')!.textContent).to.contain('no data');
    expect(trust.querySelector('.plot')!.getAttribute('aria-label')).to.equal('Trust: You (self) no data, All raters 3.8, range 3.0 to 4.0');
    const delivery = el.shadowRoot!.querySelector('.row[data-item="d"]')!;
    expect(delivery.querySelector('.dot--others')).to.equal(null);
    expect(delivery.querySelector('.range')).to.equal(null);
  });

  it('an item every rater marked "not observed" has no others dot', async () => {
    const result = aggregate(realFramework, allNotObserved);
    const rows = result.items.map((i) => ({
      id: i.itemId, label: i.label, self: i.self,
      others: i.allRaters.status === 'shown' ? i.allRaters.mean : null,
      low: i.allRaters.status === 'shown' ? i.allRaters.min : null,
      high: i.allRaters.status === 'shown' ? i.allRaters.max : null,
    }));
    const el = await mount(rows);
    const row = el.shadowRoot!.querySelector(`.row[data-item="${NOT_OBSERVED_ITEM}"]`)!;
    expect(row.querySelector('.dot--others')).to.equal(null);
    expect(row.querySelector('.dot--self')).not.to.equal(null);
  });

  it('tells self from others by marker shape and fill, not only colour', async () => {
    const el = await mount(items);
    const self = el.shadowRoot!.querySelector('.dot--self')!;
    const others = el.shadowRoot!.querySelector('.dot--others')!;
    expect(self.getAttribute('data-marker')).not.to.equal(others.getAttribute('data-marker'));
    expect(getComputedStyle(self.querySelector('path')!).fill).not.to.equal(getComputedStyle(others.querySelector('path')!).fill);
    expect($$(el, '.legend li')).to.have.length(3);
  });

  it('places dots and ranges on the scale, and the table has the same numbers', async () => {
    const el = await openTable(await mount(items));
    for (const row of $$(el, '.row[data-item]')) {
      const id = row.getAttribute('data-item');
      const cells = [...el.shadowRoot!.querySelectorAll(`.data-table tbody tr[data-item="${id}"] td`)].map((td) => td.textContent);
      const self = row.querySelector('.dot--self');
      const others = row.querySelector('.dot--others');
      expect(cells[0]).to.equal(self ? Number(self.getAttribute('data-value')).toFixed(1) : 'no data');
      expect(cells[1]).to.equal(others ? Number(others.getAttribute('data-value')).toFixed(1) : 'no data');
      const range = row.querySelector('.range');
      expect(cells[2]).to.equal(range ? Number(range.getAttribute('data-low')).toFixed(1) : '');
      expect(cells[3]).to.equal(range ? Number(range.getAttribute('data-high')).toFixed(1) : '');
    }
    // Mindset's others dot (4.5 on 1..5) sits 87.5 % of the way along its plot.
    const plot = el.shadowRoot!.querySelector('.row[data-item="b"] .plot')!.getBoundingClientRect();
    const dot = el.shadowRoot!.querySelector('.row[data-item="b"] .dot--others')!.getBoundingClientRect();
    expect((dot.x + dot.width / 2 - plot.x) / plot.width).to.be.closeTo(0.875, 0.01);
  });

  it('at 320 px, labels sit above their plots and nothing overlaps or scrolls sideways', async () => {
    const el = await mount([...items, { id: 'h', label: `${hostileText.markup} ${hostileText.longWord}`, self: 3, others: 3, low: 1, high: 5 }], 320);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const rows = $$(el, '.row[data-item]');
    const boxes: DOMRect[] = [];
    for (const row of rows) {
      const label = row.querySelector('.row__label')!.getBoundingClientRect();
      const plot = row.querySelector('.plot')!.getBoundingClientRect();
      expect(boxesOverlap(label, plot)).to.equal(false);
      expect(label.right).to.be.at.most(el.getBoundingClientRect().right + 1);
      boxes.push(label);
    }
    for (let i = 1; i < boxes.length; i++) expect(boxesOverlap(boxes[i - 1], boxes[i])).to.equal(false);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  for (const [width, fontSize] of [[320, 16], [640, 32]]) {
    it(`at ${width} px and ${fontSize} px text, the table shows every column (Gap included) in view, each value with its header`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px;font-size:${fontSize}px"><lpc-gap-chart table-open .items=${items}></lpc-gap-chart></div>`);
      const el = wrapper.querySelector('lpc-gap-chart') as LpcGapChart;
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const cells = $$(el, '.data-table tbody td') as HTMLElement[];
      expect(cells).to.have.length(items.length * 5);
      for (const cell of cells) {
        const box = cell.getBoundingClientRect();
        expect(box.right, cell.dataset.label).to.be.at.most(host.right + 1);
        expect(box.width, cell.dataset.label).to.be.greaterThan(0);
      }
      const gap = cells.find((c) => c.dataset.label === 'Gap (others minus self)' && c.textContent === '−0.8') ?? cells[4];
      expect(getComputedStyle(gap, '::before').content).to.include('Gap (others minus self)');
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  it('in print, the scale is a table header, so it repeats on every page a long plot runs onto', async () => {
    const el = await mount(items);
    try {
      await emulateMedia({ media: 'print' });
      expect(el.shadowRoot!.querySelector('.chart')!.tagName).to.equal('TABLE');
      expect(el.shadowRoot!.querySelector('.scale')!.tagName, 'Chromium repeats only a real thead').to.equal('THEAD');
      expect(getComputedStyle(el).containerType, 'no header repeats inside a size container').to.equal('normal');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.chart')!).display).to.equal('table');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.scale')!).display).to.equal('table-header-group');
      expect(el.shadowRoot!.querySelector('.scale .tick')!.textContent).to.equal('1');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('builds its table when it is first opened, and keeps it', async () => {
    const el = await mount(items);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('.data-table')).to.equal(null);
    await openTable(el);
    expect(details.open).to.equal(true);
    expect($$(el, '.data-table tbody tr').map((tr) => tr.getAttribute('data-item'))).to.deep.equal(['b', 'c', 'a', 'd']);
    const table = el.shadowRoot!.querySelector('.data-table');
    el.shadowRoot!.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('.data-table')).to.equal(table);
  });

  it('has no axe violations, with the table open', async () => {
    const el = await mount(items);
    el.tableOpen = true;
    await el.updateComplete;
    const result = await window.axe.run(el);
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });
});
