import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createThreeSixty, getFramework } from '../../src/client/collector.js';
import 'axe-core/axe.min.js';
import '../../src/components/360-progress/index.js';
import type { Lpc360Progress } from '../../src/components/360-progress/360-progress.js';
import type { Me, Progress, UnusedInvitation } from '../../src/client/collector-types.js';

const me: Me = {
  role: 'facilitator',
  assessment: {
    id: 'a', leaderName: 'Sam Jones', closesOn: '2999-01-31', status: 'open', frameworkId: 'lpc-core-framework', includeSupplementary: false,
    groups: [
      { id: 'line-manager', label: 'Line manager', minimum: 1 },
      { id: 'peer', label: 'Peers', minimum: 3 },
      { id: 'people-who-use-services', label: 'People who use services', minimum: 3 },
    ],
    minimums: { pool: 3, allRaters: 3, comments: 3 },
  },
};
const progress = (over: Partial<Progress> = {}): Progress => ({
  status: 'open', closesOn: '2999-01-31', self: false,
  groups: [
    { id: 'line-manager', label: 'Line manager', invited: 1, responded: 1 },
    { id: 'peer', label: 'Peers', invited: 3, responded: 1 },
    { id: 'people-who-use-services', label: 'People who use services', invited: 2, responded: 0 },
  ],
  invited: 6, responded: 2, allRatersMinimum: 3,
  ...over,
});
const unused: UnusedInvitation[] = [
  { ref: 'peer-2', group: 'peer', contact: 'b@example.nhs.uk' },
  { ref: 'peer-3', group: 'peer', contact: null },
  { ref: 'people-who-use-services-1', group: 'people-who-use-services' },
];

const root = (el: Lpc360Progress) => el.shadowRoot!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function axeClean(el: Element) {
  const { violations } = await window.axe.run(el);
  expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
}

