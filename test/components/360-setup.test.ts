import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/components/360-setup/index.js';
import type { Lpc360Setup } from '../../src/components/360-setup/360-setup.js';
import { buildRequest, checkForm, initialForm, placeProblems } from '../../src/components/360-setup/setup-form.js';
import { linkRows, linksCsv } from '../../src/utils/links.js';
import type { SetupResult } from '../../src/client/collector-types.js';
import { getFramework } from '../../src/client/collector.js';

const result: SetupResult = {
  id: '3f6c0000-0000-4000-8000-000000000000',
  leaderName: 'Sam Jones',
  closesOn: '2027-01-31',
  tokens: {
    facilitator: 'FFFFFFFFFFFFFFFFFFFFFF',
    leader: 'LLLLLLLLLLLLLLLLLLLLLL',
    raters: [
      { ref: 'line-manager-1', group: 'line-manager', token: 'AAAAAAAAAAAAAAAAAAAAAA' },
      { ref: 'peer-1', group: 'peer', token: 'BBBBBBBBBBBBBBBBBBBBBB' },
      { ref: 'people-who-use-services-1', group: 'people-who-use-services', token: 'CCCCCCCCCCCCCCCCCCCCCC' },
    ],
  },
};

const root = (el: Lpc360Setup) => el.shadowRoot!;
const field = (el: Lpc360Setup, id: string) => root(el).getElementById(id) as HTMLInputElement;

function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function axeClean(el: Element) {
  const { violations } = await window.axe.run(el);
  expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
}

