import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import 'axe-core/axe.min.js';
import '../../src/components/framework/index.js';
import { frameworkContext } from '../../src/context.js';
import type { LpcFramework } from '../../src/components/framework/framework.js';
import type { Framework } from '../../src/core/types.js';
import { realFramework, tinyFramework } from '../../data/examples/frameworks.js';

/** A minimal consumer, standing in for any lpc- element that reads the framework. */
class TestConsumer extends LitElement {
  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;
  override render() {
    return litHtml`${this.framework?.title ?? 'none'}`;
  }
}
customElements.define('test-framework-consumer', TestConsumer);

const REAL = '/data/lpc-core-framework-2020.json';

async function mount(src?: string) {
  const el = await fixture<LpcFramework>(html`<lpc-framework><test-framework-consumer></test-framework-consumer><button>Page button</button></lpc-framework>`);
  const consumer = el.querySelector('test-framework-consumer') as TestConsumer;
  if (src) {
    el.src = src;
  }
  return { el, consumer };
}

function summaryText(el: LpcFramework): string {
  return el.shadowRoot!.querySelector('.error-summary')?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('<lpc-framework>', () => {
  describe('ready', () => {
    it('loads src, validates it, shares it through context and fires lpc-framework-ready', async () => {
      const { el, consumer } = await mount();
      const ready = oneEvent(el, 'lpc-framework-ready');
      el.src = REAL;
      const event = await ready;
      expect(event.detail.src).to.equal(REAL);
      expect(event.detail.framework.themes).to.have.length(4);
      await consumer.updateComplete;
      expect(consumer.framework?.id).to.equal('lpc-core-framework');
      expect(el.framework?.id).to.equal('lpc-core-framework');
      expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    });

    it('takes a framework as a property, and validates it', async () => {
      const { el, consumer } = await mount();
      el.framework = tinyFramework;
      await consumer.updateComplete;
      expect(consumer.framework?.id).to.equal('tiny-example');
      const error = oneEvent(el, 'lpc-framework-error');
      el.framework = { ...tinyFramework, themes: 'none' };
      expect((await error).detail.problems[0].path).to.equal('/themes');
      await consumer.updateComplete;
      expect(consumer.framework).to.equal(undefined);
    });

    it('replaces the rating scale when the host gives one', async () => {
      const { el } = await mount();
      el.framework = realFramework;
      el.ratingScale = { ...realFramework.ratingScale, id: 'agree-3', origin: 'host', points: [
        { value: 1, label: 'Disagree' }, { value: 2, label: 'Neutral' }, { value: 3, label: 'Agree' }] };
      await el.updateComplete;
      expect(el.framework?.ratingScale.id).to.equal('agree-3');
      expect(el.framework?.themes).to.have.length(4);
    });

    it('shows a loading status while fetching', async () => {
      const { el } = await mount(REAL);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.match(/Loading/);
      await el.loadComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    });
  });

  describe('errors', () => {
    async function errorFor(src: string) {
      const { el, consumer } = await mount();
      const error = oneEvent(el, 'lpc-framework-error');
      el.src = src;
      const event = await error;
      await el.updateComplete;
      return { el, consumer, detail: event.detail };
    }

    it('404: says the file was not found and names it', async () => {
      const { el, detail } = await errorFor('/data/no-such-file.json');
      expect(detail.kind).to.equal('not-found');
      expect(summaryText(el)).to.contain('"/data/no-such-file.json" was not found');
      expect(summaryText(el)).to.contain('HTTP 404');
    });

    it('network failure: says the request failed', async () => {
      const { el, detail } = await errorFor('http://127.0.0.1:9/framework.json');
      expect(detail.kind).to.equal('network');
      expect(summaryText(el)).to.contain('network request failed');
    });

    it('not JSON: says the server may have sent a web page', async () => {
      const { el, detail } = await errorFor('/test/fixtures/not-json.html');
      expect(detail.kind).to.equal('not-json');
      expect(summaryText(el)).to.contain('is not JSON');
    });

    it('invalid JSON: lists the JSON path of each problem', async () => {
      const { el, consumer, detail } = await errorFor('/test/fixtures/invalid-framework.json');
      expect(detail.kind).to.equal('invalid');
      expect(detail.problems.map((p: { path: string }) => p.path)).to.include('/themes/2/qualities/0/text');
      const text = summaryText(el);
      expect(text).to.contain('not a valid framework');
      expect(text).to.contain('/themes/2/qualities/0/text');
      expect(consumer.framework).to.equal(undefined);
    });

    it('keeps the page content usable', async () => {
      const { el } = await errorFor('/data/no-such-file.json');
      const button = el.querySelector('button')!;
      expect(button.getBoundingClientRect().height).to.be.greaterThan(0);
      let clicked = false;
      button.addEventListener('click', () => (clicked = true));
      button.click();
      expect(clicked).to.equal(true);
    });

    it('the error summary has no axe violations', async () => {
      const { el } = await errorFor('/test/fixtures/invalid-framework.json');
      const results = await window.axe.run(el);
      expect(results.violations.map((v) => v.id)).to.deep.equal([]);
      // Control: axe does report problems in this page when there are some.
      const broken = await fixture(html`<div><img src="x.png"></div>`);
      expect((await window.axe.run(broken)).violations.map((v) => v.id)).to.include('image-alt');
    });

    it('renders hostile text from the file as text only', async () => {
      const { el } = await mount();
      (window as unknown as { __lpcHacked?: boolean }).__lpcHacked = false;
      el.framework = { ...realFramework, themes: [{ ...realFramework.themes[0], id: '<img src=x onerror="window.__lpcHacked=true">' }] };
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(summaryText(el)).to.contain('<img src=x');
      expect((window as unknown as { __lpcHacked?: boolean }).__lpcHacked).to.equal(false);
    });
  });

  describe('src changes', () => {
    it('a slow, older response never overwrites a newer one', async () => {
      const realFetch = window.fetch;
      const pending = new Map<string, (r: Response) => void>();
      window.fetch = ((input: RequestInfo | URL) =>
        new Promise<Response>((resolve) => pending.set(String(input), resolve))) as typeof fetch;
      try {
        const { el, consumer } = await mount();
        el.src = '/old.json';
        await el.updateComplete;
        el.src = '/new.json';
        await el.updateComplete;
        const readyEvents: string[] = [];
        el.addEventListener('lpc-framework-ready', (e) => readyEvents.push(e.detail.framework.id));
        pending.get('/new.json')!(new Response(JSON.stringify(tinyFramework), { status: 200 }));
        await waitUntil(() => consumer.framework?.id === 'tiny-example');
        pending.get('/old.json')!(new Response(JSON.stringify(realFramework), { status: 200 }));
        await new Promise((r) => setTimeout(r, 50));
        await consumer.updateComplete;
        expect(consumer.framework?.id).to.equal('tiny-example');
        expect(readyEvents).to.deep.equal(['tiny-example']);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('changing src replaces the framework and clears an earlier error', async () => {
      const { el, consumer } = await mount();
      const error = oneEvent(el, 'lpc-framework-error');
      el.src = '/data/no-such-file.json';
      await error;
      const ready = oneEvent(el, 'lpc-framework-ready');
      el.src = REAL;
      await ready;
      await el.updateComplete;
      await consumer.updateComplete;
      expect(consumer.framework?.id).to.equal('lpc-core-framework');
      expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    });
  });

  it('defining the element twice does not throw', async () => {
    const { defineElement } = await import('../../src/define.js');
    const { LpcFramework } = await import('../../src/components/framework/framework.js');
    expect(() => defineElement('lpc-framework', LpcFramework)).to.not.throw();
  });
});

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
