import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

  describe('editing grid keyboard (WAI-ARIA grid: one tab stop, arrow keys between boxes)', () => {
    const columns = example.modules.length;
    const boxes = (map: LpcProgrammeMap) => [...root(map).querySelectorAll<HTMLInputElement>('.matrix input[type=checkbox]')];
    const focused = (map: LpcProgrammeMap) => boxes(map).indexOf(root(map).activeElement as HTMLInputElement);
    /** Focuses box `index` (row by row, a column per module), then presses `keys` in turn. */
    async function from(index: number, ...keys: Array<Parameters<typeof sendKeys>[0]>) {
      const map = await mount(clone(example), true);
      boxes(map)[index].focus();
      for (const key of keys) await sendKeys(key);
      await map.updateComplete;
      return map;
    }
    const ctrl = (key: string) => [{ down: 'Control' }, { press: key }, { up: 'Control' }] as const;

    it('is a grid of one box per item and module, with one tab stop', async () => {
      const map = await mount(clone(example), true);
      expect(root(map).querySelector('.matrix')!.getAttribute('role')).to.equal('grid');
      expect(boxes(map)).to.have.length(27 * columns);
      expect(boxes(map).filter((b) => b.tabIndex === 0)).to.deep.equal([boxes(map)[0]]);
      const readOnly = await mount(clone(example), false);
      expect(root(readOnly).querySelector('.matrix')!.hasAttribute('role')).to.equal(false);
    });

    it('Tab leaves the grid, and Shift+Tab comes back to the box last focused', async () => {
      const map = await from(columns + 2, { press: 'ArrowRight' });
      expect(focused(map)).to.equal(columns + 3);
      await sendKeys({ press: 'Tab' });
      expect(focused(map)).to.equal(-1);
      expect((root(map).activeElement as HTMLElement).textContent).to.contain('Download the map');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(map)).to.equal(columns + 3);
      expect(boxes(map).filter((b) => b.tabIndex === 0)).to.have.length(1);
    });

    it('ArrowRight goes to the next module, and stops at the last', async () => {
      expect(focused(await from(0, { press: 'ArrowRight' }))).to.equal(1);
      expect(focused(await from(columns - 1, { press: 'ArrowRight' }))).to.equal(columns - 1);
    });

    it('ArrowLeft goes to the previous module, and stops at the first', async () => {
      expect(focused(await from(2, { press: 'ArrowLeft' }))).to.equal(1);
      expect(focused(await from(columns, { press: 'ArrowLeft' }))).to.equal(columns);
    });

    it('ArrowDown goes to the next item, also into the next theme', async () => {
      expect(focused(await from(1, { press: 'ArrowDown' }))).to.equal(columns + 1);
      // The last item of the first theme, then the first item of the second.
      const first = realFramework.themes[0];
      const lastRow = first.behaviours.length + first.qualities.length - 1;
      const map = await from(lastRow * columns, { press: 'ArrowDown' });
      expect(focused(map)).to.equal((lastRow + 1) * columns);
      expect(root(map).getElementById(boxes(map)[focused(map)].getAttribute('aria-describedby')!)!.id).to.match(new RegExp(`^row-${realFramework.themes[1].id}-0$`));
    });

    it('ArrowUp goes to the previous item, and stops at the first', async () => {
      expect(focused(await from(columns + 1, { press: 'ArrowUp' }))).to.equal(1);
      expect(focused(await from(1, { press: 'ArrowUp' }))).to.equal(1);
    });

    it('Home goes to the first module of the item', async () => {
      expect(focused(await from(columns + 2, { press: 'Home' }))).to.equal(columns);
    });

    it('End goes to the last module of the item', async () => {
      expect(focused(await from(columns + 1, { press: 'End' }))).to.equal(2 * columns - 1);
    });

    it('Ctrl+Home goes to the first box', async () => {
      expect(focused(await from(5 * columns + 2, ...ctrl('Home')))).to.equal(0);
    });

    it('Ctrl+End goes to the last box', async () => {
      expect(focused(await from(columns + 1, ...ctrl('End')))).to.equal(27 * columns - 1);
    });

    it('Enter ticks and clears a box, as Space does', async () => {
      const map = await mount(clone(example), true);
      const events: LpcProgrammeChangeEvent[] = [];
      map.addEventListener('lpc-programme-change', (event) => events.push(event));
      const box = boxes(map)[0];
      const was = box.checked;
      box.focus();
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(boxes(map)[0].checked).to.equal(!was);
      expect(events.map((e) => e.detail.covered)).to.deep.equal([!was]);
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(events.map((e) => e.detail.covered)).to.deep.equal([!was, was]);
    });

    it('swaps Left and Right in right-to-left text', async () => {
      const host = await fixture(html`<div dir="rtl"><lpc-framework .framework=${realFramework}><lpc-programme-map .programme=${clone(example)} editable></lpc-programme-map></lpc-framework></div>`);
      const map = host.querySelector('lpc-programme-map') as LpcProgrammeMap;
      await map.updateComplete;
      await map.updateComplete;
      boxes(map)[1].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(map)).to.equal(2);
    });
  });
});
