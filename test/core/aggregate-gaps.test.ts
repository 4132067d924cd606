// Runs in Node and in Chromium: blind spots and hidden strengths compare exact fractions with the
// margin, never floating-point values within a tolerance.
import { expect } from 'chai';
import { aggregate, type ResponseInput } from '../../src/core/aggregate.js';
import { exactMargin, flagOf, gapOf, itemFlagOf, marginRatio, meanOfRatios, ratio } from '../../src/core/gaps.js';
import { tinyFramework } from '../../data/examples/frameworks.js';
import { makeResponse } from '../../data/examples/responses.js';
import type { Answer } from '../../src/core/types.js';

const L = 'alpha.listening';
const Q = 'alpha.q1';

function tiny(id: string, relationship: string, listening: Answer['value'], q1: Answer['value']): ResponseInput {
  return {
    name: `${id}.json`,
    json: makeResponse({
      id,
      framework: tinyFramework,
      respondent: relationship === 'self' ? 'self' : 'rater',
      relationship: relationship === 'self' ? undefined : relationship,
      answers: [{ itemId: L, value: listening }, { itemId: Q, value: q1 }],
    }),
  };
}

describe('gaps: exact comparison with the margin', () => {
  it('reads the margin as the decimal given', () => {
    expect(marginRatio(1)).to.deep.equal({ n: 1n, d: 1n });
    expect(marginRatio(0.3)).to.deep.equal({ n: 3n, d: 10n });
    expect(marginRatio(1.25)).to.deep.equal({ n: 125n, d: 100n });
    expect(marginRatio(1e-7)).to.deep.equal({ n: 1n, d: 10_000_000n });
    expect(marginRatio(2e21)).to.deep.equal({ n: 2_000_000_000_000_000_000_000n, d: 1n });
    expect(() => marginRatio(-1)).to.throw();
  });

  it('does not flag a gap of 1 - 6.7e-10 at margin 1 (the old tolerance of 1e-9 did)', () => {
    const n = 1_500_000_000n;
    // others (4n - 1) / n, self 3: gap 1 - 1/n, just below 1.
    expect(flagOf(ratio(3), ratio(4n * n - 1n, n), marginRatio(1))).to.equal(null);
    expect(flagOf(ratio(3), ratio(4n * n, n), marginRatio(1))).to.equal('hidden-strength');
    expect(flagOf(ratio(4n * n - 1n, n), ratio(3), marginRatio(1))).to.equal(null);
    expect(flagOf(ratio(4), ratio(3), marginRatio(1))).to.equal('blind-spot');
    // The integer fast path and the bigint path agree, also past 2^53.
    const m = exactMargin(1);
    expect(itemFlagOf(3, 4 * 3_000_000 - 1, 3_000_000, m)).to.equal(null);
    expect(itemFlagOf(3, 4 * 3_000_000, 3_000_000, m)).to.equal('hidden-strength');
    expect(itemFlagOf(5, 2 ** 60, 2 ** 58, m)).to.equal('blind-spot'); // others 4, self 5
    expect(itemFlagOf(5, 2 ** 60 + 2 ** 10, 2 ** 58, m)).to.equal(null); // others a hair above 4
  });

  it('flags a gap of exactly the margin, even where floating point falls short of it', () => {
    // 3.3 - 3 is 0.2999999999999998 in floating point; as fractions it is exactly 3/10.
    expect(3.3 - 3 >= 0.3).to.equal(false);
    expect(flagOf(ratio(3), ratio(33, 10), marginRatio(0.3))).to.equal('hidden-strength');
    expect(itemFlagOf(3, 33, 10, exactMargin(0.3))).to.equal('hidden-strength');
    expect(gapOf(3, 4, 1).flag).to.equal('hidden-strength');
    expect(gapOf(3, null, 1)).to.deep.equal({ gap: null, flag: null });
  });

  it('adds fractions exactly', () => {
    expect(meanOfRatios([ratio(1, 3), ratio(1, 6)])).to.deep.equal({ n: 1n, d: 4n });
    expect(meanOfRatios([])).to.equal(null);
  });

  it('aggregate: an item gap of exactly a decimal margin is flagged, one just short of it is not', () => {
    // Ten peers: seven 3s and three 4s, mean 3.3; self 3. Gap exactly 0.3.
    const peers = Array.from({ length: 10 }, (_, i) => tiny(`p${i}`, 'peer', i < 7 ? 3 : 4, 3));
    const result = aggregate(tinyFramework, [tiny('self', 'self', 3, 3), ...peers], { margin: 0.3 });
    expect(result.items[0].flag).to.equal('hidden-strength');
    expect(aggregate(tinyFramework, [tiny('self', 'self', 3, 3), ...peers], { margin: 0.3000000001 }).items[0].flag).to.equal(null);
  });

  it('aggregate: a theme gap is the exact mean of item means against the exact self mean', () => {
    // Item means 10/3 and 11/3 (peers 3,3,4 and 4,4,3), theme mean 7/2; self 2 and 3, mean 5/2: gap exactly 1.
    const responses = [tiny('self', 'self', 2, 3), tiny('a', 'peer', 3, 4), tiny('b', 'peer', 3, 4), tiny('c', 'peer', 4, 3)];
    const theme = aggregate(tinyFramework, responses).themes[0];
    expect(theme.flag).to.equal('hidden-strength');
    expect(theme.gap).to.be.closeTo(1, 1e-12);
    // Margin a hair above 1: not flagged (the old 1e-9 tolerance flagged it).
    expect(aggregate(tinyFramework, responses, { margin: 1.0000000001 }).themes[0].flag).to.equal(null);
  });
});
