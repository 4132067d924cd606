// End to end, in Chromium, through the real demo pages: Vite (with /api proxied) and the real
// collector, on PGlite and on PostgreSQL. A facilitator sets up a 360 on the set-up page; the leader
// rates themselves by keyboard; 7 raters answer, each in a fresh browser context; the progress page
// counts them; the facilitator releases; the leader's report shows aggregate() of the same answers,
// and nothing the leader's page received holds a rater's raw answers.
//
//   bash scripts/with-postgres.sh node --import tsx --test test/e2e/360.e2e.test.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startDemo } from '../../scripts/demo-server.mjs';
import { aggregate } from '../../src/core/aggregate.js';
import { allItems } from '../../src/core/framework.js';
import { formatScore } from '../../src/core/report-tables.js';
import type { Answer, AssessmentResponse, Framework } from '../../src/core/types.js';

const framework = JSON.parse(readFileSync('data/lpc-core-framework-2020.json', 'utf8')) as Framework;
const items = allItems(framework).map(({ item }) => item.id);
const scale = framework.ratingScale.points.map((p) => p.value);

interface Respondent {
  ref: string;
  group: 'self' | 'line-manager' | 'peer' | 'direct-report';
  /** The answer to give to each item, by item id. */
  answers: Map<string, Answer>;
}

/** Answers that differ between respondents, with some "not observed" and a few comments. */
function plan(ref: string, group: Respondent['group'], seed: number): Respondent {
  const answers = new Map<string, Answer>();
  items.forEach((itemId, i) => {
    const notObserved = group !== 'self' && (i + seed) % 6 === 0;
    const answer: Answer = { itemId, value: notObserved ? 'not-observed' : scale[(i * 3 + seed) % scale.length] };
    if (i % 9 === seed % 9) answer.comment = `Comment from ${ref} on item ${i}: zq${seed}x${i}`;
    answers.set(itemId, answer);
  });
  return { ref, group, answers };
}

const self = plan('self', 'self', 0);
const raters: Respondent[] = [
  plan('line-manager-1', 'line-manager', 1),
  plan('peer-1', 'peer', 2),
  plan('peer-2', 'peer', 3),
  plan('peer-3', 'peer', 4),
  plan('direct-report-1', 'direct-report', 5),
  plan('direct-report-2', 'direct-report', 6),
  plan('direct-report-3', 'direct-report', 7),
];

/** The element that has focus, through shadow roots. */
const deepActive = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const rating = el?.getRootNode() instanceof ShadowRoot ? ((el!.getRootNode() as ShadowRoot).host as HTMLElement) : null;
    return { tag: el?.tagName ?? '', role: el?.getAttribute('role') ?? '', value: el?.getAttribute('data-value') ?? '', text: el?.textContent?.trim() ?? '', item: rating?.tagName === 'LPC-RATING' ? rating.getAttribute('item') ?? '' : '' };
  });

/** The item ids of the ratings on the assessment's current page. */
const ratingsOnPage = (page: Page) => page.locator('lpc-assessment lpc-rating').evaluateAll((els) => els.map((el) => el.getAttribute('item') ?? ''));

