import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import 'axe-core/axe.min.js';
import { dataTableStyles, renderDataTable, type DataTableModel } from '../../src/charts/data-table.js';
import { tokens } from '../../src/styles/tokens.js';

/** A plain host for the template, as a chart or the report would be. */
class DataTableHost extends LitElement {
  static override styles = [tokens, dataTableStyles];
  static override properties = { model: { attribute: false } };
  model!: DataTableModel;
  protected override render() {
    return renderDataTable(this.model, { name: 'items', captionId: 'cap', rowKey: { attribute: 'data-item', values: this.model.rows.map((_, i) => `item-${i}`) } });
  }
}
customElements.define('test-data-table-host', DataTableHost);

const itemsModel: DataTableModel = {
  caption: 'Being: scores by item',
  headers: ['Item', 'You (self)', 'All raters', 'Line manager', 'Peers', 'Direct reports', 'Lowest', 'Highest', 'Scores', 'Not observed', 'Gap (others minus self)', 'Flag'],
  rows: [
    ['Resilience, courage and bravery', '5.0', '3.2', '3.0', '3.3', '3.3', 2, 4, 7, 0, '-1.8', 'Blind spot'],
    ['Values-based leadership <img src=x onerror=alert(1)>', '2.0', '3.5', '4.0', '3.3', '3.7', 3, 4, 7, 0, '+1.5', 'Hidden strength'],
  ],
};

async function mount(width: number, fontSize = '16px') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px;font-size:${fontSize}">
    <test-data-table-host .model=${itemsModel}></test-data-table-host></div>`);
  const host = wrapper.querySelector('test-data-table-host') as DataTableHost;
  await host.updateComplete;
  return { wrapper, host, root: host.shadowRoot! };
}

/** The cell is drawn inside the host's box, not scrolled or clipped away. */
function visibleInside(cell: Element, box: DOMRect): boolean {
  const r = cell.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
}

describe('renderDataTable', () => {
  it('renders a captioned table with column and row headers, and text only as text', async () => {
    const { root } = await mount(1200);
    const table = root.querySelector('table[data-table="items"]')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Being: scores by item');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).to.deep.equal([...itemsModel.headers]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-item'))).to.deep.equal(['item-0', 'item-1']);
    expect(rows[1].querySelector('th[scope="row"]')!.textContent).to.contain('<img');
    expect(root.querySelector('img')).to.equal(null);
    expect(rows[0].children[8].textContent).to.equal('7');
  });

  it('keeps a table layout where the columns fit', async () => {
    const { root } = await mount(1200);
    const row = root.querySelector('tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('table-row');
  });

  for (const [name, width, fontSize] of [['320 px', 320, '16px'], ['200% text at 640 px', 640, '32px']] as const) {
    it(`at ${name} each row is a labelled block with Gap and Flag in view and nothing scrolled sideways`, async () => {
      const { host, root } = await mount(width, fontSize);
      const box = host.getBoundingClientRect();
      expect(host.scrollWidth).to.be.at.most(Math.ceil(box.width));
      for (const row of root.querySelectorAll('tbody tr')) {
        const gap = row.children[10];
        const flag = row.children[11];
        expect(visibleInside(gap, box), 'Gap in view').to.equal(true);
        expect(visibleInside(flag, box), 'Flag in view').to.equal(true);
        expect(getComputedStyle(gap, '::before').content).to.contain('Gap (others minus self)');
      }
      const table = root.querySelector('table')!;
      expect(table.scrollWidth).to.be.at.most(Math.ceil(table.clientWidth) + 1);
    });
  }

  it('at 320 px with 200% text each value has the width to itself, under its label', async () => {
    const { host, root } = await mount(320, '32px');
    const box = host.getBoundingClientRect();
    for (const row of root.querySelectorAll('tbody tr')) {
      const flag = row.children[11];
      const text = document.createRange();
      text.selectNodeContents(flag);
      // "Blind spot" fits on one line of 320 px at 32 px; squeezed beside its label it broke letter by letter.
      const lines = new Set([...text.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, `${flag.textContent} on one line`).to.equal(1);
      expect(visibleInside(flag, box), 'Flag in view').to.equal(true);
    }
    expect(host.scrollWidth).to.be.at.most(Math.ceil(box.width));
  });

  it('a narrow table with few columns stays a table at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><test-data-table-host
      .model=${{ caption: 'Themes', headers: ['Theme', 'You', 'All raters'], rows: [['Being', '4.0', '3.5']] }}></test-data-table-host></div>`);
    const host = wrapper.querySelector('test-data-table-host') as DataTableHost;
    await host.updateComplete;
    expect(getComputedStyle(host.shadowRoot!.querySelector('tbody tr')!).display).to.equal('table-row');
  });

  it('has no axe violations, wide or stacked', async () => {
    for (const width of [1200, 320]) {
      const { wrapper } = await mount(width);
      const result = await window.axe.run(wrapper);
      expect(result.violations.map((v) => `${v.id}: ${v.help}`), `${width} px`).to.deep.equal([]);
    }
  });
});
