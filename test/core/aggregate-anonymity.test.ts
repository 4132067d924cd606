// Runs in Node and in Chromium: every anonymity rule, and a proof by exhaustion over many random
// cases that no combination of shown figures reveals one anonymous rater's score.
import { expect } from 'chai';
import { aggregate, type AggregateResult, type ItemResult, type ResponseInput } from '../../src/core/aggregate.js';
import { resolveMinimums, POOLED_GROUP } from '../../src/core/anonymity.js';
import { tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse } from '../../data/examples/responses.js';
import type { Answer } from '../../src/core/types.js';

const L = 'alpha.listening';
const Q = 'alpha.q1';

function rater(id: string, relationship: string, listening: Answer['value'], q1: Answer['value'] = 3, comment?: string): ResponseInput {
  return {
    name: `${id}.json`,
    json: makeResponse({
      id,
      framework: tinyFramework,
      relationship,
      answers: [{ itemId: L, value: listening, ...(comment ? { comment } : {}) }, { itemId: Q, value: q1 }],
    }),
  };
}
const self: ResponseInput = {
  name: 'self.json',
  json: makeResponse({ id: 'self', framework: tinyFramework, respondent: 'self', answers: [{ itemId: L, value: 3 }, { itemId: Q, value: 3 }] }),
};

/** `{ peer: 2 }` -> two peers, with scores 1, 2, 3 ... in order. */
function panel(groups: Record<string, number>): ResponseInput[] {
  let n = 0;
  return Object.entries(groups).flatMap(([g, count]) => Array.from({ length: count }, () => rater(`${g}-${++n}`, g, ((n - 1) % 5) + 1)));
}

function item(result: AggregateResult, id = L): ItemResult {
  return result.items.find((i) => i.itemId === id)!;
}
function status(result: AggregateResult, group: string, id = L): string {
  return item(result, id).groups.find((g) => g.group === group)?.figure.status ?? 'absent';
}

describe('anonymity: minimums', () => {
  it('defaults: line manager 1, peers 3, direct reports 3, others 3, all raters 3', () => {
    const m = resolveMinimums();
    expect(['line-manager', 'peer', 'direct-report', 'other'].map((g) => m.group(g))).to.deep.equal([1, 3, 3, 3]);
    expect(m.allRaters).to.equal(3);
    expect(m.pool).to.equal(3);
  });

  it('never lets a group but the line manager go below 2, nor all raters below 3', () => {
    const m = resolveMinimums({ minimums: { peer: 1, 'direct-report': 0, other: -4, 'line-manager': 0, 'people-who-use-services': 1 }, allRatersMinimum: 1, poolMinimum: 1, commentMinimum: 1 });
    expect(m.group('peer')).to.equal(2);
    expect(m.group('direct-report')).to.equal(2);
    expect(m.group('other')).to.equal(2);
    expect(m.group('people-who-use-services')).to.equal(2);
    expect(m.group('line-manager')).to.equal(1);
    expect([m.allRaters, m.pool, m.comments]).to.deep.equal([3, 2, 2]);
  });

  it('lets a host raise any minimum, and gives new groups the "other" minimum', () => {
    const m = resolveMinimums({ minimums: { peer: 5, other: 4 } });
    expect(m.group('peer')).to.equal(5);
    expect(m.group('people-who-use-services')).to.equal(4);
  });
});

