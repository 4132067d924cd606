// The change since the previous 360 in <lpc-report> (src/components/report/sections/change.ts).
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/report/index.js';
import type { LpcReport } from '../../src/components/report/report.js';
import { compareResults } from '../../src/core/change.js';
import { realFramework } from '../../data/examples/frameworks.js';
import { reassessment } from '../../data/examples/leaders.js';
import type { AggregateResult } from '../../src/core/aggregate.js';
import type { DevelopmentPlan } from '../../src/core/types.js';

const { previous, current } = reassessment();
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(props: { previous?: unknown; previousPlan?: DevelopmentPlan; width?: number }) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${props.width ?? 1000}px">
    <lpc-report .framework=${realFramework} .result=${current} .previous=${props.previous} .previousPlan=${props.previousPlan}></lpc-report></div>`);
  const el = wrapper.querySelector('lpc-report') as LpcReport;
  await el.updateComplete;
  return el;
}

describe('<lpc-report> change since the last 360', () => {
  it('is not there without a previous 360', async () => {
    const el = await mount({});
    expect(el.shadowRoot!.querySelector('#change-heading')).to.equal(null);
  });

  it('shows both counts, says the raters may differ, and a change under a point is not a clear change', async () => {
    const el = await mount({ previous });
    const section = el.shadowRoot!.querySelector('.change')!;
    expect(text(section)).to.contain(`${previous.respondents.raters} raters then, ${current.respondents.raters} now`);
    expect(text(section)).to.contain('The raters may not be the same people in both rounds');
    const change = compareResults(current, previous);
    const rows = [...section.querySelectorAll('table[data-table="change-items"] tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).to.have.length(change.items.length);
    for (const [i, item] of change.items.entries()) {
      if (!item.allRaters) {
        expect(rows[i][2]).to.equal('');
        continue;
      }
      expect(rows[i][2]).to.contain(`(${item.allRaters.previousCount} scores)`);
      expect(rows[i][3]).to.contain(`(${item.allRaters.currentCount} scores)`);
      expect(rows[i][5]).to.equal(Math.abs(item.allRaters.change) < 1 - 1e-9 ? 'No clear change (less than 1 point on the scale)' : item.allRaters.change > 0 ? 'Higher' : 'Lower');
    }
    expect(rows.some((r) => r[5] === 'Higher')).to.equal(true);
    expect(rows.some((r) => r[5].startsWith('No clear change'))).to.equal(true);
  });

  it('never compares a figure hidden in the previous report', async () => {
    const hidden = structuredClone(previous) as AggregateResult;
    const item = hidden.themes[0].items[0];
    item.allRaters = { status: 'hidden', count: 2, reason: 'Hidden because fewer than 3 raters gave a score.' };
    item.gap = null;
    item.flag = null;
    const el = await mount({ previous: hidden });
    const row = [...el.shadowRoot!.querySelectorAll('table[data-table="change-items"] tbody tr')][0];
    const cells = [...row.children].map((c) => text(c));
    expect(cells[2]).to.equal('');
    expect(cells[4]).to.equal('');
    expect(cells[5]).to.equal('Not shown last time, so there is nothing to compare with.');
  });

  it('marks the items of the previous plan', async () => {
    const itemId = current.items[3].itemId;
    const plan: DevelopmentPlan = {
      schemaVersion: 1, assessmentId: previous.assessmentId, framework: { id: realFramework.id, version: realFramework.version }, updatedAt: '2025-12-01T00:00:00Z',
      items: [{ itemId, themeId: current.items[3].themeId, reasons: [], action: 'x', support: '', evidence: '', reviewOn: '' }],
    };
    const el = await mount({ previous, previousPlan: plan });
    const rows = [...el.shadowRoot!.querySelectorAll('table[data-table="change-items"] tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows.filter((r) => r[1] === 'Yes').map((r) => r[0])).to.deep.equal([current.items[3].label]);
    expect(text(el.shadowRoot!.querySelector('.change'))).to.contain('Items of the plan you made after your last 360');
  });

  it('leaves out a previous result it cannot read, and keeps the report', async () => {
    const el = await mount({ previous: { nonsense: true } });
    expect(el.shadowRoot!.querySelector('#change-heading')).to.equal(null);
    expect(el.shadowRoot!.querySelector('table[data-table="themes"]')).to.exist;
  });

  it('has no axe violations, and reflows at 320 px', async () => {
    const el = await mount({ previous, width: 320 });
    const result = await window.axe.run(el.shadowRoot!.querySelector('.change')!);
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    for (const scroller of el.shadowRoot!.querySelectorAll('.change table, .change .data-table')) {
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    }
  });
});
