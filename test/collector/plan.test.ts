// GET/PUT /plan and POST /plan/share, against PGlite and a real PostgreSQL server.
import { expect } from 'chai';
import { PLAN_BODY_LIMIT } from '../../src/collector/app.js';
import { exampleResponse } from '../../src/collector/example.js';
import { allItems } from '../../src/core/framework.js';
import { MAX_PLAN_ITEMS, MAX_PLAN_TEXT, planBodyBytes, suggestPlanItems, planItemFor, validatePlan } from '../../src/core/plan.js';
import type { DevelopmentPlan } from '../../src/core/types.js';
import { forEachDatabase, realFramework, type Harness, type Setup } from './harness.js';

async function released(h: Harness): Promise<Setup> {
  const s = await h.setup();
  for (const [i, link] of s.tokens.raters.entries()) {
    const res = await h.call('POST', '/responses', { token: link.token, body: exampleResponse(realFramework, s.id, { respondent: 'rater', relationship: link.group }, i + 1) });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  }
  await h.call('POST', '/responses', { token: s.tokens.leader, body: exampleResponse(realFramework, s.id, { respondent: 'self' }, 99) });
  expect((await h.call('POST', '/360/close', { token: s.tokens.facilitator })).status).to.equal(200);
  expect((await h.call('POST', '/360/release', { token: s.tokens.facilitator })).status).to.equal(200);
  return s;
}

async function planFor(h: Harness, s: Setup): Promise<DevelopmentPlan> {
  const report = await h.call('GET', '/report', { token: s.tokens.leader });
  const [first] = suggestPlanItems(report.body.result);
  const item = first ? planItemFor(first) : { itemId: 'being.q1', themeId: 'being', reasons: [], action: '', support: '', evidence: '', reviewOn: '' };
  return {
    schemaVersion: 1, assessmentId: s.id, framework: { id: realFramework.id, version: realFramework.version }, updatedAt: '2026-12-02T12:00:00Z',
    items: [{ ...item, action: 'Ask for feedback after each meeting', reviewOn: '2027-06-30' }],
  };
}

/**
 * A valid plan at every limit of the schema: the most items (those with the longest ids), every
 * reason, long figures, and every text full of `letter`.
 */
function fullPlan(s: Setup, letter: string): DevelopmentPlan {
  const longest = allItems(realFramework)
    .sort((a, b) => b.item.id.length + b.theme.id.length - (a.item.id.length + a.theme.id.length))
    .slice(0, MAX_PLAN_ITEMS);
  const text = letter.repeat(MAX_PLAN_TEXT);
  const long = -1.2345678901234567e-300;
  return {
    schemaVersion: 1, assessmentId: s.id, framework: { id: realFramework.id, version: letter.repeat(40) }, updatedAt: '2026-12-02T12:00:00.000Z',
    items: longest.map(({ item, theme }) => ({
      itemId: item.id, themeId: theme.id, reasons: ['blind-spot', 'lowest', 'hidden-strength'],
      figures: { self: long, allRaters: long, count: 123456789012345680000, gap: long },
      action: text, support: text, evidence: text, reviewOn: '2027-06-30',
    })),
  };
}

// The most bytes a JSON character takes: control characters are written `\u0001`. (U+0000 is not
// among them: PostgreSQL cannot keep it in text, and the collector refuses it; see below.)
const LETTERS = ['a', 'é', 'ह', '\n', '\u0001'];

describe('the largest valid plan', () => {
  it('fits PUT /plan\'s body limit with room to spare, whatever its letters', () => {
    for (const letter of LETTERS) {
      const plan = fullPlan({ id: '0b7f9c2e-5d4a-4f1e-9a63-2c8d7e1f4b90' } as Setup, letter);
      expect(validatePlan(plan, realFramework).ok, JSON.stringify(letter)).to.equal(true);
      expect(planBodyBytes(plan) * 1.05, JSON.stringify(letter)).to.be.below(PLAN_BODY_LIMIT);
    }
    // The largest is about 355 kB, well over the 64 kB of the other routes.
    expect(planBodyBytes(fullPlan({ id: '0b7f9c2e-5d4a-4f1e-9a63-2c8d7e1f4b90' } as Setup, '\u0001'))).to.be.above(350 * 1024);
  });
});