describe('anonymity: groups', () => {
  it('shows a group that reaches its minimum, and the line manager with a note that it is not anonymous', () => {
    const result = aggregate(tinyFramework, [self, ...panel({ 'line-manager': 1, peer: 3 })]);
    expect(status(result, 'peer')).to.equal('shown');
    expect(status(result, 'line-manager')).to.equal('shown');
    const lm = result.respondents.groups.find((g) => g.group === 'line-manager')!;
    expect(lm.note).to.match(/not anonymous/i);
  });

  it('treats the line manager as anonymous when the host raises their minimum', () => {
    const result = aggregate(tinyFramework, [self, ...panel({ 'line-manager': 1, peer: 3 })], { minimums: { 'line-manager': 2 } });
    expect(status(result, 'line-manager')).not.to.equal('shown');
  });

  it('pools groups below their minimum into "Other raters" when together they reach 3', () => {
    // Peers 2 (scores 1, 2) and others 1 (score 3): pooled 3 scores, mean 2. Direct reports 3 shown.
    const result = aggregate(tinyFramework, [self, ...panel({ peer: 2, other: 1, 'direct-report': 3 })]);
    expect(status(result, 'peer')).to.equal('pooled');
    expect(status(result, 'other')).to.equal('pooled');
    expect(status(result, 'direct-report')).to.equal('shown');
    const pool = item(result).groups.find((g) => g.group === POOLED_GROUP)!;
    expect(pool.members).to.deep.equal(['peer', 'other']);
    expect(pool.figure).to.include({ status: 'shown', mean: 2, count: 3 });
    expect(result.respondents.groups.find((g) => g.group === 'peer')!.note).to.contain('Other raters');
  });

  it('folds the smallest shown group into the pool when the pool is too small, so it cannot be worked out', () => {
    // Peers 2 alone would be a pool of 2; direct reports (3) are folded in: pool of 5, reports not shown alone.
    const result = aggregate(tinyFramework, [self, ...panel({ peer: 2, 'direct-report': 3, other: 4 })]);
    expect(status(result, 'direct-report')).to.equal('pooled');
    expect(status(result, 'other')).to.equal('shown');
    expect(item(result).groups.find((g) => g.group === POOLED_GROUP)!.figure).to.include({ status: 'shown', count: 5 });
    expect(item(result).allRaters.status).to.equal('shown');
    expect(result.respondents.groups.find((g) => g.group === 'direct-report')!.note).to.match(/protect a smaller group/);
  });

  it('only counts a pool that is still too small, with "hidden because fewer than N", and hides all raters', () => {
    // Line manager 1 and peers 2: peers cannot be shown or pooled; all raters (3) minus the line
    // manager would reveal the two peers, so all raters is hidden too.
    const result = aggregate(tinyFramework, [self, ...panel({ 'line-manager': 1, peer: 2 })]);
    expect(status(result, 'peer')).to.equal('hidden');
    const peer = item(result).groups.find((g) => g.group === 'peer')!.figure;
    expect(peer).to.deep.equal({ status: 'hidden', count: 2, reason: 'Hidden because fewer than 3 gave a score.' });
    expect(item(result).allRaters.status).to.equal('hidden');
    expect(result.respondents.groups.find((g) => g.group === 'peer')!.note).to.equal('Hidden because fewer than 3 responded. Only the number is shown.');
    expect(status(result, 'line-manager')).to.equal('shown');
  });

  it('needs at least 3 scores for the all-raters figure', () => {
    const result = aggregate(tinyFramework, [self, ...panel({ peer: 2 })], { minimums: { peer: 2 } });
    expect(status(result, 'peer')).to.equal('shown');
    expect(item(result).allRaters).to.include({ status: 'hidden', count: 2 });
    expect((item(result).allRaters as { reason: string }).reason).to.contain('fewer than 3');
  });

  it('decides per item: "not observed" can take a group below its minimum on one item only', () => {
    const responses = [self, rater('p1', 'peer', 3, 3), rater('p2', 'peer', 4, 3), rater('p3', 'peer', 5, 'not-observed'), ...panel({ 'direct-report': 3 })];
    const result = aggregate(tinyFramework, responses);
    expect(status(result, 'peer', L)).to.equal('shown');
    expect(status(result, 'peer', Q)).to.equal('pooled'); // 2 scores: pooled (with the reports folded in)
    expect(item(result, Q).groups.find((g) => g.group === 'peer')!.notObserved).to.equal(1);
  });
});

