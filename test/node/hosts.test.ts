// Node only: the built library in real host pages, driven in Chromium (playwright-core, Debian
// Chromium): plain HTML under a strict CSP, a CMS-like page with hostile global CSS, React 19, Vue 3.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { twelveRaters } from '../../data/examples/responses.js';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

async function bundleHost(entry: string, out: string): Promise<void> {
  await build({
    entryPoints: [entry], outfile: out, bundle: true, format: 'esm', target: 'es2022', minify: true,
    jsx: 'automatic', tsconfig: 'tsconfig.json', logLevel: 'silent', conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
}

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => { throw error; });
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('host pages', () => {
  before(async () => {
    const vite = (...args: string[]) => execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', ...args], { stdio: 'pipe' });
    vite('--outDir', '.tmp/host-dist');
    vite('--mode', 'elements', '--outDir', '.tmp/host-dist/elements');
    await bundleHost('test/hosts/react/app.jsx', '.tmp/hosts/react.js');
    writeFileSync('.tmp/hosts/responses.json', JSON.stringify(twelveRaters));
    await bundleHost('test/hosts/vue/app.js', '.tmp/hosts/vue.js');
    server = await serveStatic('.', { headers: (path: string): Record<string, string> => (path.startsWith('/test/hosts/csp/') ? { 'Content-Security-Policy': CSP } : {}) });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('plain HTML under a strict Content-Security-Policy', () => {
    it('renders every element, handles input and reports zero CSP violations', async () => {
      const page = await open('/test/hosts/csp/index.html');
      await page.waitForFunction(() => (window as any).__events?.includes('lpc-framework-ready:framework'));
      await page.waitForFunction(() => (window as any).__events?.includes('lpc-framework-error:broken'));
      // Elements rendered their shadow content from the framework.
      await page.locator('#card').getByText('Authenticity', { exact: false }).first().waitFor();
      await page.locator('#wheel').getByRole('treeitem').first().waitFor();
      await page.locator('#rating').getByRole('radio', { name: /Often/ }).click();
      await page.waitForFunction(() => (window as any).__events.includes('change:rating'));
      await page.locator('#assessment').getByRole('heading').first().waitFor();
      await page.waitForFunction(() => (window as any).__dataSet === true);
      // The radar's drawing (labels set their positions through the CSSOM) and, once opened, its table.
      await page.locator('#radar').locator('svg.chart').waitFor();
      await page.locator('#radar').getByText('Show the numbers as a table').click();
      await page.locator('#radar').locator('table').first().waitFor();
      await page.locator('#report').getByRole('heading', { name: 'Who responded' }).waitFor();
      await page.waitForTimeout(300);
      await expect(await page.locator('#broken').getByText('was not found').count()).to.be.greaterThan(0);
      expect(await page.evaluate(() => (window as any).__secondBundleLoaded)).to.equal(true);
      const violations = await page.evaluate(() => (window as any).__cspViolations);
      expect(violations).to.deep.equal([]);
      await page.close();
    });

    it('control: the policy is really enforced and violations are collected', async () => {
      const page = await open('/test/hosts/csp/index.html');
      await page.waitForFunction(() => Array.isArray((window as any).__cspViolations));
      // An inline style attribute, as a careless element might write: blocked by style-src.
      const colour = await page.evaluate(() => {
        const probe = document.createElement('p');
        document.body.append(probe);
        probe.setAttribute('style', 'color: rgb(255, 0, 0)');
        return getComputedStyle(probe).color;
      });
      expect(colour).to.not.equal('rgb(255, 0, 0)');
      await page.waitForFunction(() => (window as any).__cspViolations.length > 0);
      await page.close();
    });
  });

  describe('CMS-like page with hostile global CSS', () => {
    it('elements keep their layout, text size and target size', async () => {
      const page = await open('/test/hosts/cms/index.html');
      await page.locator('#card').getByText('Has clear structure and steps for delivery', { exact: false }).waitFor();
      const wheel = await page.locator('#wheel').getByRole('treeitem').first().boundingBox();
      expect(wheel, 'wheel segment visible').to.not.equal(null);
      const radio = await page.locator('#rating').getByRole('radio').first().boundingBox();
      expect(radio!.width).to.be.at.least(44);
      expect(radio!.height).to.be.at.least(44);
      const fontSize = await page.locator('#card').getByText('Has clear structure', { exact: false }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).to.be.at.least(16);
      await page.close();
    });
  });

  describe('React 19', () => {
    it('passes properties, receives events and controls an lpc-rating in a form', async () => {
      const page = await open('/test/hosts/react/index.html');
      await page.locator('#title', { hasText: 'Leadership for Personalised Care: Core Framework' }).waitFor();
      // Controlled value: React's state shows as the checked radio.
      await expect(await page.locator('lpc-rating').getByRole('radio', { name: /Sometimes/ }).isChecked()).to.equal(true);
      await page.locator('lpc-rating').getByRole('radio', { name: /Often/ }).click();
      await page.locator('#rating', { hasText: '4' }).waitFor();
      await page.click('#set-five');
      await page.waitForFunction(() => (document.querySelector('lpc-rating') as any).value === '5');
      await page.click('#submit');
      await page.locator('#submitted', { hasText: '5' }).waitFor();
      // lpc-select from the wheel reaches React, and React's selected property comes back.
      await page.locator('lpc-theme-wheel').getByRole('treeitem', { name: /Delivering/ }).first().click();
      await page.locator('#selected', { hasText: 'delivering' }).waitFor();
      expect(await page.evaluate(() => (document.querySelector('lpc-theme-wheel') as any).selected)).to.equal('delivering');
      await page.close();
    });
  });

  describe('Vue 3', () => {
    it('binds properties and events, v-model style', async () => {
      const page = await open('/test/hosts/vue/index.html');
      await page.locator('#title', { hasText: 'Leadership for Personalised Care: Core Framework' }).waitFor();
      await expect(await page.locator('lpc-rating').getByRole('radio', { name: /Occasionally/ }).isChecked()).to.equal(true);
      await page.locator('lpc-rating').getByRole('radio', { name: /Almost always/ }).click();
      await page.locator('#rating', { hasText: '5' }).waitFor();
      await page.click('#set-five');
      await page.locator('lpc-theme-wheel').getByRole('treeitem', { name: /Being/ }).first().click();
      await page.locator('#selected', { hasText: 'being' }).waitFor();
      await page.close();
    });
  });
});
