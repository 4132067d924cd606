import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/radar-chart/index.js';
import type { LpcRadarChart, RadarAxis, RadarSeries } from '../../src/components/radar-chart/radar-chart.js';
import { boxesOverlap, segmentHitsBox } from '../../src/core/polar-labels.js';
import { allItems, itemLabel } from '../../src/core/framework.js';
import { realFramework, hostileText } from '../../data/examples/frameworks.js';

const themeAxes: RadarAxis[] = realFramework.themes.map((t) => ({ id: t.id, label: t.title }));
const themeSeries: RadarSeries[] = [
  { id: 'self', label: 'You (self)', values: { being: 3.6, relating: 3.9, leading: null, delivering: 3.3 } },
  { id: 'all', label: 'All raters', values: { being: 3.8, relating: 4.1, leading: null, delivering: 2.7 } },
];

const itemAxes: RadarAxis[] = allItems(realFramework).map(({ item }) => ({ id: item.id, label: itemLabel(item) }));
function itemSeries(count: number): RadarSeries[] {
  return Array.from({ length: count }, (_, s) => ({
    id: `s${s}`,
    label: `Series ${s + 1}`,
    values: Object.fromEntries(itemAxes.map((a, i) => [a.id, 1 + ((i + s) % 5)])),
  }));
}