forEachDatabase((get) => {
  describe('development plan routes', () => {
    it('saves the leader\'s plan and gives it back, private until shared', async () => {
      const h = get();
      const s = await released(h);
      expect((await h.call('GET', '/plan', { token: s.tokens.leader })).body).to.deep.equal({ plan: null, shared: false, savedAt: null });
      const plan = await planFor(h, s);
      const saved = await h.call('PUT', '/plan', { token: s.tokens.leader, body: plan });
      expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
      expect(saved.body.shared).to.equal(false);
      expect(saved.body.savedAt).to.equal('2026-12-02T12:00:00Z');
      expect((await h.call('GET', '/plan', { token: s.tokens.leader })).body.plan).to.deep.equal(plan);
      // The facilitator cannot read it until the leader shares it.
      const hidden = await h.call('GET', '/plan', { token: s.tokens.facilitator });
      expect(hidden.status).to.equal(403);
      expect(JSON.stringify(hidden.body)).not.to.contain('Ask for feedback');
      expect((await h.call('POST', '/plan/share', { token: s.tokens.leader, body: { shared: true } })).body.shared).to.equal(true);
      const seen = await h.call('GET', '/plan', { token: s.tokens.facilitator });
      expect(seen.status).to.equal(200);
      expect(seen.body.plan.items[0].action).to.equal('Ask for feedback after each meeting');
      // A later save stays shared; stopping sharing hides it again.
      const again = await h.call('PUT', '/plan', { token: s.tokens.leader, body: { ...plan, items: [{ ...plan.items[0], support: 'My mentor' }] } });
      expect(again.body.shared).to.equal(true);
      expect((await h.call('GET', '/plan', { token: s.tokens.facilitator })).body.plan.items[0].support).to.equal('My mentor');
      expect((await h.call('POST', '/plan/share', { token: s.tokens.leader, body: { shared: false } })).body.shared).to.equal(false);
      expect((await h.call('GET', '/plan', { token: s.tokens.facilitator })).status).to.equal(403);
    });

    it('lets only the leader save or share, and never a rater read', async () => {
      const h = get();
      const s = await released(h);
      const plan = await planFor(h, s);
      expect((await h.call('PUT', '/plan', { token: s.tokens.facilitator, body: plan })).status).to.equal(403);
      expect((await h.call('POST', '/plan/share', { token: s.tokens.facilitator, body: { shared: true } })).status).to.equal(403);
      // Rater links were used: the collector still refuses by role, never serves the plan.
      const raterRead = await h.call('GET', '/plan', { token: s.tokens.raters[0].token });
      expect(raterRead.status).to.equal(403);
      expect((await h.call('GET', '/plan')).status).to.equal(401);
    });

    it('names the path of each problem in a plan, and refuses another 360\'s plan', async () => {
      const h = get();
      const s = await released(h);
      const plan = await planFor(h, s);
      const bad = await h.call('PUT', '/plan', { token: s.tokens.leader, body: { ...plan, items: [{ ...plan.items[0], reviewOn: '2027-02-30', colour: 'red' }] } });
      expect(bad.status).to.equal(400);
      expect(bad.body.problems.map((p: { path: string }) => p.path)).to.include('/items/0/colour');
      const dated = await h.call('PUT', '/plan', { token: s.tokens.leader, body: { ...plan, items: [{ ...plan.items[0], reviewOn: '2027-02-30' }] } });
      expect(dated.body.problems.map((p: { path: string }) => p.path)).to.deep.equal(['/items/0/reviewOn']);
      const other = await h.call('PUT', '/plan', { token: s.tokens.leader, body: { ...plan, assessmentId: '00000000-0000-4000-8000-000000000000' } });
      expect(other.status).to.equal(400);
      expect(other.body.problems[0].path).to.equal('/assessmentId');
      expect((await h.call('PUT', '/plan', { token: s.tokens.leader, raw: '{not json' })).status).to.equal(400);
      expect((await h.call('POST', '/plan/share', { token: s.tokens.leader, body: { shared: 'yes' } })).body.problems[0].path).to.equal('/shared');
      const longSchema = await h.call('PUT', '/plan', { token: s.tokens.leader, body: { $schema: 'x'.repeat(2001), ...plan } });
      expect(longSchema.status).to.equal(400);
      expect(longSchema.body.problems).to.deep.equal([{ path: '/$schema', message: 'Text is too long: 2001 characters, at most 2000 allowed. Shorten it.' }]);
      const longDate = await h.call('PUT', '/plan', { token: s.tokens.leader, body: { ...plan, items: [{ ...plan.items[0], reviewOn: '2'.repeat(5000) }] } });
      expect(longDate.body.problems.map((p: { path: string }) => p.path)).to.deep.equal(['/items/0/reviewOn']);
    });

    it('refuses a plan before the report is released, and sharing before a save', async () => {
      const h = get();
      const s = await h.setup();
      const plan: DevelopmentPlan = { schemaVersion: 1, assessmentId: s.id, framework: { id: realFramework.id, version: realFramework.version }, updatedAt: '2026-12-02T12:00:00Z', items: [] };
      expect((await h.call('PUT', '/plan', { token: s.tokens.leader, body: plan })).status).to.equal(409);
      expect((await h.call('POST', '/plan/share', { token: s.tokens.leader, body: { shared: true } })).status).to.equal(409);
    });

    it('takes the largest valid plan and gives it back as it was; a larger body gets 413 and changes nothing', async () => {
      const h = get();
      const s = await released(h);
      for (const letter of LETTERS) {
        const plan = fullPlan(s, letter);
        const saved = await h.call('PUT', '/plan', { token: s.tokens.leader, body: plan });
        expect(saved.status, `${JSON.stringify(letter)}: ${JSON.stringify(saved.body).slice(0, 300)}`).to.equal(200);
        expect((await h.call('GET', '/plan', { token: s.tokens.leader })).body.plan).to.deep.equal(plan);
      }
      const kept = (await h.call('GET', '/plan', { token: s.tokens.leader })).body.plan;
      const over = await h.call('PUT', '/plan', { token: s.tokens.leader, raw: JSON.stringify(planWithPadding(fullPlan(s, 'a'), PLAN_BODY_LIMIT + 1)) });
      expect(over.status).to.equal(413);
      expect(over.body.problems).to.deep.equal([{ path: '', message: `The body is larger than ${PLAN_BODY_LIMIT / 1024} kB.` }]);
      expect((await h.call('GET', '/plan', { token: s.tokens.leader })).body.plan).to.deep.equal(kept);
      // Other routes keep their 64 kB.
      expect((await h.call('POST', '/plan/share', { token: s.tokens.leader, raw: JSON.stringify({ shared: true, pad: 'x'.repeat(70 * 1024) }) })).status).to.equal(413);
    });
  });
});

/**
 * `plan` with a `$schema` long enough to make its JSON `bytes` bytes. The schema allows 2,000
 * characters there; the body limit answers first, before the body is read.
 */
function planWithPadding(plan: DevelopmentPlan, bytes: number): DevelopmentPlan {
  const base = new TextEncoder().encode(JSON.stringify({ $schema: '', ...plan })).length;
  return { $schema: 'x'.repeat(bytes - base), ...plan };
}
