// <lpc-cohort-report> in Chromium: the cohort view from leaders' results, CSV, print, reflow, axe.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/cohort-report/index.js';
import type { LpcCohortReport } from '../../src/components/cohort-report/cohort-report.js';
import { cohortReport } from '../../src/core/cohort.js';
import { fourLeaders, twelveLeaders } from '../../data/examples/leaders.js';

async function mount(results: unknown[], width = 1000, minimum?: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <lpc-cohort-report .results=${results} minimum-leaders=${minimum ?? 5}></lpc-cohort-report></div>`);
  const el = wrapper.querySelector('lpc-cohort-report') as LpcCohortReport;
  await el.updateComplete;
  return el;
}
const root = (el: LpcCohortReport) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: LpcCohortReport, id: string) =>
  [...root(el).querySelectorAll(`table[data-table="${id}"] tbody tr`)].map((tr) => [...tr.children].map((c) => text(c)));

describe('<lpc-cohort-report>', () => {
  it('shows themes, items, blind spots and response rates as distributions over leaders', async () => {
    const el = await mount(twelveLeaders);
    const view = cohortReport(twelveLeaders);
    expect(text(root(el))).to.contain("12 leaders' 360s in this cohort");
    const themeRows = rows(el, 'cohort-themes');
    expect(themeRows.length).to.equal(view.themes.filter((t) => t.items.length).length);
    expect(themeRows[0][1]).to.equal('12');
    expect(rows(el, 'cohort-items')).to.have.length(view.items.length);
    expect(rows(el, 'cohort-blind-spots')[0][1]).to.equal(String(view.blindSpots[0].leaders));
    expect(rows(el, 'cohort-responses').reduce((sum, r) => sum + Number(r[1]), 0)).to.equal(12);
  });

  it('never names a leader or shows one row per leader', async () => {
    const el = await mount(twelveLeaders);
    const all = text(root(el));
    for (const r of twelveLeaders) expect(all).not.to.contain(r.assessmentId!);
    for (const [id, count] of [['cohort-themes', 4], ['cohort-responses', 4]] as const) expect(rows(el, id).length).to.be.at.most(count);
  });

  it('below the minimum, says how many leaders there are and shows no figure', async () => {
    const el = await mount(fourLeaders);
    expect(text(root(el))).to.contain('needs at least 5 leaders');
    expect(root(el).querySelectorAll('table')).to.have.length(0);
    const lower = await mount(fourLeaders, 1000, 3);
    expect(root(lower).querySelectorAll('table').length).to.be.greaterThan(0);
    const floor = await mount(fourLeaders.slice(0, 2), 1000, 1);
    expect(root(floor).querySelectorAll('table')).to.have.length(0);
    expect(text(root(floor))).to.contain('needs at least 3 leaders');
  });

  it('leaves out figures it cannot read, and says so', async () => {
    const el = await mount([...twelveLeaders.slice(0, 5), { not: 'a result' }]);
    expect(text(root(el).querySelector('.error-summary'))).to.contain("1 leader's figures were left out");
    expect(text(root(el))).to.contain("5 leaders' 360s in this cohort");
  });

  it('downloads each table as CSV', async () => {
    const el = await mount(twelveLeaders);
    const original = URL.createObjectURL;
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => { blobs.push(b as Blob); return original.call(URL, b); };
    try {
      [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Download themes (CSV)')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    const csv = (await blobs[0].text()).replace(/^\ufeff/, '');
    expect(csv.split('\r\n')[0]).to.equal('Theme,Leaders,Mean of all-raters means,Leaders by all-raters mean,Mean gap (others minus self),Leaders by gap');
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(1 + rows(el, 'cohort-themes').length);
  });

  it('prints the tables without the buttons', async () => {
    const el = await mount(twelveLeaders);
    await emulateMedia({ media: 'print' });
    try {
      expect([...root(el).querySelectorAll('button')].some((b) => b.getClientRects().length > 0)).to.equal(false);
      expect(root(el).querySelector('table')!.getClientRects().length).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('has no axe violations', async () => {
    for (const results of [twelveLeaders, fourLeaders]) {
      const el = await mount(results);
      expect((await window.axe.run(el)).violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    }
  });

  for (const [name, width, fontSize] of [['320 px', 320, ''], ['200% text', 640, '200%']] as const) {
    it(`reflows at ${name} without sideways scrolling`, async () => {
      const el = await mount(twelveLeaders, width);
      if (fontSize) el.parentElement!.style.fontSize = fontSize;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.scrollWidth).to.be.at.most(width + 1);
      for (const scroller of root(el).querySelectorAll('table, .data-table')) expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    });
  }
});