describe('<lpc-360-progress>', () => {
  it('shows counts per group in a table, the self-assessment, and what is still needed; axe-clean', async () => {
    const el = await fixture<Lpc360Progress>(html`<lpc-360-progress token="T" report-page="/report.html" .me=${me} .progress=${progress()} .unused=${unused}></lpc-360-progress>`);
    const rows = [...root(el).querySelectorAll('[part="groups"] tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).to.deep.equal([
      ['Line manager', '1', '1'],
      ['Peers', '1', '3'],
      ['People who use services', '0', '2'],
    ]);
    expect(text(root(el).querySelector('[part="summary"]'))).to.contain('2 of 6 people invited have responded');
    expect(text(root(el).querySelector('[part="summary"]'))).to.contain("Sam Jones's self-assessment: not sent yet");
    expect(text(root(el).querySelector('[part="summary"]'))).to.contain('1 more is needed');
    await axeClean(el);
  });

  it('lists the links not yet used with their contacts, never a token', async () => {
    const el = await fixture<Lpc360Progress>(html`<lpc-360-progress token="SECRETTOKEN" .me=${me} .progress=${progress()} .unused=${unused}></lpc-360-progress>`);
    const rows = [...root(el).querySelectorAll('[part="unused"] tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).to.deep.equal([
      ['peer-2', 'Peers', 'b@example.nhs.uk'],
      ['peer-3', 'Peers', 'None given'],
      ['people-who-use-services-1', 'People who use services', 'None given'],
    ]);
    expect(root(el).innerHTML).to.not.contain('SECRETTOKEN');
  });

  it('links to the report page with the facilitator token in the fragment', async () => {
    const el = await fixture<Lpc360Progress>(html`<lpc-360-progress token="T0" report-page="/demo/360/report.html" .me=${me} .progress=${progress({ status: 'released' })}></lpc-360-progress>`);
    const link = root(el).querySelector('[part="report-link"]') as HTMLAnchorElement;
    expect(new URL(link.href).pathname).to.equal('/demo/360/report.html');
    expect(new URL(link.href).hash).to.equal('#token=T0');
    expect(text(link)).to.equal('Open the report');
    // Released: no more actions, no reminders.
    expect(root(el).querySelector('[part="actions"] button')).to.equal(null);
    expect(root(el).querySelector('[part="unused"]')).to.equal(null);
  });

  it('offers close while open and release once closed', async () => {
    const el = await fixture<Lpc360Progress>(html`<lpc-360-progress token="T" .me=${me} .progress=${progress()}></lpc-360-progress>`);
    expect(root(el).getElementById('close')).to.exist;
    expect(root(el).getElementById('release')).to.equal(null);
    el.progress = progress({ status: 'closed' });
    await el.updateComplete;
    expect(root(el).getElementById('close')).to.equal(null);
    expect(text(root(el).getElementById('release'))).to.equal('Release the report to Sam Jones');
    await axeClean(el);
  });

  it('asks for the facilitator link when it has none', async () => {
    const el = await fixture<Lpc360Progress>(html`<lpc-360-progress collector="/api/v1"></lpc-360-progress>`);
    expect(text(root(el).querySelector('.error-summary'))).to.contain('This page needs your facilitator link');
    await axeClean(el);
  });

  it('says plainly when the collector cannot be reached, and offers to try again', async () => {
    const el = await fixture<Lpc360Progress>(html`<lpc-360-progress collector="http://127.0.0.1:9/api/v1" token="T"></lpc-360-progress>`);
    // Three attempts with 1 s and 3 s between: wait for the final answer.
    await new Promise((r) => setTimeout(r, 4_600));
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary');
    expect(text(summary)).to.contain('The 360 could not be loaded');
    expect(text(summary)).to.contain('could not be reached');
    expect(summary!.querySelector('button')!.textContent!.trim()).to.equal('Try again');
  }).timeout(8_000);

  // Refs and addresses as long as real ones: side by side they need more than 320 px.
  const longUnused: UnusedInvitation[] = [
    { ref: 'people-who-use-services-1', group: 'people-who-use-services', contact: 'firstname.lastname@example.nhs.uk' },
    { ref: 'peer-3', group: 'peer', contact: null },
  ];
  for (const [name, width, fontSize] of [['320 px', 320, ''], ['200% text', 640, '200%']] as const) {
    it(`at ${name} both tables reflow: no sideways scrolling, every value beside its column's name`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><lpc-360-progress token="T" .me=${me} .progress=${progress()} .unused=${longUnused}></lpc-360-progress></div>`);
      if (fontSize) wrapper.style.fontSize = fontSize;
      const el = wrapper.firstElementChild as Lpc360Progress;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const box = el.getBoundingClientRect();
      for (const part of ['groups', 'unused']) {
        const region = root(el).querySelector<HTMLElement>(`[part="${part}"]`)!;
        expect(region.scrollWidth, `${part} scrolls sideways`).to.be.at.most(region.clientWidth + 1);
        const cells = [...region.querySelectorAll('tbody td, tfoot td')];
        expect(cells.length).to.be.greaterThan(0);
        for (const cell of cells) {
          const r = cell.getBoundingClientRect();
          expect(r.right, `${part} cell within the page`).to.be.at.most(box.right + 0.5);
          // Rows laid out as blocks hide the column headers: each value then shows its column's name.
          if (getComputedStyle(cell).display !== 'table-cell') {
            expect(getComputedStyle(cell, '::before').content, `${part} cell label`).to.contain(`"${cell.getAttribute('data-label')}"`);
          }
        }
      }
      // The links never fit side by side here: they are blocks.
      expect(getComputedStyle(root(el).querySelector('[part="unused"] tbody td')!).display).to.equal('grid');
      const total = root(el).querySelector('[part="groups"] tfoot tr')!;
      expect([...total.children].map((c) => `${c.getAttribute('data-label') ?? ''} ${text(c)}`.trim())).to.deep.equal(['All raters', 'Responded 2', 'Invited 6']);
      await axeClean(el);
    });
  }

  it('keeps the tables as tables at full width', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"><lpc-360-progress token="T" .me=${me} .progress=${progress()} .unused=${longUnused}></lpc-360-progress></div>`);
    const el = wrapper.firstElementChild as Lpc360Progress;
    await el.updateComplete;
    for (const part of ['groups', 'unused']) {
      const cell = root(el).querySelector(`[part="${part}"] tbody td`)!;
      expect(getComputedStyle(cell).display, part).to.equal('table-cell');
      expect(getComputedStyle(cell, '::before').content, part).to.equal('none');
    }
  });

  describe('with the real collector', function () {
    this.timeout(60_000);
    before(async () => void (await getFramework('/test-collector/api/v1', { timeoutMs: 60_000 })));

    function deepActive(): Element | null {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    }
    async function tabTo(name: string) {
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (active?.textContent?.trim() === name || (active?.id && active.id === name)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    }

    it('loads the 360, closes it and releases below the minimum only after the confirmation, all by keyboard', async () => {
      const setup = await createThreeSixty('/test-collector/api/v1', { leaderName: 'Alex Brown', closesOn: '2999-01-31', groups: [{ id: 'peer', invited: 3 }], contacts: { peer: ['a@example.nhs.uk', null, null] } });
      if (!setup.ok) throw new Error(JSON.stringify(setup.problems));
      const el = await fixture<Lpc360Progress>(html`<lpc-360-progress collector="/test-collector/api/v1" token=${setup.body.tokens.facilitator} report-page="/report.html"></lpc-360-progress>`);
      await waitUntil(() => el.progress && el.unused && el.me, 'loaded', { timeout: 30_000 });
      await el.updateComplete;
      expect(text(root(el).querySelector('h2'))).to.equal('360 for Alex Brown');
      expect([...root(el).querySelectorAll('[part="unused"] tbody tr')].map((tr) => text(tr.lastElementChild))).to.deep.equal(['a@example.nhs.uk', 'None given', 'None given']);
      await axeClean(el);

      const changes: string[] = [];
      el.addEventListener('lpc-360-change', (event) => changes.push(event.detail.action));
      await tabTo('Close the 360 now');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.progress?.status === 'closed', 'closed', { timeout: 30_000 });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('release');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).getElementById('confirm-heading'), 'the confirmation', { timeout: 30_000 });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('confirm-heading');
      await axeClean(el);
      await tabTo('confirm-below');
      await sendKeys({ press: 'Space' });
      expect((deepActive() as HTMLInputElement).checked).to.equal(true);
      await tabTo('Release below the minimum');
      const released = oneEvent(el, 'lpc-360-change');
      await sendKeys({ press: 'Enter' });
      expect((await released).detail).to.deep.include({ action: 'released', status: 'released', belowMinimum: true });
      expect(changes).to.deep.equal(['closed', 'released']);
      await el.updateComplete;
      expect(text(root(el).querySelector('.tag'))).to.equal('Report released');
      expect(root(el).activeElement?.getAttribute('part')).to.equal('report-link');
    });
  });
});
