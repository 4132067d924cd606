// Opens every story of the static Storybook in Chromium and checks it: no uncaught error, zero axe
// violations at 1280 px, and no horizontal scrolling at 320 px (WCAG reflow).
//   node scripts/check-stories.mjs                 check (storybook-static must be built)
//   node scripts/check-stories.mjs --screenshots   also write PNGs to screenshots/ (320 and 1280 px)
//   node scripts/check-stories.mjs --filter radar  only stories whose id contains "radar"
//   node scripts/check-stories.mjs --dir .tmp/sb  check a Storybook built elsewhere (-o .tmp/sb)
// Ends with one line "N passed, N failed" (one check per story).
import { mkdirSync, readFileSync } from 'node:fs';
import { serveStatic } from './serve-static.mjs';
import { launchChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const shots = args.includes('--screenshots');
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : '';
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'storybook-static';
const shotDir = args.includes('--shots-dir') ? args[args.indexOf('--shots-dir') + 1] : 'screenshots';
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

const server = await serveStatic(dir);
const browser = await launchChromium();
if (shots) mkdirSync(shotDir, { recursive: true });
let passed = 0;
let failed = 0;

async function open(page, id) {
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 10000 });
  await page.waitForTimeout(150); // let elements finish their first async render
}

async function check(story) {
  const problems = [];
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  desktop.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  try {
    await open(desktop, story.id);
    await desktop.addScriptTag({ content: axeSource });
    // Storybook's a11y addon runs axe itself after each render: wait for it rather than collide.
    const violations = await desktop.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(document.querySelector('#storybook-root'));
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        } catch (error) {
          if (attempt > 40 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
    if (shots) await desktop.screenshot({ path: `${shotDir}/${story.id}--1280.png`, fullPage: true });

    const mobile = await browser.newPage({ viewport: { width: 320, height: 640 } });
    mobile.on('pageerror', (error) => problems.push(`uncaught error at 320 px: ${error.message}`));
    await open(mobile, story.id);
    const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) problems.push(`reflow: the page scrolls sideways by ${overflow} px at 320 px wide`);
    if (shots) await mobile.screenshot({ path: `${shotDir}/${story.id}--320.png`, fullPage: true });
    await mobile.close();
  } catch (error) {
    problems.push(`could not render: ${error.message.split('\n')[0]}`);
  }
  await desktop.close();
  if (problems.length) {
    failed++;
    console.log(`✗ ${story.id}\n${problems.map((p) => `    ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`✓ ${story.id}`);
  }
}

// A few stories at a time: each check loads two pages, mostly waiting on the network and timers.
const queue = [...stories];
await Promise.all(Array.from({ length: 3 }, async () => {
  while (queue.length) await check(queue.shift());
}));

await browser.close();
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