async function mount(axes: RadarAxis[], series: RadarSeries[], width = 640) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><lpc-radar-chart label="Scores by theme" .axes=${axes} .series=${series}></lpc-radar-chart></div>`);
  const el = wrapper.querySelector('lpc-radar-chart') as LpcRadarChart;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

const $$ = (el: LpcRadarChart, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Opens "Show the numbers as a table" as a user does (its table is built on first opening). */
async function openTable(el: LpcRadarChart) {
  el.shadowRoot!.querySelector('summary')!.click();
  await el.updateComplete;
  return el;
}

/**
 * The markers of one series as drawn: its markers path has one subpath per marker, in the order of
 * the axis indexes and values it lists. Each marker's box is measured by drawing its subpath alone.
 */
function markersOf(group: Element) {
  const path = group.querySelector<SVGPathElement>('.markers')!;
  const list = (name: string) => path.getAttribute(name)!.split(' ').filter(Boolean).map(Number);
  const subpaths = path.getAttribute('d')!.split(/(?=M)/).filter(Boolean);
  const axes = list('data-axis-index');
  const values = list('data-value');
  expect(subpaths).to.have.length(axes.length);
  expect(values).to.have.length(axes.length);
  return subpaths.map((d, k) => {
    const one = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    one.setAttribute('d', d);
    group.append(one);
    const b = one.getBBox();
    one.remove();
    return { axis: axes[k], value: values[k], d, box: new DOMRect(b.x, b.y, b.width, b.height), path };
  });
}

/** The straight pieces of a drawn series line ("M x,y L x,y …", each run closed by Z or not). */
function lineSegments(path: Element): Array<{ x1: number; y1: number; x2: number; y2: number }> {
  const segments: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  for (const run of path.getAttribute('d')!.split(/(?=M)/).filter(Boolean)) {
    const points = [...run.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    if (run.endsWith('Z')) points.push(points[0]);
    for (let i = 1; i < points.length; i++) segments.push({ x1: points[i - 1].x, y1: points[i - 1].y, x2: points[i].x, y2: points[i].y });
  }
  return segments;
}

describe('<lpc-radar-chart>', () => {
  describe('missing values', () => {
    it('never draws a missing value as 0: no marker, and the axis says "no data"', async () => {
      const el = await openTable(await mount(themeAxes, themeSeries));
      const leading = themeAxes.findIndex((a) => a.id === 'leading');
      const markers = $$(el, '.series-item').flatMap((g) => markersOf(g));
      expect(markers.filter((m) => m.axis === leading)).to.have.length(0);
      expect(markers).to.have.length(6); // 3 themes with data x 2 series
      // Nothing is drawn at the centre, where a value of 0 would sit.
      for (const path of $$(el, '.series .markers') as SVGPathElement[]) expect(path.isPointInFill(new DOMPoint(0, 0))).to.equal(false);
      const label = el.shadowRoot!.querySelector('.axis-label[data-axis="leading"]')!;
      expect(label.textContent!.replace(/\s+/g, ' ')).to.contain('no data');
      // The line is broken at the missing axis: no point of any series sits at the centre.
      for (const path of $$(el, '.series .series-line')) {
        expect(path.getAttribute('d')).not.to.match(/(^|[ML])0,0(?![\d.])/);
      }
      const cells = $$(el, 'tbody tr[data-axis="leading"] td').map((td) => td.textContent);
      expect(cells).to.deep.equal(['no data', 'no data']);
    });

    it('draws a closed shape when nothing is missing', async () => {
      const el = await mount(themeAxes.filter((a) => a.id !== 'leading'), themeSeries);
      for (const path of $$(el, '.series .series-line')) expect(path.getAttribute('d')).to.match(/Z$/);
    });

    it('says so when there is nothing to draw', async () => {
      const el = await mount([], []);
      expect(el.shadowRoot!.textContent).to.contain('No scores to show');
    });
  });

  describe('series', () => {
    it('differ by dash pattern AND marker shape, not only colour, with a legend', async () => {
      const el = await mount(itemAxes, itemSeries(6));
      const groups = $$(el, '.series-item');
      expect(groups).to.have.length(6);
      const dashes = groups.map((g) => g.getAttribute('data-dash'));
      const markers = groups.map((g) => g.getAttribute('data-marker'));
      expect(new Set(dashes).size).to.equal(6);
      expect(new Set(markers).size).to.equal(6);
      // The dash pattern is really applied to the drawn line.
      const dashed = groups.map((g) => getComputedStyle(g.querySelector('.series-line')!).strokeDasharray);
      expect(new Set(dashed).size).to.equal(6);
      // And the drawn markers have six different shapes (each subpath without its starting point).
      const shapes = groups.map((g) => markersOf(g)[0].d.replace(/^M[-\d.e]+,[-\d.e]+/, ''));
      expect(new Set(shapes).size).to.equal(6);
      const legend = $$(el, '.legend li');
      expect(legend.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        itemSeries(6).map((s, i) => `${s.label} (${i === 0 ? 'solid' : 'dashed'} line, ${markers[i]} markers)`));
    });
  });

  describe('labels', () => {
    for (const [name, axes, series] of [['4 themes', themeAxes, themeSeries], ['27 items', itemAxes, itemSeries(2)]] as const) {
      it(`never overlap at 320 px, measured in the browser (${name})`, async () => {
        const el = await mount(axes as RadarAxis[], series as RadarSeries[], 320);
        const boxes = $$(el, '.axis-label').map((t) => {
          const r = t.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        });
        expect(boxes).to.have.length(axes.length);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(boxesOverlap(boxes[i], boxes[j]), `labels ${i} and ${j} overlap`).to.equal(false);
          }
        }
        // And the chart fits its 320 px box: no sideways scrolling.
        const chart = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
        expect(chart.width).to.be.at.most(321);
        for (const box of boxes) expect(box.x + box.width).to.be.at.most(chart.x + chart.width + 1);
        expect(Math.min(...boxes.map((b) => b.height))).to.be.at.least(12); // text stays readable, not shrunk
        // With many axes, the axes are numbered and the full labels listed in order under the chart.
        const key = [...el.shadowRoot!.querySelectorAll('.axis-key li')].map((li) => li.textContent);
        expect(key).to.deep.equal(axes.length > 8 ? (axes as RadarAxis[]).map((a) => a.label) : []);
      });
    }

    it('numbers the axes rather than cut a label (4 themes, 320 px, 200% text)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px;font-size:32px"><lpc-radar-chart .axes=${themeAxes} .series=${themeSeries}></lpc-radar-chart></div>`);
      const el = wrapper.querySelector('lpc-radar-chart') as LpcRadarChart;
      for (let i = 0; i < 3; i++) {
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
      }
      const labels = $$(el, '.axis-label').map((n) => n.textContent!.trim());
      expect(labels.some((text) => text.includes('…')), labels.join(' | ')).to.equal(false);
      expect(labels.map((text) => text.split('\n')[0])).to.deep.equal(['1', '2', '3', '4']);
      expect([...el.shadowRoot!.querySelectorAll('.axis-key li')].map((li) => li.textContent)).to.deep.equal(themeAxes.map((a) => a.label));
      // The listed labels wrap inside the 320 px host.
      for (const li of $$(el, '.axis-key li')) expect(li.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    });

    it('fits its new container after being moved to a narrower one', async () => {
      const el = await mount(themeAxes, themeSeries, 900);
      const svg = () => el.shadowRoot!.querySelector('svg.chart, svg') as SVGSVGElement;
      const wide = svg().getBoundingClientRect().width;
      const narrow = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
      narrow.append(el);
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
      }
      const after = svg().getBoundingClientRect();
      expect(after.width).to.be.at.most(300);
      expect(after.width).to.be.lessThan(wide);
      const labels = $$(el, '.axis-label').map((n) => (n as Element).getBoundingClientRect());
      for (const label of labels) expect(label.right).to.be.at.most(narrow.getBoundingClientRect().right + 1);
    });

    it('renders hostile text as text', async () => {
      const el = await openTable(await mount([{ id: 'a', label: hostileText.markup }, { id: 'b', label: hostileText.longWord }, { id: 'c', label: hostileText.rtl }], themeSeries, 320));
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.equal(hostileText.markup);
      // A 2,000-letter word is cut to fit: every label stays inside the 320 px chart.
      const host = el.getBoundingClientRect();
      for (const label of $$(el, '.axis-label')) {
        const box = label.getBoundingClientRect();
        expect(box.left).to.be.at.least(host.left - 1);
        expect(box.right).to.be.at.most(host.right + 1);
      }
    });
  });

  describe('scale numbers', () => {
    /** Boxes of the scale numbers, and the markers and line segments of the series, in SVG units. */
    function geometry(el: LpcRadarChart) {
      const ticks = ($$(el, '.tick') as SVGTextElement[]).map((t) => t.getBBox());
      const groups = $$(el, '.series-item');
      const markers = groups.flatMap((g) => markersOf(g).map((m) => m.box));
      const segments = groups.flatMap((g) => lineSegments(g.querySelector('.series-line')!));
      return { ticks, markers, segments };
    }

    for (const [name, axes, series, width] of [
      ['themes, 1280 px', themeAxes, themeSeries, 1280], ['themes, 320 px', themeAxes, themeSeries, 320],
    ] as const) {
      it(`no line or marker crosses a scale number (${name})`, async () => {
        const el = await mount(axes as RadarAxis[], series as RadarSeries[], width as number);
        const { ticks, markers, segments } = geometry(el);
        expect(ticks).to.have.length(5);
        for (const [i, tick] of ticks.entries()) {
          for (const s of segments) expect(segmentHitsBox(s, tick), `a line crosses "${i + 1}"`).to.equal(false);
          for (const m of markers) expect(boxesOverlap(m, tick), `a marker covers "${i + 1}"`).to.equal(false);
        }
      });
    }

    // Dense charts (27 axes, every series dipping to 1 every fifth axis) leave no clear place
    // near the centre for "1": at 1280 px the numbers at least never sit under a marker (at 320 px
    // the ring of 1 is too small to clear).
    for (const width of [1280]) {
      it(`no marker covers a scale number (27 items x 3 series, ${width} px)`, async () => {
        const el = await mount(itemAxes, itemSeries(3), width);
        const { ticks, markers } = geometry(el);
        for (const [i, tick] of ticks.entries()) for (const m of markers) expect(boxesOverlap(m, tick), `a marker covers "${i + 1}"`).to.equal(false);
      });
    }

    it('grow with the text size (200% text)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px;font-size:32px"><lpc-radar-chart .axes=${themeAxes} .series=${themeSeries}></lpc-radar-chart></div>`);
      const el = wrapper.querySelector('lpc-radar-chart') as LpcRadarChart;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.tick')!).fontSize)).to.be.at.least(24);
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.axis-label')!).fontSize)).to.be.at.least(28);
    });
  });

  describe('table', () => {
    it('has the same numbers as the chart', async () => {
      const el = await openTable(await mount(itemAxes, itemSeries(3)));
      const rows = $$(el, 'tbody tr');
      expect(rows).to.have.length(27);
      // The outer ring's radius, from where the axis lines end.
      const end = /L([-\d.e]+),([-\d.e]+)/.exec(el.shadowRoot!.querySelector('.grid .axis-line')!.getAttribute('d')!)!;
      const radius = Math.hypot(Number(end[1]), Number(end[2]));
      for (const [s, group] of $$(el, '.series-item').entries()) {
        const markers = markersOf(group);
        expect(markers).to.have.length(27);
        for (const marker of markers) {
          const axis = itemAxes[marker.axis].id;
          const cell = el.shadowRoot!.querySelectorAll(`tbody tr[data-axis="${axis}"] td`)[s];
          expect(cell.textContent).to.equal(marker.value.toFixed(1));
          // Drawn where that value sits on that axis (clockwise from 12 o'clock, 0 at the centre, 5 on the outer ring).
          const angle = (marker.axis / itemAxes.length) * Math.PI * 2;
          const at = new DOMPoint(Math.sin(angle) * radius * (marker.value / 5), -Math.cos(angle) * radius * (marker.value / 5));
          const { box } = marker;
          expect(at.x > box.left && at.x < box.right && at.y > box.top && at.y < box.bottom, `marker of ${axis}, series ${s + 1}`).to.equal(true);
          expect(marker.path.isPointInFill(at)).to.equal(true);
        }
      }
    });

    it('sits in a details element that can be opened', async () => {
      const el = await mount(themeAxes, themeSeries);
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      el.tableOpen = true;
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect($$(el, 'tbody tr')).to.have.length(themeAxes.length);
    });

    it('is built when first opened (click, Enter or from script), before the opened disclosure is painted, and stays', async () => {
      const el = await mount(themeAxes, themeSeries);
      const details = el.shadowRoot!.querySelector('details')!;
      // Closed: nothing to see or hear, so nothing is built yet.
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      el.shadowRoot!.querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect($$(el, 'tbody tr').map((tr) => tr.getAttribute('data-axis'))).to.deep.equal(themeAxes.map((a) => a.id));
      el.shadowRoot!.querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(false);
      expect($$(el, 'tbody tr')).to.have.length(themeAxes.length);

      // By keyboard: focus on the summary, Enter.
      const keyboard = await mount(themeAxes, themeSeries);
      keyboard.shadowRoot!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await keyboard.updateComplete;
      expect(keyboard.shadowRoot!.querySelector('details')!.open).to.equal(true);
      expect($$(keyboard, 'tbody tr')).to.have.length(themeAxes.length);

      // From script: the toggle event brings it.
      const scripted = await mount(themeAxes, themeSeries);
      const toggled = new Promise((r) => scripted.shadowRoot!.querySelector('details')!.addEventListener('toggle', r, { once: true }));
      scripted.shadowRoot!.querySelector('details')!.open = true;
      await toggled;
      await scripted.updateComplete;
      expect($$(scripted, 'tbody tr')).to.have.length(themeAxes.length);
    });
  });

  describe('hover and keyboard', () => {
    it('has one tab stop; arrow keys, Home and End move between axes and show their values', async () => {
      const el = await mount(themeAxes, themeSeries);
      const stops = $$(el, '[tabindex="0"]').filter((n) => n.classList.contains('hit'));
      expect(stops).to.have.length(1);
      (stops[0] as SVGGElement).focus();
      await el.updateComplete;
      const readout = () => el.shadowRoot!.querySelector('.readout')!.textContent!.trim();
      expect(readout()).to.equal('Being: You (self) 3.6, All raters 3.8');
      const key = async (k: string) => {
        el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
        await el.updateComplete;
        await el.updateComplete;
      };
      await key('ArrowRight');
      expect(readout()).to.match(/^Relating and communicating:/);
      expect(el.shadowRoot!.activeElement!.getAttribute('data-axis-index')).to.equal('1');
      await key('End');
      expect(readout()).to.match(/^Delivering:/);
      await key('ArrowRight');
      expect(readout()).to.match(/^Being:/);
      await key('ArrowLeft');
      await key('ArrowLeft');
      expect(readout()).to.equal('Leading and visioning: You (self) no data, All raters no data');
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal(readout());
    });

    it('shows values on hover', async () => {
      const el = await mount(themeAxes, themeSeries);
      el.shadowRoot!.querySelector('[data-axis-index="3"]')!.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.readout')!.textContent!.trim()).to.equal('Delivering: You (self) 3.3, All raters 2.7');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations (themes, with the table open)', async () => {
      const el = await mount(themeAxes, themeSeries);
      el.tableOpen = true;
      await el.updateComplete;
      const result = await window.axe.run(el);
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    });

    it('has no axe violations (27 items, 6 series, 320 px)', async () => {
      const el = await mount(itemAxes, itemSeries(6), 320);
      const result = await window.axe.run(el);
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    });
  });
});
