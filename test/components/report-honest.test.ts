import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/report/index.js';
import type { LpcReport } from '../../src/components/report/report.js';
import type { ResponseInput } from '../../src/core/aggregate.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { allNotObserved, groupBelowThreshold, twelveRaters } from '../../data/examples/responses.js';

async function mount(responses: ResponseInput[]) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><lpc-report .framework=${realFramework} .responses=${responses}></lpc-report></div>`);
  const el = wrapper.querySelector('lpc-report') as LpcReport;
  await el.updateComplete;
  return el;
}
const root = (el: LpcReport) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const section = (el: LpcReport, headingId: string) => root(el).querySelector(`#${headingId}`)!.closest('section')!;
const tableRows = (el: LpcReport, id: string) =>
  [...root(el).querySelectorAll(`table[data-table="${id}"] tbody tr`)].map((tr) => [...tr.children].map((c) => text(c)));

async function download(el: LpcReport, name: RegExp): Promise<string> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => { blob = b as Blob; return original.call(URL, b); };
  try {
    [...root(el).querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!.click();
  } finally {
    URL.createObjectURL = original;
  }
  return (await blob!.text()).replace(/^\ufeff/, '');
}

describe('<lpc-report>: an honest report', () => {
  it('with all raters hidden, blind spots, hidden strengths, highest and lowest say there are too few raters, never "None"', async () => {
    // Self 5-ish and one line manager: the line manager is shown on their own, "All raters" is hidden.
    const el = await mount([twelveRaters[0], twelveRaters[1]]);
    expect(el.report!.items.every((i) => i.self !== null && i.allRaters.status !== 'shown')).to.equal(true);
    const differences = text(section(el, 'differences'));
    expect(differences).not.to.match(/\bNone\b/);
    expect(differences).to.contain('not enough raters\' scores to compare with yours, so blind spots cannot be shown');
    expect(differences).to.contain('so hidden strengths cannot be shown');
    expect(differences).to.contain('not enough raters\' scores to show your highest and lowest rated items');
  });

  it('says "None" only about items that were compared, and counts the ones that could not be', async () => {
    const el = await mount(allNotObserved);
    el.margin = 4;
    await el.updateComplete;
    const differences = text(section(el, 'differences'));
    expect(differences).to.match(/None among the 26 items that could be compared: no item where you scored yourself 4\.0 or more above others\./);
    expect(differences).to.match(/None among the 26 items that could be compared: no item where others scored you 4\.0 or more above/);
    expect(differences).to.contain('1 item has too few raters\' scores to compare.');
  });

  it('explains pooling in words next to the theme table, naming the groups pooled', async () => {
    const el = await mount(groupBelowThreshold);
    const overview = section(el, 'overview');
    const note = text(overview.querySelector('.pooling'));
    expect(note).to.contain('combined in "Other raters (pooled)"');
    expect(note).to.match(/In Being, [^.]*Other raters are (Peers and Others|Others and Peers)\./);
    expect(overview.querySelector('.pooling')!.nextElementSibling!.querySelector('table[data-table="themes"]')).to.exist;
  });

  it('states the number of items behind each theme figure, and says when a figure covers fewer', async () => {
    const el = await mount(allNotObserved);
    const table = root(el).querySelector('table[data-table="themes"]')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
    const items = headers.indexOf('Items');
    expect(items).to.be.greaterThan(0);
    const delivering = tableRows(el, 'themes').find((r) => r[0] === 'Delivering')!;
    expect(delivering[items]).to.equal('9');
    expect(delivering[headers.indexOf('All raters')]).to.match(/^\d\.\d \(8 of 9 items\)$/);
    expect(tableRows(el, 'themes').find((r) => r[0] === 'Being')![headers.indexOf('All raters')]).to.match(/^\d\.\d$/);
  });

  it('labels the leader\'s own comment "You"', async () => {
    const el = await mount(twelveRaters);
    const comments = [...section(el, 'theme-delivering').querySelectorAll('.comment-from')].map((c) => text(c));
    expect(comments).to.include('(You)');
    expect(comments.some((c) => c.includes('self'))).to.equal(false);
  });

  describe('downloads', () => {
    it('keeps numbers as numbers in the CSV (gaps with a sign too)', async () => {
      const el = await mount(twelveRaters);
      const lines = (await download(el, /scores by item/i)).trim().split('\r\n');
      const gap = lines[0].split(',').indexOf('Gap (others minus self)');
      const gaps = lines.slice(1).map((l) => l.split(',').at(-2)!);
      expect(gap).to.be.greaterThan(0);
      expect(gaps.some((g) => g.startsWith('-'))).to.equal(true);
      for (const g of gaps) expect(g).to.match(/^-?\d+\.\d$/);
    });

    it('downloads the comments, with who they are shown as from', async () => {
      const el = await mount(twelveRaters);
      const csv = await download(el, /comments/i);
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).to.equal('Theme,Item,From,Comment');
      expect(lines).to.include('Delivering,Delivery,You,I want to get better at planning ahead.');
      expect(lines.length - 1).to.equal(el.report!.comments.length);
    });
  });

  describe('files', () => {
    it('lists the files it used, and removing one recalculates the report without it', async () => {
      const el = await mount(twelveRaters);
      const items = [...root(el).querySelectorAll('.file-list li')];
      expect(items.map((li) => text(li.querySelector('.file')))).to.deep.equal(twelveRaters.map((r) => r.name));
      expect(el.report!.respondents.raters).to.equal(12);
      const button = items[5].querySelector('button')!;
      expect(text(button)).to.equal(`Remove ${twelveRaters[5].name}`);
      button.click();
      await el.updateComplete;
      expect(el.report!.respondents.raters).to.equal(11);
      expect([...root(el).querySelectorAll('.file-list .file')].map((f) => text(f))).not.to.include(twelveRaters[5].name);
      expect(root(el).activeElement?.id).to.equal('files-title');
    });

    it('warns that whoever loads files sees raw answers', async () => {
      const el = await mount(twelveRaters);
      expect(text(section(el, 'files-title'))).to.contain('Whoever loads them here can read every rater\'s raw answers');
    });
  });

  describe('print (A4)', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('a theme with nothing to rate does not start a page; other themes do', async () => {
      const el = await mount(twelveRaters);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(section(el, 'theme-leading')).breakBefore).not.to.equal('page');
      expect(getComputedStyle(section(el, 'theme-being')).breakBefore).to.equal('page');
    });

    it('the "Comments" heading is kept with the first comments after it', async () => {
      const el = await mount(twelveRaters);
      await emulateMedia({ media: 'print' });
      const heading = [...section(el, 'theme-delivering').querySelectorAll('h4')].find((h) => text(h) === 'Comments')!;
      const block = heading.parentElement!;
      expect(getComputedStyle(block).breakInside).to.equal('avoid');
      expect(block.querySelector('.comments li')).to.exist;
    });
  });
});
