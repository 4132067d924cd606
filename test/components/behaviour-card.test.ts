import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import '../../src/components/behaviour-card/index.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { LpcBehaviourCard } from '../../src/components/behaviour-card/behaviour-card.js';
import { formatSourceDate } from '../../src/core/source-text.js';
import { hostileFramework, hostileText, realFramework } from '../../data/examples/frameworks.js';
import type { Framework } from '../../src/core/types.js';

async function card(item: string, { framework = realFramework, attrs = {}, content = html`` } = {} as {
  framework?: Framework; attrs?: Record<string, string>; content?: unknown;
}) {
  const host = await fixture<HTMLElement>(html`<div style="width: 600px"><lpc-framework><lpc-behaviour-card item=${item}>${content}</lpc-behaviour-card></lpc-framework></div>`);
  const provider = host.querySelector('lpc-framework') as LpcFramework;
  const el = host.querySelector('lpc-behaviour-card') as LpcBehaviourCard;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  provider.framework = framework;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="base"], [part="unknown"]'), 'the card did not render');
  await el.updateComplete;
  return el;
}

const text = (el: LpcBehaviourCard, selector = ':host') =>
  (selector === ':host' ? el.shadowRoot! : el.shadowRoot!.querySelector(selector))?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const heading = (el: LpcBehaviourCard) => el.shadowRoot!.querySelector('[role="heading"]')!;

async function axe(el: Element) {
  const result = await window.axe.run(el);
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('<lpc-behaviour-card>', () => {
  describe('items', () => {
    it('shows a behaviour: theme, kind, heading, text and source', async () => {
      const el = await card('being.authenticity');
      const behaviour = realFramework.themes[0].behaviours[0];
      expect(text(el, '[part="theme"]')).to.equal('B1 Being · Systems leadership behaviour');
      expect(heading(el).textContent).to.equal('Authenticity');
      expect(text(el, '[part="text"]')).to.equal(behaviour.text);
      expect(text(el, '[part="source"]')).to.equal('Source: Leadership for Personalised Care: Core Framework, NHS England, January 2020');
    });

    it('shows a quality, which has no heading in the framework, as "Quality n"', async () => {
      const el = await card('relating.q3');
      expect(text(el, '[part="theme"]')).to.equal('Q3 Relating and communicating · Leadership for personalised care quality');
      expect(heading(el).textContent).to.equal('Quality 3');
      expect(text(el, '[part="text"]')).to.equal(realFramework.themes[1].qualities[2].text);
    });

    it('uses heading level 3 by default and heading-level when given (clamped to 1..6)', async () => {
      const el = await card('being.mindset');
      expect(heading(el).getAttribute('aria-level')).to.equal('3');
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect(heading(el).getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(heading(el).getAttribute('aria-level')).to.equal('6');
    });

    it('has slots for extra content and actions', async () => {
      const el = await card('being.q1', { content: html`<p>Extra note</p><button slot="actions">Rate this</button>` });
      const slots = [...el.shadowRoot!.querySelectorAll('slot')];
      const defaultSlot = slots.find((s) => !s.name)!;
      const actions = slots.find((s) => s.name === 'actions')!;
      expect(defaultSlot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Extra note']);
      expect(actions.assignedElements().map((e) => e.textContent)).to.deep.equal(['Rate this']);
    });

    it('has a compact variant that reflects and keeps the heading, text and source', async () => {
      const el = await card('being', { attrs: { compact: '' } });
      expect(el.compact).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="items"]')).to.equal(null);
      expect(text(el, '[part="source"]')).to.include('NHS England');
      el.compact = false;
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[part="items"] li')).to.have.length(9);
    });
  });

  describe('themes and supplementary text', () => {
    it('a theme card names the theme, counts and lists its items', async () => {
      const el = await card('delivering');
      expect(text(el, '[part="theme"]')).to.equal('Theme');
      expect(heading(el).textContent).to.equal('Delivering');
      expect(text(el, '[part="text"]')).to.equal('3 systems leadership behaviours and 6 leadership for personalised care qualities.');
      expect(text(el, '[part="items"]')).to.include('B1 Ownership and accountability');
    });

    it('the Leading and visioning card says the framework has no text for it', async () => {
      const el = await card('leading');
      expect(heading(el).textContent).to.equal('Leading and visioning');
      expect(text(el, '[part="text"]')).to.include('The framework has no text for this theme.');
      expect(text(el, '[part="text"]')).to.include(realFramework.themes[2].statusNote!);
      expect(text(el)).to.include('Supplementary text from another document, not part of the framework');
    });

    it('supplementary text is clearly marked as not part of the framework, with its own source', async () => {
      const el = await card('leading.blog-2020');
      const entry = realFramework.themes[2].supplementary![0];
      expect(text(el, '[part="theme"]')).to.equal('Supplementary Leading and visioning · Not part of the framework');
      expect(heading(el).textContent).to.equal(entry.label);
      expect(text(el, '[part="text"]')).to.equal(entry.text);
      expect(text(el, '[part="source"]')).to.include(entry.source.publisher);
      expect(text(el, '[part="source"]')).to.include('September 2020');
    });
  });

  describe('unknown ids', () => {
    it('names the unknown id and the nearest valid ids', async () => {
      const el = await card('being.authentisity');
      const message = text(el, '[part="unknown"]');
      expect(message).to.include('No theme or item has the id “being.authentisity”.');
      expect(message).to.match(/Did you mean: being\.authenticity, /);
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    });

    it('says so when no id is given', async () => {
      const el = await card('');
      expect(text(el, '[part="unknown"]')).to.include('No theme or item was given');
    });
  });

  describe('plain text only', () => {
    it('shows hostile text as text, never as markup', async () => {
      (window as unknown as { __lpcHacked?: boolean }).__lpcHacked = undefined;
      const el = await card('markup.b1', { framework: hostileFramework });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(heading(el).textContent).to.equal(hostileText.markup);
      expect((window as unknown as { __lpcHacked?: boolean }).__lpcHacked).to.equal(undefined);
    });

    it('wraps a 2,000-character word inside the card', async () => {
      const el = await card('markup.q1', { framework: hostileFramework });
      expect(text(el, '[part="text"]')).to.equal(hostileText.longWord);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });
  });

  describe('accessibility', () => {
    for (const id of ['being.authenticity', 'being.q1', 'being', 'leading', 'leading.blog-2020', 'nope']) {
      it(`has no axe violations: ${id}`, async () => {
        const el = await card(id);
        expect(await axe(el)).to.deep.equal([]);
      });
    }
  });

  it('formats source dates in words', () => {
    expect(formatSourceDate('2020-01')).to.equal('January 2020');
    expect(formatSourceDate('2020-09-09')).to.equal('9 September 2020');
    expect(formatSourceDate('2020-13')).to.equal('2020-13');
  });
});