describe('anonymity: comments', () => {
  const withComments = (groups: Record<string, number>) => {
    let n = 0;
    return Object.entries(groups).flatMap(([g, count]) =>
      Array.from({ length: count }, () => { n++; return rater(`${g}-${n}`, g, 3, 3, `${String.fromCharCode(122 - n)} comment from ${g} ${n}`); }));
  };

  it('shows comments with the group name when the group reaches the comment minimum', () => {
    const result = aggregate(tinyFramework, [self, ...withComments({ peer: 3 })]);
    expect(result.comments.map((c) => c.from)).to.deep.equal(['Peers', 'Peers', 'Peers']);
  });

  it('never names a group below its minimum: pooled as "Other raters", or withheld and counted', () => {
    const pooled = aggregate(tinyFramework, [self, ...withComments({ peer: 2, other: 1, 'direct-report': 3 })]);
    expect(pooled.comments.filter((c) => c.from === 'Peers' || c.from === 'Others')).to.deep.equal([]);
    expect(pooled.comments.filter((c) => c.from === 'Other raters (pooled)')).to.have.length(3);
    const withheld = aggregate(tinyFramework, [self, ...withComments({ peer: 2, 'direct-report': 3 })]);
    expect(withheld.comments.map((c) => c.from)).to.deep.equal(['Direct reports', 'Direct reports', 'Direct reports']);
    expect(withheld.withheldComments).to.equal(2);
  });

  it('has its own minimum', () => {
    const result = aggregate(tinyFramework, [self, ...withComments({ peer: 3 })], { commentMinimum: 4 });
    expect(result.comments).to.deep.equal([]);
    expect(result.withheldComments).to.equal(3);
  });

  it('orders comments by item and text, never by who sent them first', () => {
    const responses = withComments({ peer: 4 });
    const forward = aggregate(tinyFramework, [self, ...responses]).comments;
    const backward = aggregate(tinyFramework, [self, ...[...responses].reverse()]).comments;
    expect(forward).to.deep.equal(backward);
    const texts = forward.map((c) => c.text);
    expect(texts).to.deep.equal([...texts].sort());
    expect(texts[0]).to.contain('peer 4'); // the last to arrive comes first: not chronological
  });
});

// ---- The proof: no combination of shown figures reveals one anonymous rater's score. ----

/** A small seeded random number generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Everything a reader can work out about one item. Each shown figure (mean and count, so the sum;
 * min, max and distribution, so the multiset of scores) is a fact about a set of raters. From two
 * facts A and B with B inside A, a reader learns the same about A minus B; from two disjoint facts,
 * about their union. Returns every set of raters a reader can learn the scores of.
 */
function derivableSets(facts: Array<Set<string>>): Array<Set<string>> {
  const key = (s: Set<string>) => [...s].sort().join(',');
  const known = new Map(facts.filter((s) => s.size).map((s) => [key(s), s]));
  let grew = true;
  while (grew) {
    grew = false;
    const sets = [...known.values()];
    for (const a of sets) {
      for (const b of sets) {
        if (a === b) continue;
        const bInA = [...b].every((x) => a.has(x));
        const disjoint = [...b].every((x) => !a.has(x));
        const next = bInA ? new Set([...a].filter((x) => !b.has(x))) : disjoint ? new Set([...a, ...b]) : null;
        if (next && next.size && !known.has(key(next))) {
          known.set(key(next), next);
          grew = true;
        }
      }
    }
  }
  return [...known.values()];
}

