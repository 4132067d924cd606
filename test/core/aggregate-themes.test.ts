// Runs in Node and in Chromium: theme figures per group cover the same raters on every item.
import { expect } from 'chai';
import { aggregate, type ResponseInput } from '../../src/core/aggregate.js';
import { POOLED_GROUP } from '../../src/core/anonymity.js';
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

describe('aggregate: theme figures per group', () => {
  // Listening: peers 3, 4, 5 and direct reports 1, 2, 3, each shown on its own.
  // q1: peers 3, 3 (the third did not observe): pooled, and the reports (1, 2, 4) folded in to protect them.
  const responses = [
    tiny('self', 'self', 3, 3),
    tiny('lm', 'line-manager', 4, 2),
    tiny('p1', 'peer', 3, 3), tiny('p2', 'peer', 4, 3), tiny('p3', 'peer', 5, 'not-observed'),
    tiny('d1', 'direct-report', 1, 1), tiny('d2', 'direct-report', 2, 2), tiny('d3', 'direct-report', 3, 4),
  ];
  const result = aggregate(tinyFramework, responses);
  const alpha = result.themes.find((t) => t.themeId === 'alpha')!;
  const group = (id: string) => alpha.groups.find((g) => g.group === id)!;

  it('item figures are still decided per item', () => {
    const [listening, q1] = result.items;
    expect(listening.groups.find((g) => g.group === 'peer')!.figure.status).to.equal('shown');
    expect(q1.groups.find((g) => g.group === 'peer')!.figure.status).to.equal('pooled');
    expect(q1.groups.find((g) => g.group === POOLED_GROUP)!.members).to.deep.equal(['peer', 'direct-report']);
  });

  it('a group pooled on any item of a theme is pooled for the whole theme, and says so', () => {
    for (const id of ['peer', 'direct-report']) {
      expect(group(id).figure).to.equal(null);
      expect(group(id).pooled).to.equal(true);
      expect(group(id).note).to.equal('Counted in "Other raters" on every item of this theme, since it is on 1 of its 2 items.');
    }
    expect(group('line-manager').pooled).to.equal(undefined);
    expect(group('line-manager').figure).to.include({ mean: 3, items: 2, count: 2 });
  });

  it('the pool covers its members on every item: listening (3+4+5+1+2+3)/6 = 3, q1 (3+3+1+2+4)/5 = 2.6', () => {
    const pool = group(POOLED_GROUP);
    expect(pool.members).to.deep.equal(['peer', 'direct-report']);
    expect(pool.figure!.mean).to.be.closeTo((3 + 2.6) / 2, 1e-12);
    expect(pool.figure).to.include({ items: 2, count: 11, min: 1, max: 5 });
    expect(pool.figure!.distribution).to.deep.equal([2, 2, 4, 2, 1]);
  });

  it('leaves out an item whose own pool is hidden, and counts the items it averages', () => {
    // q1: one peer scores (the others did not observe) and nobody can be folded in: pool hidden.
    const hidden = aggregate(tinyFramework, [
      tiny('self', 'self', 3, 3),
      tiny('p1', 'peer', 3, 3), tiny('p2', 'peer', 4, 'not-observed'), tiny('p3', 'peer', 5, 'not-observed'),
    ]);
    const theme = hidden.themes[0];
    expect(hidden.items[1].groups.find((g) => g.group === POOLED_GROUP)!.figure.status).to.equal('hidden');
    const pool = theme.groups.find((g) => g.group === POOLED_GROUP)!;
    expect(pool.figure).to.include({ mean: 4, items: 1, count: 3 });
    expect(theme.groups.find((g) => g.group === 'peer')!.pooled).to.equal(true);
  });
});
