import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/report/index.js';
import '../../src/components/framework/index.js';
import type { LpcReport } from '../../src/components/report/report.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { ResponseInput } from '../../src/core/aggregate.js';
import { realFramework, hostileText } from '../../data/examples/frameworks.js';
import {
  exampleResponseSets, twelveRaters, threeBadFiles, onlySelf, allNotObserved, groupBelowThreshold, hostileComment, NOT_OBSERVED_ITEM,
} from '../../data/examples/responses.js';

async function mount(responses: ResponseInput[], width = 1000) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><lpc-report .framework=${realFramework} .responses=${responses}></lpc-report></div>`);
  const el = wrapper.querySelector('lpc-report') as LpcReport;
  await el.updateComplete;
  return el;
}
const root = (el: LpcReport) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tableRows = (el: LpcReport, id: string) =>
  [...root(el).querySelectorAll(`table[data-table="${id}"] tbody tr`)].map((tr) => [...tr.children].map((c) => text(c)));

/** Catches the CSV a download would save. */
async function captureDownload(el: LpcReport, buttonText: RegExp): Promise<string> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => { blob = b as Blob; return original.call(URL, b); };
  try {
    const button = [...root(el).querySelectorAll('button')].find((b) => buttonText.test(b.textContent ?? ''))!;
    button.click();
  } finally {
    URL.createObjectURL = original;
  }
  expect(blob, 'a CSV blob was made').to.exist;
  expect(blob!.type).to.contain('text/csv');
  return (await blob!.text()).replace(/^\ufeff/, '');
}

describe('<lpc-report>', () => {
  describe('one leader with 12 raters', () => {
    it('shows who responded, per group', async () => {
      const el = await mount(twelveRaters);
      const rows = tableRows(el, 'respondents');
      expect(rows.map((r) => r.slice(0, 2))).to.deep.equal([
        ['You (self)', '1'], ['Line manager', '1'], ['Peers', '4'], ['Direct reports', '4'], ['Others', '3'], ['All raters', '12'],
      ]);
      expect(rows[1][3]).to.match(/not anonymous/i);
    });

    it('shows the theme radar (self vs all raters) and its numbers match the theme table', async () => {
      const el = await mount(twelveRaters);
      const radar = root(el).querySelector('lpc-radar-chart')!;
      expect(radar.axes.map((a) => a.label)).to.deep.equal(realFramework.themes.map((t) => t.title));
      expect(radar.series.map((s) => s.label)).to.deep.equal(['You (self)', 'All raters']);
      const themes = tableRows(el, 'themes');
      for (const [t, axis] of radar.axes.entries()) {
        const [self, all] = radar.series.map((s) => s.values[axis.id]);
        expect(themes[t][1]).to.equal(self == null ? 'no data' : self.toFixed(1));
        expect(themes[t][2]).to.equal(all == null ? 'no data' : all.toFixed(1));
      }
      expect(themes[2]).to.include.members(['Leading and visioning', 'no data']);
    });

    it('shows the dot plot of every item, per-theme item tables, blind spots, hidden strengths and extremes', async () => {
      const el = await mount(twelveRaters);
      expect(root(el).querySelector('lpc-gap-chart')!.items).to.have.length(27);
      expect(tableRows(el, 'items-being')).to.have.length(9);
      expect(tableRows(el, 'items-delivering')).to.have.length(9);
      const all = text(root(el));
      expect(all).to.contain('Blind spots: you rated yourself higher than others did');
      expect(all).to.contain('Delivery: you 4.0, others 2.0.');
      expect(all).to.contain('Hidden strengths: others rated you higher than you did');
      expect(all).to.contain('Highest rated by others');
      // Leading and visioning says why it has no score.
      expect(text(root(el).querySelector('#theme-leading')!.parentElement)).to.contain('There is nothing to rate for this theme. It has no score.');
    });

    it('shows comments grouped by theme, with the group they came from', async () => {
      const el = await mount(twelveRaters);
      const delivering = text(root(el).querySelector('#theme-delivering')!.parentElement);
      expect(delivering).to.contain('Plans are clear, but deadlines often slip.');
      expect(delivering).to.contain('I want to get better at planning ahead. (You)');
      expect(delivering).not.to.contain('(You (self))');
      const being = text(root(el).querySelector('#theme-being')!.parentElement);
      expect(being).to.contain('Says what they think, kindly.');
      expect(being).not.to.contain('deadlines');
    });

    it('exports the tables as CSV', async () => {
      const el = await mount(twelveRaters);
      const csv = await captureDownload(el, /scores by theme/i);
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).to.equal('Theme,You (self),All raters,Line manager,Peers,Direct reports,Others,Items,Gap (others minus self),Flag');
      expect(lines).to.have.length(5);
      expect(lines[3]).to.match(/^Leading and visioning,no data,no data/);
    });
  });

  it('a group below the threshold is pooled into "Other raters", never shown on its own', async () => {
    const el = await mount(groupBelowThreshold);
    const headers = [...root(el).querySelectorAll('table[data-table="items-being"] thead th')].map((th) => text(th));
    expect(headers).to.include('Other raters (pooled)');
    expect(headers).not.to.include('Peers');
    expect(headers).not.to.include('Others');
    expect(tableRows(el, 'respondents').find((r) => r[0] === 'Peers')![3]).to.contain('Other raters');
  });

  it('only self: shows the leader\'s own scores and says raters\' averages are missing', async () => {
    const el = await mount(onlySelf);
    expect(text(root(el))).to.contain('No raters\' responses yet');
    const themes = tableRows(el, 'themes');
    expect(themes[0].slice(0, 3)).to.deep.equal(['Being', '3.6', 'no data']);
    expect(root(el).querySelector('lpc-radar-chart')).to.exist;
  });

  it('an item every rater marked "not observed" has no score and counts 12 not observed', async () => {
    const el = await mount(allNotObserved);
    const table = root(el).querySelector('table[data-table="items-delivering"]')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
    const row = tableRows(el, 'items-delivering').find((r) => r[0].startsWith('Understanding of the psychology'))!;
    expect(row[headers.indexOf('All raters')]).to.equal('no data');
    expect(row[headers.indexOf('Not observed')]).to.equal('12');
    const gap = root(el).querySelector('lpc-gap-chart')!.items.find((i) => i.id === NOT_OBSERVED_ITEM)!;
    expect(gap.others).to.equal(null);
  });

  it('3 bad files among 10: an NHS error per file with its JSON path, and the rest still used', async () => {
    const el = await mount(threeBadFiles);
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('h2'))).to.equal('3 files could not be used');
    const items = [...summary.querySelectorAll('li')].map((li) => text(li));
    expect(items[0]).to.match(/^notes-from-meeting\.json \(whole file\): The file is not valid JSON/);
    expect(items[1]).to.equal('peer-old-version.json at /framework/version: This response answers version "2019-06" of the framework, not "2020-01".');
    expect(items[2]).to.match(/^direct-report-off-scale\.json at \/answers\/4\/value: 7 is not on the rating scale/);
    expect(text(summary)).to.contain('uses the other 7 responses');
    expect(tableRows(el, 'respondents').at(-1)!.slice(0, 2)).to.deep.equal(['All raters', '6']);
  });

  describe('files', () => {
    function filesOf(inputs: ResponseInput[]): DataTransfer {
      const transfer = new DataTransfer();
      for (const input of inputs) transfer.items.add(new File([input.text ?? JSON.stringify(input.json)], input.name, { type: 'application/json' }));
      return transfer;
    }

    it('reads several JSON files from the file picker', async () => {
      const el = await mount([]);
      expect(text(root(el))).to.contain('No responses yet');
      const input = root(el).querySelector('input[type="file"]') as HTMLInputElement;
      expect(text(root(el).querySelector(`label[for="${input.id}"]`))).to.equal('Add response files');
      input.files = filesOf(twelveRaters).files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => el.report?.used === 13, 'all 13 files read');
      await el.updateComplete;
      expect(tableRows(el, 'respondents').at(-1)!.slice(0, 2)).to.deep.equal(['All raters', '12']);
    });

    it('reads dropped files, and lists a bad one by name while using the rest', async () => {
      const el = await mount([]);
      const zone = root(el).querySelector('.upload')!;
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() }));
      await el.updateComplete;
      expect(zone.classList.contains('upload--dragging')).to.equal(true);
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: filesOf([...groupBelowThreshold, { name: 'broken.json', text: '{"id": ' }]) }));
      await waitUntil(() => el.report?.used === 8, 'dropped files read');
      await el.updateComplete;
      expect(text(root(el).querySelector('.error-summary li'))).to.match(/^broken\.json \(whole file\): The file is not valid JSON/);
      expect(zone.classList.contains('upload--dragging')).to.equal(false);
    });

    it('counts a file loaded twice once', async () => {
      const el = await mount([...twelveRaters, { ...twelveRaters[3], name: 'again.json' }]);
      expect(text(root(el).querySelector('.inset'))).to.contain('again.json');
      expect(root(el).querySelector('.error-summary')).to.equal(null);
      expect(el.report!.respondents.raters).to.equal(12);
    });
  });

  it('renders hostile comments as text and guards the CSV against formulas', async () => {
    const el = await mount(hostileComment);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(root(el))).to.contain(hostileText.markup);
    const csv = await captureDownload(el, /scores by item/i);
    expect(csv).not.to.match(/(^|,)=/m);
  });

  it('reads the framework from <lpc-framework>', async () => {
    const provider = await fixture<LpcFramework>(html`<lpc-framework><lpc-report .responses=${twelveRaters}></lpc-report></lpc-framework>`);
    const el = provider.querySelector('lpc-report') as LpcReport;
    await el.updateComplete;
    expect(text(root(el))).to.contain('Waiting for the leadership framework');
    provider.framework = realFramework;
    await el.updateComplete;
    expect(el.report?.used).to.equal(13);
  });

  describe('accessibility', () => {
    for (const [name, responses] of Object.entries(exampleResponseSets)) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await mount(responses);
        const result = await window.axe.run(el);
        expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      });
    }

    for (const [name, width, fontSize] of [['320 px', 320, ''], ['200% text', 640, '200%']] as const) {
      it(`at ${name} the Gap and Flag of every item row are in view, with no sideways scrolling`, async () => {
        const el = await mount(twelveRaters, width);
        if (fontSize) el.parentElement!.style.fontSize = fontSize;
        await new Promise((r) => requestAnimationFrame(r));
        const box = el.getBoundingClientRect();
        const table = root(el).querySelector('table[data-table="items-being"]')!;
        const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
        const gap = headers.indexOf('Gap (others minus self)');
        const flag = headers.indexOf('Flag');
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(rows.length).to.be.greaterThan(0);
        for (const row of rows) {
          for (const cell of [row.children[gap], row.children[flag]]) {
            const r = cell.getBoundingClientRect();
            expect(r.width, 'cell drawn').to.be.greaterThan(0);
            expect(r.right, 'cell within the report').to.be.at.most(box.right + 0.5);
            expect(r.left).to.be.at.least(box.left - 0.5);
          }
        }
        for (const scroller of root(el).querySelectorAll('table, .data-table')) {
          expect(scroller.scrollWidth, 'nothing scrolls sideways').to.be.at.most(scroller.clientWidth + 1);
        }
      });
    }

    it('reflows at 320 px without sideways scrolling', async () => {
      const el = await mount(twelveRaters, 320);
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
});