describe('<lpc-360-setup>', () => {
  describe('the form', () => {
    it('has a labelled field for everything a 360 needs and is axe-clean', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup collector="/api/v1"></lpc-360-setup>`);
      for (const id of ['leader-name', 'closes-on', 'line-manager-invited', 'peer-invited', 'direct-report-invited', 'other-invited', 'minimum-pool', 'minimum-all-raters', 'minimum-comments']) {
        const input = field(el, id);
        expect(input, id).to.exist;
        expect(root(el).querySelector(`label[for="${id}"]`)?.textContent?.trim(), id).to.not.equal('');
      }
      await axeClean(el);
    });

    it('checks the form before sending: an NHS error summary links to each field, and focus moves to it', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup collector="/api/v1"></lpc-360-setup>`);
      (root(el).querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const summary = root(el).querySelector('.error-summary') as HTMLElement;
      expect(summary).to.exist;
      expect(root(el).activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.textContent!.trim())).to.include.members(["Enter the leader's name", 'Enter the closing date']);
      expect(field(el, 'leader-name').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'leader-name').getAttribute('aria-describedby')).to.contain('leader-name-error');
      links[0].click();
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(field(el, 'leader-name'));
      await axeClean(el);
    });

    it('adds a custom group by keyboard, focusing its name field, and removes it', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup collector="/api/v1"></lpc-360-setup>`);
      const add = root(el).getElementById('add-group') as HTMLButtonElement;
      add.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const label = deepActive() as HTMLInputElement;
      expect(label.id).to.match(/^custom-\d+-label$/);
      await sendKeys({ type: 'People who use services' });
      await el.updateComplete;
      expect(root(el).textContent).to.contain('People who use services');
      const remove = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Remove'))!;
      expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove the group People who use services');
      remove.click();
      await el.updateComplete;
      expect(root(el).getElementById(label.id)).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('other-invited');
    });
  });

  describe('problems from the collector', () => {
    it('places { path, message } problems on their fields', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup collector="/api/v1"></lpc-360-setup>`);
      el.problems = [
        { path: '/closesOn', message: 'The closing date 2020-01-01 is in the past.' },
        { path: '/groups/1/invited', message: 'Give the number invited as a whole number from 0 to 200.' },
        { path: '/somethingElse', message: 'Unknown key.' },
      ];
      await el.updateComplete;
      const summary = root(el).querySelector('.error-summary')!;
      const hrefs = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['#closes-on', '#peer-invited']);
      expect(summary.textContent).to.contain('Unknown key. (at /somethingElse)');
      expect(root(el).getElementById('peer-invited-error')!.textContent).to.contain('whole number from 0 to 200');
    });

    it('maps paths through the rows that are sent (a group with 0 invited is not sent)', () => {
      const form = initialForm();
      form.groups[0].invited = '0';
      // Sent: peer (0), direct-report (1).
      expect(placeProblems(form, [{ path: '/groups/1/minimum', message: 'x' }])).to.deep.equal([{ fieldId: 'direct-report-minimum', message: 'x' }]);
      expect(placeProblems(form, [{ path: '/contacts/peer/2', message: 'y' }])).to.deep.equal([{ fieldId: 'peer-contacts', message: 'y' }]);
    });
  });

  describe('the request', () => {
    it('is built from the form: groups with invitees only, custom ids from labels, contacts in link order', () => {
      const form = initialForm();
      form.leaderName = '  Sam Jones ';
      form.closesOn = '2999-01-31';
      form.groups[1].contacts = 'a@example.nhs.uk\n\nb@example.nhs.uk';
      form.groups.push({ key: 'c', id: '', label: 'People who use services', custom: true, invited: '2', minimum: '3', contacts: '' });
      expect(checkForm(form)).to.deep.equal([]);
      const request = buildRequest(form);
      expect(request.leaderName).to.equal('Sam Jones');
      expect(request.groups.map((g) => g.id)).to.deep.equal(['line-manager', 'peer', 'direct-report', 'people-who-use-services']);
      expect(request.groups[3]).to.deep.equal({ id: 'people-who-use-services', invited: 2, label: 'People who use services', minimum: 3 });
      expect(request.contacts).to.deep.equal({ peer: ['a@example.nhs.uk', 'b@example.nhs.uk', null] });
    });

    it('refuses minimums below the floors and more contacts than links', () => {
      const form = initialForm();
      form.leaderName = 'Sam';
      form.closesOn = '2999-01-31';
      form.groups[1].minimum = '1';
      form.allRaters = '2';
      form.groups[0].contacts = 'a@example.nhs.uk\nb@example.nhs.uk';
      const ids = checkForm(form).map((p) => p.fieldId);
      expect(ids).to.deep.equal(['line-manager-contacts', 'peer-minimum', 'minimum-all-raters']);
    });
  });

  describe('with the real collector', function () {
    this.timeout(60_000);
    // The collector starts on the first request and creates its database: not a test of the element.
    before(async () => void (await getFramework('/test-collector/api/v1', { timeoutMs: 60_000 })));

    it('sets up a 360 filled in by keyboard, fires lpc-360-created without a token, and shows the links', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup collector="/test-collector/api/v1" rate-page="/r.html" self-page="/s.html" report-page="/p.html" progress-page="/f.html"></lpc-360-setup>`);
      const events: Array<{ id: string; raters: number }> = [];
      el.addEventListener('lpc-360-created', (event) => events.push(event.detail));
      field(el, 'leader-name').focus();
      await sendKeys({ type: 'Sam Jones' });
      field(el, 'closes-on').focus();
      await sendKeys({ type: '01312999' });
      await el.updateComplete;
      expect(field(el, 'closes-on').value).to.equal('2999-01-31');
      field(el, 'other-invited').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.result !== undefined || root(el).querySelector('.error-summary'), 'set up', { timeout: 30_000 });
      expect(root(el).querySelector('.error-summary')?.textContent?.trim()).to.equal(undefined);
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0].raters).to.equal(9);
      expect(JSON.stringify(events[0])).to.not.contain(el.result!.tokens.leader);
      expect(root(el).activeElement?.id).to.equal('result-heading');
      const rows = el.links;
      expect(rows.filter((r) => r.group === 'other').map((r) => r.ref)).to.deep.equal(['other-1', 'other-2']);
      expect(rows.find((r) => r.ref === 'facilitator')!.link).to.equal(new URL(`/f.html#token=${el.result!.tokens.facilitator}`, location.href).href);
      await axeClean(el);
    });

    it("places the collector's problem on the field it names (a group name the report keeps for itself)", async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup collector="/test-collector/api/v1"></lpc-360-setup>`);
      field(el, 'leader-name').value = 'Sam';
      field(el, 'leader-name').dispatchEvent(new Event('input'));
      field(el, 'closes-on').value = '2999-01-31';
      field(el, 'closes-on').dispatchEvent(new Event('input'));
      (root(el).getElementById('add-group') as HTMLButtonElement).click();
      await el.updateComplete;
      const label = root(el).querySelector<HTMLInputElement>('input[id$="-label"]')!;
      label.value = 'All raters';
      label.dispatchEvent(new Event('input'));
      (root(el).querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await waitUntil(() => root(el).querySelector('.error-summary'), 'the error summary', { timeout: 30_000 });
      const link = root(el).querySelector('.error-summary a')!;
      expect(link.getAttribute('href')).to.equal(`#${label.id}`);
      expect(root(el).getElementById(`${label.id}-error`)!.textContent).to.contain('all-raters');
      expect(el.result).to.equal(undefined);
      expect(label.value).to.equal('All raters');
    });
  });

  describe('the links', () => {
    it('shows every link once with a copy button, and is axe-clean', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup
        collector="/api/v1"
        rate-page="/demo/360/rate.html"
        self-page="/demo/360/self.html"
        report-page="/demo/360/report.html"
        progress-page="/demo/360/progress.html"
        .result=${result}
      ></lpc-360-setup>`);
      const inputs = [...root(el).querySelectorAll<HTMLInputElement>('input[readonly]')];
      expect(inputs.map((i) => new URL(i.value).pathname + new URL(i.value).hash)).to.deep.equal([
        '/demo/360/progress.html#token=FFFFFFFFFFFFFFFFFFFFFF',
        '/demo/360/self.html#token=LLLLLLLLLLLLLLLLLLLLLL',
        '/demo/360/report.html#token=LLLLLLLLLLLLLLLLLLLLLL',
        '/demo/360/rate.html#token=AAAAAAAAAAAAAAAAAAAAAA',
        '/demo/360/rate.html#token=BBBBBBBBBBBBBBBBBBBBBB',
        '/demo/360/rate.html#token=CCCCCCCCCCCCCCCCCCCCCC',
      ]);
      const copyButtons = [...root(el).querySelectorAll('button')].filter((b) => b.textContent!.trim().startsWith('Copy'));
      expect(copyButtons).to.have.length(6);
      await axeClean(el);
    });

    it('copies with the Clipboard API, or selects the link for the keyboard when the browser refuses', async () => {
      const el = await fixture<Lpc360Setup>(html`<lpc-360-setup rate-page="/r.html" .result=${result}></lpc-360-setup>`);
      const copy = [...root(el).querySelectorAll('button')].filter((b) => b.textContent!.trim().startsWith('Copy'))[3];
      // Headless Chromium without a user gesture refuses clipboard writes: the fallback must select the text.
      copy.click();
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      const status = root(el).querySelector('[role="status"]')!.textContent!.trim();
      const input = field(el, 'link-3');
      if (status.includes('copied')) {
        expect(status).to.equal('Link for Line manager (line-manager-1) copied.');
      } else {
        expect(status).to.contain('press Control and C');
        expect(root(el).activeElement).to.equal(input);
        expect(input.selectionStart).to.equal(0);
        expect(input.selectionEnd).to.equal(input.value.length);
      }
    });

    it('writes a mail-merge CSV without the facilitator link, with formula-guarded text', () => {
      const hostile: SetupResult = { ...result, tokens: { ...result.tokens, raters: [{ ref: '=HYPERLINK("x")', group: 'peer', token: 'T' }] } };
      const rows = linkRows(hostile, { ratePage: '/r.html', selfPage: '/s.html', reportPage: '/p.html', base: 'https://example.nhs.uk/' }, {}, { peer: ['@a@example.nhs.uk'] });
      const csv = linksCsv(rows);
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).to.equal('group,ref,link,contact');
      expect(csv).to.not.contain('FFFFFFFFFFFFFFFFFFFFFF');
      expect(lines[1]).to.equal('leader,leader-self,https://example.nhs.uk/s.html#token=LLLLLLLLLLLLLLLLLLLLLL,');
      expect(lines[3]).to.equal(`peer,"'=HYPERLINK(""x"")",https://example.nhs.uk/r.html#token=T,'@a@example.nhs.uk`);
    });
  });
});