async function pressTabUntil(page: Page, matches: (a: Awaited<ReturnType<typeof deepActive>>) => boolean, what: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (matches(await deepActive(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Answers the assessment page by page: by keyboard only, or with the pointer. */
async function answerAssessment(page: Page, who: Respondent, how: 'keyboard' | 'pointer') {
  const start = page.locator('lpc-assessment').getByRole('button', { name: 'Start now' });
  await start.waitFor({ timeout: 20_000 });
  if (how === 'keyboard') {
    await start.focus();
    await page.keyboard.press('Enter');
  } else await start.click();
  for (let guard = 0; guard < 12; guard++) {
    const submit = page.locator('lpc-assessment').getByRole('button', { name: 'Submit my answers' });
    if (await submit.isVisible()) break;
    await page.locator('lpc-assessment .page-heading').first().waitFor();
    await page.waitForFunction(() => {
      const root = document.querySelector('lpc-assessment')?.shadowRoot;
      return !!root && (root.querySelector('lpc-rating') !== null || root.querySelector('[part="no-items"]') !== null || root.querySelector('#submit') !== null);
    });
    for (const itemId of await ratingsOnPage(page)) {
      const answer = who.answers.get(itemId)!;
      const rating = page.locator(`lpc-assessment lpc-rating[item="${itemId}"]`);
      if (how === 'keyboard') {
        // Tab into the radio group (one stop), then arrows move and choose.
        await pressTabUntil(page, (a) => a.role === 'radio' && a.item === itemId, `the rating of ${itemId}`);
        const target = String(answer.value);
        for (let step = 0; step < 8 && (await deepActive(page)).value !== target; step++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Space');
        assert.equal(await rating.locator(`[role="radio"][data-value="${target}"]`).getAttribute('aria-checked'), 'true', `${who.ref} chose ${target} for ${itemId} by keyboard`);
        if (answer.comment) {
          await page.keyboard.press('Tab');
          assert.equal((await deepActive(page)).tag, 'TEXTAREA');
          await page.keyboard.type(answer.comment);
        }
      } else {
        await rating.locator(`[role="radio"][data-value="${answer.value}"]`).click();
        if (answer.comment) await rating.locator('textarea').fill(answer.comment);
      }
    }
    const next = page.locator('lpc-assessment').getByRole('button', { name: 'Continue' });
    if (how === 'keyboard') {
      await pressTabUntil(page, (a) => a.tag === 'BUTTON' && a.text === 'Continue', 'Continue');
      await page.keyboard.press('Enter');
    } else await next.click();
  }
  const submit = page.locator('lpc-assessment').getByRole('button', { name: 'Submit my answers' });
  if (how === 'keyboard') {
    await pressTabUntil(page, (a) => a.tag === 'BUTTON' && a.text === 'Submit my answers', 'Submit my answers');
    await page.keyboard.press('Enter');
  } else await submit.click();
}

/** The response the pages should have sent for a respondent, for aggregate() in this test. */
function expectedResponse(assessmentId: string, who: Respondent, n: number): AssessmentResponse {
  return {
    schemaVersion: 1,
    id: `expected-${n}`,
    assessmentId,
    framework: { id: framework.id, version: framework.version },
    scaleId: framework.ratingScale.id,
    respondent: who.group === 'self' ? 'self' : 'rater',
    ...(who.group === 'self' ? {} : { relationship: who.group }),
    submittedAt: '2026-12-02T00:00:00Z',
    answers: [...who.answers.values()],
  };
}

function databases(): Array<{ name: string; url?: string; unavailable?: string }> {
  const url = process.env.LPC_TEST_DATABASE_URL || process.env.DATABASE_URL;
  return [
    { name: 'PGlite' },
    { name: 'PostgreSQL', url, unavailable: url ? undefined : process.env.LPC_TEST_DATABASE_UNAVAILABLE || 'no LPC_TEST_DATABASE_URL or DATABASE_URL (run through scripts/with-postgres.sh)' },
  ];
}

for (const database of databases()) {
  describe(`a whole 360 through the pages, on ${database.name}`, { timeout: 600_000 }, () => {
    let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
    let browser: Browser;
    let dataDir: string | undefined;
    let links: Record<string, string> = {};
    let assessmentId = '';
    const contexts: BrowserContext[] = [];
    const fresh = async () => {
      assert.equal(database.unavailable, undefined, `PostgreSQL is not available: ${database.unavailable}`);
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      contexts.push(context);
      return context;
    };

    before(async () => {
      if (database.unavailable) return;
      dataDir = database.url ? undefined : mkdtempSync(join(tmpdir(), 'lpc-e2e-'));
      demo = await startDemo({ dataDir, databaseUrl: database.url, port: 0, logLevel: 'silent', log: () => {} });
      browser = await launchChromium();
    });

    after(async () => {
      for (const context of contexts) await context.close().catch(() => {});
      await browser?.close();
      await demo?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('is set up on the set-up page, which shows every link once', async () => {
      const page = await (await fresh()).newPage();
      await page.goto(`${demo!.url}/demo/360/setup.html`);
      const created = page.evaluate(
        () => new Promise<{ id: string; raters: number }>((resolve) => document.addEventListener('lpc-360-created', (e) => resolve((e as CustomEvent).detail), { once: true })),
      );
      await page.getByLabel("Leader's name").fill('Sam Jones');
      await page.getByLabel('Closing date').fill('2999-01-31');
      // The defaults invite 1 line manager, 3 peers and 3 direct reports.
      await page.getByRole('button', { name: 'Set up the 360 and make the links' }).click();
      await page.getByText('The 360 for Sam Jones is set up').waitFor();
      const detail = await created;
      assert.equal(detail.raters, 7);
      assert.equal(JSON.stringify(detail).match(/token/i), null, 'the event carries no token');
      assessmentId = detail.id;
      const label = (ref: string) =>
        ref === 'facilitator' ? 'Facilitator: progress and release' : ref === 'self' ? 'Leader: self-assessment' : ref === 'report' ? 'Leader: report (after release)' : undefined;
      for (const ref of ['facilitator', 'self', 'report']) links[ref] = await page.getByLabel(label(ref)!, { exact: true }).inputValue();
      for (const rater of raters) links[rater.ref] = await page.locator('lpc-360-setup input[readonly]').and(page.getByLabel(new RegExp(`: ${rater.ref}$`))).inputValue();
      assert.match(links.facilitator, /\/demo\/360\/progress\.html#token=[\w-]{22}$/);
      assert.match(links['peer-2'], /\/demo\/360\/rate\.html#token=[\w-]{22}$/);
      const tokens = Object.values(links).map((link) => link.split('#token=')[1]);
      assert.equal(new Set(tokens).size, 9, 'the leader has one token for self and report; every other link has its own');
    });

    it('shows on the progress page that nothing is in yet, and every link as not used', async () => {
      const page = await (await fresh()).newPage();
      await page.goto(links.facilitator);
      const progress = page.locator('lpc-360-progress');
      await progress.getByRole('heading', { name: '360 for Sam Jones' }).waitFor();
      assert.match((await progress.locator('[part="summary"]').textContent())!.replace(/\s+/g, ' '), /0 of 7 people invited have responded\..*self-assessment: not sent yet/);
      const refs = await progress.locator('[part="unused"] tbody tr td:first-child').allTextContents();
      assert.deepEqual(refs.map((r) => r.trim()).sort(), raters.map((r) => r.ref).sort());
      assert.equal(await progress.locator('.tag').textContent(), 'Open');
    });

    it("asks for the facilitator's explicit confirmation to release below the minimum", async () => {
      const page = await (await fresh()).newPage();
      await page.goto(`${demo!.url}/demo/360/setup.html`);
      await page.getByLabel("Leader's name").fill('Alex Brown');
      await page.getByLabel('Closing date').fill('2999-01-31');
      await page.locator('#peer-invited').fill('0');
      await page.locator('#direct-report-invited').fill('0');
      await page.getByRole('button', { name: 'Set up the 360 and make the links' }).click();
      await page.getByText('The 360 for Alex Brown is set up').waitFor();
      await page.goto(await page.getByLabel('Facilitator: progress and release', { exact: true }).inputValue());
      const progress = page.locator('lpc-360-progress');
      await progress.getByRole('button', { name: 'Close the 360 now' }).click();
      await progress.getByRole('button', { name: 'Release the report to Alex Brown' }).click();
      // The collector answers 409: nobody has responded, below the all-raters minimum of 3.
      await progress.getByRole('heading', { name: 'Fewer responses than the minimum' }).waitFor();
      await progress.getByRole('button', { name: 'Release below the minimum' }).click();
      await progress.locator('.error-summary').getByText('Tick the box to confirm').waitFor();
      assert.equal(await progress.locator('.tag').textContent(), 'Closed', 'not released without the tick');
      await progress.getByLabel(/I understand/).check();
      await progress.getByRole('button', { name: 'Release below the minimum' }).click();
      await progress.getByText('The report is released').waitFor();
      assert.equal(await progress.locator('.tag').textContent(), 'Report released');
    });

    it('takes the self-assessment, by keyboard only', async () => {
      const page = await (await fresh()).newPage();
      await page.goto(links.self);
      await answerAssessment(page, self, 'keyboard');
      await page.locator('lpc-assessment').getByText('Your answers have been sent').first().waitFor({ timeout: 30_000 });
    });

    it('takes 7 raters, each in a fresh browser; a second rater in the same browser gets an empty form', async () => {
      const shared = await fresh();
      // Rater 1 starts in the shared browser and leaves a draft behind.
      const first = await shared.newPage();
      await first.goto(links['line-manager-1']);
      await first.locator('lpc-assessment').getByRole('button', { name: 'Start now' }).click();
      await first.locator('lpc-assessment lpc-rating').first().waitFor();
      const firstItem = (await ratingsOnPage(first))[0];
      await first.locator(`lpc-assessment lpc-rating[item="${firstItem}"] [role="radio"][data-value="2"]`).click();
      // Rater 2 opens their own link in the same browser: nothing of rater 1's is there.
      const second = await shared.newPage();
      await second.goto(links['peer-1']);
      const assessment = second.locator('lpc-assessment');
      await assessment.getByRole('button', { name: 'Start now' }).waitFor({ timeout: 20_000 });
      assert.equal(await assessment.getByText('You have saved answers').count(), 0, 'no saved answers offered');
      await assessment.getByRole('button', { name: 'Start now' }).click();
      await second.locator(`lpc-assessment lpc-rating[item="${firstItem}"]`).waitFor();
      assert.equal(await second.locator('lpc-assessment lpc-rating [role="radio"][aria-checked="true"]').count(), 0, 'no answer is chosen');
      await second.close();
      await first.close();

      for (const rater of raters) {
        const page = await (await fresh()).newPage();
        await page.goto(links[rater.ref]);
        await answerAssessment(page, rater, 'pointer');
        await page.locator('lpc-assessment').getByText('Your answers have been sent').first().waitFor({ timeout: 30_000 });
        await page.close();
      }
    });

    it('refuses a link that was used', async () => {
      const page = await (await fresh()).newPage();
      await page.goto(links['peer-2']);
      await page.locator('lpc-assessment').getByText(/already (been )?used/i).first().waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('lpc-assessment').getByRole('button', { name: 'Start now' }).count(), 0);
    });

    it('shows the counts on the progress page, then closes and releases', async () => {
      const page = await (await fresh()).newPage();
      await page.goto(links.facilitator);
      const progress = page.locator('lpc-360-progress');
      await progress.getByRole('heading', { name: '360 for Sam Jones' }).waitFor();
      const rows = await progress.locator('[part="groups"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
      assert.deepEqual(rows, [
        ['Line manager', '1', '1'],
        ['Peers', '3', '3'],
        ['Direct reports', '3', '3'],
      ]);
      assert.match((await progress.locator('[part="summary"]').textContent())!.replace(/\s+/g, ' '), /7 of 7 people invited have responded\..*self-assessment: sent/);
      await progress.getByText("Every rater's link has been used.").waitFor();
      await progress.getByRole('button', { name: 'Close the 360 now' }).click();
      await progress.getByRole('button', { name: 'Release the report to Sam Jones' }).click();
      await progress.getByText('The report is released').waitFor();
      assert.equal(await progress.locator('.tag').textContent(), 'Report released');
    });

    it("shows the leader aggregate() of the same answers, and never a rater's raw answers", async () => {
      const page = await (await fresh()).newPage();
      const bodies: Array<{ url: string; type: string; text: string }> = [];
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        pending.push(
          response
            .text()
            .then((text) => void bodies.push({ url: response.url(), type: response.headers()['content-type'] ?? '', text }))
            .catch(() => {}),
        );
      });
      await page.goto(links.report);
      const report = page.locator('lpc-report');
      await report.getByRole('heading').first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);

      const reportBody = bodies.find((b) => b.url.endsWith('/api/v1/report'));
      assert.ok(reportBody, 'the report page loaded GET /report');
      const answer = JSON.parse(reportBody.text);
      assert.equal(answer.state, 'released');
      // As JSON, as it travels (an undefined field is left out).
      const computed = aggregate(
        framework,
        [self, ...raters].map((who, n) => ({ name: `expected-${n}`, json: expectedResponse(assessmentId, who, n) })),
        { assessmentId, minimums: { 'line-manager': 1, peer: 3, 'direct-report': 3 }, poolMinimum: 3, allRatersMinimum: 3, commentMinimum: 3, invited: 7 },
      );
      const expected = JSON.parse(JSON.stringify(computed)) as typeof computed;
      assert.deepEqual(answer.result.themes, expected.themes, 'theme figures');
      assert.deepEqual(answer.result.items, expected.items, 'item figures');
      assert.deepEqual(answer.result.respondents, expected.respondents, 'counts');
      assert.deepEqual([...answer.result.comments].map((c: { text: string }) => c.text).sort(), expected.comments.map((c) => c.text).sort(), 'comments');
      assert.equal(answer.result.withheldComments, expected.withheldComments);

      // The page shows those figures: each theme's all-raters mean appears in the report's text.
      // Text of the report as rendered, through its shadow roots.
      // (Given as text: the test's compiler would add helpers that do not exist in the page.)
      const shown = (await page.evaluate(`(() => {
        const walk = (node) => node.shadowRoot ? walk(node.shadowRoot) : node.nodeType === 3 ? node.textContent : [...node.childNodes].map(walk).join(' ');
        return walk(document.querySelector('lpc-report'));
      })()`)) as string;
      let checked = 0;
      for (const theme of expected.themes) {
        if (!theme.allRaters) continue;
        const mean = formatScore(theme.allRaters.mean);
        assert.ok(shown.includes(mean), `the report shows ${theme.title}'s all-raters mean ${mean}`);
        checked++;
      }
      assert.ok(checked >= 3, 'the report has all-raters theme figures to compare');

      // Nothing the leader's page received holds a raw response: no answers lists, no submission
      // times or groups of a response, no comment the report withholds, no rater's link.
      const shownComments = new Set(expected.comments.map((c) => c.text));
      const secret = raters.flatMap((r) => [...r.answers.values()].map((a) => a.comment).filter((c): c is string => !!c && !shownComments.has(c)));
      for (const body of bodies) {
        for (const comment of secret) assert.ok(!body.text.includes(comment), `${body.url} holds a withheld comment`);
        for (const rater of raters) assert.ok(!body.text.includes(links[rater.ref].split('#token=')[1]), `${body.url} holds a rater's token`);
        if (body.url.includes('/api/')) assert.doesNotMatch(body.text, /"(answers|submittedAt|relationship)"\s*:/, `${body.url} holds a raw response field`);
      }
    });

    it('takes the leader from the report to a development plan saved privately on the collector', async () => {
      const page = await (await fresh()).newPage();
      await page.goto(links.report);
      await page.locator('lpc-report').getByRole('heading').first().waitFor({ timeout: 20_000 });
      await page.getByRole('link', { name: 'make your development plan' }).click();
      await page.waitForURL(/\/demo\/360\/plan\.html#token=/);
      const plan = page.locator('lpc-development-plan');
      await plan.getByLabel('Work on this item').first().check({ timeout: 20_000 });
      await plan.getByLabel('What I will do').first().fill('Ask my team for one thing to change each month.');
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/plan') && r.request().method() === 'PUT');
      await plan.getByRole('button', { name: 'Save to my account' }).click();
      assert.ok((await saved).ok(), 'PUT /plan succeeded');
      await plan.getByText('Saved. Only you can see it.').waitFor();
    });
  });
}