describe('anonymity: no shown figures reveal a single anonymous rater', () => {
  const groups = ['line-manager', 'peer', 'direct-report', 'other', 'people-who-use-services'];

  it('holds for 1,500 random panels, minimums and "not observed" patterns', () => {
    const next = random(20261123);
    let checked = 0;
    let withHiddenRaters = 0;
    for (let trial = 0; trial < 1500; trial++) {
      const minimums: Record<string, number> = {};
      for (const g of groups) if (next() < 0.3) minimums[g] = 1 + Math.floor(next() * 4); // floors apply
      const options = { minimums, poolMinimum: 2 + Math.floor(next() * 3) };
      const m = resolveMinimums(options);
      const responses: ResponseInput[] = [self];
      const membership = new Map<string, string>(); // rater id -> group
      for (const g of groups) {
        const count = Math.floor(next() * (g === 'line-manager' ? 3 : 5));
        for (let i = 0; i < count; i++) {
          const id = `${g}-${i}`;
          membership.set(id, g);
          const value = (): Answer['value'] => (next() < 0.3 ? 'not-observed' : 1 + Math.floor(next() * 5));
          responses.push(rater(id, g, value(), value()));
        }
      }
      const result = aggregate(tinyFramework, responses, options);
      for (const it of result.items) {
        // Who gave a score on this item, from the input files.
        const scored = new Set(
          responses.filter((r) => r !== self && ((r.json as { answers: Answer[] }).answers.find((a) => a.itemId === it.itemId)!.value !== 'not-observed'))
            .map((r) => (r.json as { id: string }).id),
        );
        const membersOf = (gs: string[]) => new Set([...scored].filter((id) => gs.includes(membership.get(id)!)));
        const facts: Array<Set<string>> = [];
        if (it.allRaters.status === 'shown') facts.push(new Set(scored));
        for (const g of it.groups) {
          if (g.figure.status !== 'shown') continue;
          facts.push(g.group === POOLED_GROUP ? membersOf(g.members!) : membersOf([g.group]));
        }
        // A rater in a group with minimum 1 (the line manager by default) is not anonymous.
        const anonymous = (id: string) => m.group(membership.get(id)!) > 1;
        const openly = facts.filter((s) => s.size === 1 && ![...s].some(anonymous));
        for (const set of derivableSets([...facts, ...openly])) {
          const hidden = [...set].filter(anonymous);
          const message = `trial ${trial}, ${it.itemId}: reveals ${[...set].join(', ')} (${JSON.stringify(options)})`;
          expect(hidden.length !== 1 || set.size !== 1, message).to.equal(true);
          // A set of one anonymous rater plus raters whose own scores are shown is a leak too.
          const rest = [...set].filter((id) => !anonymous(id));
          expect(hidden.length === 1 && rest.every((id) => openly.some((s) => s.has(id))), message).to.equal(false);
        }
        // Every figure shown for anonymous raters covers at least 2 of them.
        for (const set of facts) {
          const hidden = [...set].filter(anonymous);
          if (hidden.length) expect(hidden.length, `trial ${trial}: a shown figure of one anonymous rater`).to.be.at.least(2);
        }
        if (it.groups.some((g) => g.figure.status === 'hidden')) withHiddenRaters++;
        checked++;
      }
      // Theme figures are worked out from shown item figures only, so they reveal nothing more.
      const alpha = result.themes[0];
      const shownMeans = alpha.items.filter((i) => i.allRaters.status === 'shown').map((i) => (i.allRaters as { mean: number }).mean);
      if (shownMeans.length) expect(alpha.allRaters!.mean).to.be.closeTo(shownMeans.reduce((a, b) => a + b, 0) / shownMeans.length, 1e-9);
      else expect(alpha.allRaters).to.equal(null);
    }
    expect(checked).to.equal(3000);
    expect(withHiddenRaters, 'the random cases include hidden groups').to.be.greaterThan(100);
  });

  it('the check itself catches a leak: all raters minus a shown group', () => {
    // If all raters {a, b, c} and peers {a, b} were both shown, c would be revealed.
    const sets = derivableSets([new Set(['a', 'b', 'c']), new Set(['a', 'b'])]).map((s) => [...s].join(','));
    expect(sets).to.include('c');
  });
});
