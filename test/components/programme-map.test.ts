import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/programme-map/index.js';
import type { LpcProgrammeMap } from '../../src/components/programme-map/index.js';
import type { LpcProgrammeChangeEvent } from '../../src/components/programme-map/events.js';
import { programmeToJson, validateProgramme } from '../../src/core/programme.js';
import type { Programme } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';
import example from '../../data/programmes/kings-fund-collaborative-leadership.json';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function mount(programme: unknown = clone(example), editable = false): Promise<LpcProgrammeMap> {
  const host = await fixture(html`<lpc-framework .framework=${realFramework}><lpc-programme-map .programme=${programme} ?editable=${editable}></lpc-programme-map></lpc-framework>`);
  const map = host.querySelector('lpc-programme-map') as LpcProgrammeMap;
  await map.updateComplete;
  await map.updateComplete;
  return map;
}

const root = (map: LpcProgrammeMap) => map.shadowRoot!;
const text = (map: LpcProgrammeMap, selector: string) => root(map).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<lpc-programme-map>', () => {
  it('shows the example as an illustration, with its modules, coverage and gaps', async () => {
    const map = await mount();
    expect(text(map, '#programme-title')).to.equal(example.title);
    expect(text(map, '[part=note]')).to.contain('An illustration, not the programme\'s own mapping.');
    expect(text(map, '[part=note]')).to.contain('not The King\'s Fund\'s mapping, nor NHS England\'s');
    const headers = [...root(map).querySelectorAll('.matrix thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Theme and item', ...example.modules.map((m) => m.title)]);
    // One row per rated item (27), each with one cell per module.
    const rows = root(map).querySelectorAll('.matrix th[scope=row]');
    expect(rows.length).to.equal(27);
    const summary = text(map, '[part=summary]');
    const covered = new Set(example.modules.flatMap((m) => m.items)).size;
    expect(summary).to.contain(`${covered} of the framework's 27 items are covered`);
    const gaps = text(map, '[part=gaps]');
    expect(gaps).to.contain('Resilience, courage and bravery');
    expect(gaps).to.contain('Leading and visioning: the framework names this theme but gives no behaviours or qualities');
    expect(text(map, '.matrix')).to.contain('no items in the framework');
  });

  it('is accessible (axe), read-only and editable', async () => {
    for (const editable of [false, true]) {
      const map = await mount(clone(example), editable);
      const result = await window.axe.run(map);
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    }
  });

  it('edits the mapping by keyboard: Space ticks a box, the event and the value carry the change', async () => {
    const map = await mount(clone(example), true);
    const events: LpcProgrammeChangeEvent[] = [];
    map.addEventListener('lpc-programme-change', (event) => events.push(event));
    // Module one, Resilience (row 3 of Being): not covered in the example.
    const rowHeader = [...root(map).querySelectorAll('.matrix th[scope=row]')].find((th) => th.textContent!.includes('Resilience'))!;
    const box = rowHeader.parentElement!.querySelector('input[type=checkbox]') as HTMLInputElement;
    expect(box.checked).to.equal(false);
    box.focus();
    expect(root(map).activeElement).to.equal(box);
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Space' });
    await map.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0].detail).to.include({ moduleId: 'module-1', itemId: 'being.resilience-courage-and-bravery', covered: true });
    expect(map.value!.modules[0].items).to.include('being.resilience-courage-and-bravery');
    expect(text(map, '[part=gaps]')).not.to.contain('Resilience, courage and bravery');
    await sendKeys({ press: 'Space' });
    await map.updateComplete;
    expect(events[1].detail.covered).to.equal(false);
    expect(map.value!.modules[0].items).not.to.include('being.resilience-courage-and-bravery');
  });

  it('each checkbox is named by its module and described by its item', async () => {
    const map = await mount(clone(example), true);
    const box = root(map).querySelector('.matrix tbody input[type=checkbox]') as HTMLInputElement;
    const label = box.closest('label')!;
    expect(label.textContent!.trim()).to.equal(example.modules[0].title);
    const described = root(map).getElementById(box.getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.contain('Authenticity');
  });

  it('downloads the edited map as JSON that validates', async () => {
    const map = await mount(clone(example), true);
    (root(map).querySelector('.matrix tbody input[type=checkbox]') as HTMLInputElement).click();
    await map.updateComplete;
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => { blobs.push(blob); return 'blob:test'; };
    const click = HTMLAnchorElement.prototype.click;
    let fileName = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { fileName = this.download; };
    try {
      [...root(map).querySelectorAll('button')].find((b) => b.textContent!.includes('Download the map'))!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(fileName).to.equal('lpc-programme-kings-fund-collaborative-leadership.json');
    const saved = JSON.parse(await blobs[0].text()) as Programme;
    expect(saved.modules[0].items).not.to.include('being.authenticity');
    expect(validateProgramme(saved, realFramework).ok).to.equal(true);
    expect(JSON.parse(programmeToJson(map.value!))).to.deep.equal(saved);
  });

  it('a bad programme lists each problem with its path and shows no map', async () => {
    const bad = clone(example) as Record<string, any>;
    bad.modules[1].items.push('being.authentisity');
    bad.modules[0].title = '<img src=x onerror=alert(1)>';
    const map = await mount(bad);
    expect(text(map, '.error-summary')).to.contain('/modules/1/items/6');
    expect(root(map).querySelector('img')).to.equal(null);
    expect(root(map).querySelector('.matrix')).to.equal(null);
  });

  it('a bad file after a good one keeps the map shown and says so', async () => {
    const map = await mount();
    map.programme = { title: 'x' };
    await map.updateComplete;
    expect(text(map, '.error-summary')).to.contain('This file is not a programme map');
    expect(text(map, '.error-summary')).to.contain('The map below is unchanged.');
    expect(text(map, '#programme-title')).to.equal(example.title);
  });

  it('reflows at 320 px: no sideways scrolling, each module named in its item\'s block', async () => {
    const host = await fixture(html`<div style="width: 320px"><lpc-framework .framework=${realFramework}><lpc-programme-map .programme=${clone(example)} editable></lpc-programme-map></lpc-framework></div>`);
    const map = host.querySelector('lpc-programme-map') as LpcProgrammeMap;
    await map.updateComplete;
    await map.updateComplete;
    expect(map.scrollWidth).to.be.at.most(320);
    const label = root(map).querySelector('.cell__module') as HTMLElement;
    expect(label.getBoundingClientRect().width).to.be.greaterThan(50);
  });

  it('loads a programme file from src, and names a missing one', async () => {
    const host = await fixture(html`<lpc-framework .framework=${realFramework}><lpc-programme-map src="/data/programmes/kings-fund-collaborative-leadership.json"></lpc-programme-map></lpc-framework>`);
    const map = host.querySelector('lpc-programme-map') as LpcProgrammeMap;
    await waitUntil(() => map.value !== undefined, 'the programme file loaded');
    await map.updateComplete;
    expect(text(map, '#programme-title')).to.equal(example.title);
    map.src = '/data/programmes/missing.json';
    await waitUntil(() => root(map).querySelector('.error-summary'), 'the missing file reported');
    expect(text(map, '.error-summary')).to.contain('could not be downloaded (HTTP 404)');
    expect(text(map, '#programme-title')).to.equal(example.title);
  });
});
