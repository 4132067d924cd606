import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/framework-sheet/index.js';
import type { LpcFrameworkSheet } from '../../src/components/framework-sheet/index.js';
import { frameworkToCsv } from '../../src/core/framework-csv.js';
import { allItems } from '../../src/core/framework.js';
import { hostileFramework, realFramework } from '../../data/examples/frameworks.js';

async function mount(framework = realFramework, width = ''): Promise<LpcFrameworkSheet> {
  const host = await fixture(html`<div style=${width ? `width: ${width}` : ''}><lpc-framework .framework=${framework}><lpc-framework-sheet></lpc-framework-sheet></lpc-framework></div>`);
  const sheet = host.querySelector('lpc-framework-sheet') as LpcFrameworkSheet;
  await sheet.updateComplete;
  await sheet.updateComplete;
  return sheet;
}

describe('<lpc-framework-sheet>', () => {
  it('lists every theme and item of the framework, with its source, and Leading and visioning in words', async () => {
    const sheet = await mount();
    const root = sheet.shadowRoot!;
    expect([...root.querySelectorAll('section h3')].map((h) => h.textContent!.trim())).to.deep.equal(realFramework.themes.map((t) => t.title));
    const texts = [...root.querySelectorAll('.item__text')].map((p) => p.textContent);
    expect(texts).to.deep.equal(allItems(realFramework).map(({ item }) => item.text));
    expect(root.querySelector('header')!.textContent).to.contain('NHS England, January 2020');
    expect(root.querySelectorAll('section .item__source').length).to.equal(realFramework.themes.length);
    expect(root.textContent).to.contain(realFramework.themes.find((t) => t.id === 'leading')!.statusNote!);
    const result = await window.axe.run(sheet);
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('downloads the items as CSV (the core CSV, with a byte order mark)', async () => {
    const sheet = await mount();
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let name = '';
    URL.createObjectURL = (blob: Blob) => { blobs.push(blob); return 'blob:test'; };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { name = this.download; };
    try {
      [...sheet.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('CSV'))!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(name).to.equal('lpc-core-framework-2020-01-items.csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    // Blob.text() decodes UTF-8 and drops the byte order mark checked above.
    expect(await blobs[0].text()).to.equal(frameworkToCsv(realFramework));
  });

  it('shows hostile text as text and reflows at 320 px', async () => {
    const sheet = await mount(hostileFramework, '320px');
    expect(sheet.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(sheet.scrollWidth).to.be.at.most(320);
  });

  it('prints without its buttons', async () => {
    const sheet = await mount();
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(sheet.shadowRoot!.querySelector('.actions')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
