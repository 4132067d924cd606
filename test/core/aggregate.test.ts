// Runs in Node and in Chromium. Every expected figure below is worked out by hand in the comments.
import { expect } from 'chai';
import { aggregate, type ResponseInput, type ShownFigure } from '../../src/core/aggregate.js';
import { tinyFramework, realFramework } from '../../data/examples/frameworks.js';
import { makeResponse, twelveRaters, threeBadFiles, allNotObserved, NOT_OBSERVED_ITEM, onlySelf } from '../../data/examples/responses.js';
import type { Answer } from '../../src/core/types.js';

const L = 'alpha.listening';
const Q = 'alpha.q1';

/** A response to the tiny framework (items alpha.listening and alpha.q1; theme beta has none). */
function tiny(id: string, relationship: string | 'self', listening: Answer['value'], q1: Answer['value'], extra: Partial<Answer> = {}): ResponseInput {
  const response = makeResponse({
    id,
    framework: tinyFramework,
    respondent: relationship === 'self' ? 'self' : 'rater',
    relationship: relationship === 'self' ? undefined : relationship,
    answers: [{ itemId: L, value: listening, ...extra }, { itemId: Q, value: q1 }],
  });
  return { name: `${id}.json`, json: response };
}

function shown(figure: unknown): ShownFigure {
  expect((figure as ShownFigure).status, JSON.stringify(figure)).to.equal('shown');
  return figure as ShownFigure;
}

// Self 4 and 2; line manager 3 and 3; peers (2,3,4) and (4,4,not observed); direct reports (5,5,4) and (2,3,3).
const basic = [
  tiny('self', 'self', 4, 2),
  tiny('lm', 'line-manager', 3, 3),
  tiny('p1', 'peer', 2, 4),
  tiny('p2', 'peer', 3, 4),
  tiny('p3', 'peer', 4, 'not-observed'),
  tiny('d1', 'direct-report', 5, 2),
  tiny('d2', 'direct-report', 5, 3),
  tiny('d3', 'direct-report', 4, 3),
];

describe('aggregate: scores', () => {
  const result = aggregate(tinyFramework, basic);
  const listening = result.items.find((i) => i.itemId === L)!;
  const q1 = result.items.find((i) => i.itemId === Q)!;
  const group = (item: typeof listening, id: string) => item.groups.find((g) => g.group === id)!;

  it('gives the self score', () => {
    expect(listening.self).to.equal(4);
    expect(q1.self).to.equal(2);
  });

  it('gives each group its mean, count and spread', () => {
    // Peers on listening: 2, 3, 4 -> mean 3, min 2, max 4, one each at 2, 3 and 4.
    const peers = shown(group(listening, 'peer').figure);
    expect([peers.mean, peers.count, peers.min, peers.max]).to.deep.equal([3, 3, 2, 4]);
    expect(peers.distribution).to.deep.equal([0, 1, 1, 1, 0]);
    // Direct reports on listening: 5, 5, 4 -> 14 / 3.
    const reports = shown(group(listening, 'direct-report').figure);
    expect(reports.mean).to.be.closeTo(14 / 3, 1e-9);
    expect(reports.distribution).to.deep.equal([0, 0, 0, 1, 2]);
    expect(shown(group(listening, 'line-manager').figure).mean).to.equal(3);
  });

  it('gives the mean of all raters (self not included)', () => {
    // 3 + 2 + 3 + 4 + 5 + 5 + 4 = 26 over 7 raters.
    const all = shown(listening.allRaters);
    expect(all.mean).to.be.closeTo(26 / 7, 1e-9);
    expect(all.count).to.equal(7);
    expect([all.min, all.max]).to.deep.equal([2, 5]);
    expect(all.distribution).to.deep.equal([0, 1, 2, 2, 2]);
  });

  it('counts "not observed" and never counts it as a score', () => {
    // q1: peers 4, 4 and one not observed; the peer figure has only 2 scores.
    expect(q1.notObserved).to.equal(1);
    expect(group(q1, 'peer').notObserved).to.equal(1);
    expect(group(q1, 'peer').figure.count).to.equal(2);
    // All raters: 3 + 4 + 4 + 2 + 3 + 3 = 19 over 6 scores.
    expect(shown(q1.allRaters).mean).to.be.closeTo(19 / 6, 1e-9);
    expect(shown(q1.allRaters).count).to.equal(6);
  });

  it('works out theme figures from item figures; a theme without items has no score, never 0', () => {
    const alpha = result.themes.find((t) => t.themeId === 'alpha')!;
    expect(alpha.self).to.equal(3); // (4 + 2) / 2
    expect(alpha.allRaters!.mean).to.be.closeTo((26 / 7 + 19 / 6) / 2, 1e-9);
    expect(alpha.allRaters!.items).to.equal(2);
    const beta = result.themes.find((t) => t.themeId === 'beta')!;
    expect(beta.self).to.equal(null);
    expect(beta.allRaters).to.equal(null);
    expect(beta.gap).to.equal(null);
    expect(beta.groups.every((g) => g.figure === null)).to.equal(true);
    expect(beta.statusNote).to.be.a('string');
  });

  it('counts who responded, per group', () => {
    expect(result.respondents.self).to.equal(true);
    expect(result.respondents.raters).to.equal(7);
    expect(result.respondents.groups.map((g) => [g.group, g.count])).to.deep.equal([
      ['line-manager', 1], ['peer', 3], ['direct-report', 3],
    ]);
  });

  it('gives the response rate when the number invited is known', () => {
    expect(aggregate(tinyFramework, basic, { invited: 10 }).respondents.responseRate).to.be.closeTo(0.7, 1e-9);
    expect(result.respondents.responseRate).to.equal(undefined);
  });
});

describe('aggregate: gaps', () => {
  it('flags a blind spot when self is higher than others by the margin or more', () => {
    // Self 5; raters 4, 4, 4 -> gap -1: a blind spot at the default margin of 1.
    const responses = [tiny('s', 'self', 5, 3), tiny('a', 'peer', 4, 3), tiny('b', 'peer', 4, 3), tiny('c', 'peer', 4, 3)];
    const item = aggregate(tinyFramework, responses).items[0];
    expect(item.gap).to.equal(-1);
    expect(item.flag).to.equal('blind-spot');
    expect(aggregate(tinyFramework, responses).blindSpots.map((i) => i.itemId)).to.deep.equal([L]);
    expect(aggregate(tinyFramework, responses, { margin: 1.5 }).items[0].flag).to.equal(null);
  });

  it('flags a hidden strength when others are higher than self by the margin or more', () => {
    // Self 2; raters 3, 4, 4 -> others 11/3, gap +1.67.
    const responses = [tiny('s', 'self', 2, 3), tiny('a', 'peer', 3, 3), tiny('b', 'peer', 4, 3), tiny('c', 'peer', 4, 3)];
    const result = aggregate(tinyFramework, responses);
    expect(result.items[0].gap).to.be.closeTo(5 / 3, 1e-9);
    expect(result.items[0].flag).to.equal('hidden-strength');
    expect(result.hiddenStrengths.map((i) => i.itemId)).to.deep.equal([L]);
    // q1: self 3, others 3: no gap, no flag.
    expect(result.items[1].gap).to.equal(0);
    expect(result.items[1].flag).to.equal(null);
  });

  it('gives no gap when self or others are missing', () => {
    const result = aggregate(tinyFramework, [tiny('s', 'self', 'not-observed', 3), tiny('a', 'peer', 3, 3), tiny('b', 'peer', 4, 3), tiny('c', 'peer', 4, 3)]);
    expect(result.items[0].self).to.equal(null);
    expect(result.items[0].selfNotObserved).to.equal(true);
    expect(result.items[0].gap).to.equal(null);
    const selfOnly = aggregate(realFramework, onlySelf);
    expect(selfOnly.items.every((i) => i.gap === null && i.allRaters.status === 'none')).to.equal(true);
    expect(selfOnly.highest).to.deep.equal([]);
  });

  it('lists the highest and lowest rated items, never the same item twice', () => {
    const result = aggregate(realFramework, twelveRaters);
    const means = result.items.filter((i) => i.allRaters.status === 'shown').map((i) => (i.allRaters as ShownFigure).mean);
    expect(result.highest).to.have.length(3);
    expect((result.highest[0].allRaters as ShownFigure).mean).to.equal(Math.max(...means));
    expect((result.lowest[0].allRaters as ShownFigure).mean).to.equal(Math.min(...means));
    const highIds = result.highest.map((i) => i.itemId);
    expect(result.lowest.some((i) => highIds.includes(i.itemId))).to.equal(false);
  });
});

describe('aggregate: duplicates and bad responses', () => {
  it('drops a second copy of the same response id and says so', () => {
    const result = aggregate(tinyFramework, [...basic, { ...basic[2], name: 'p1-copy.json' }]);
    expect(result.respondents.raters).to.equal(7);
    expect(result.rejected).to.have.length(1);
    expect(result.rejected[0]).to.include({ name: 'p1-copy.json', kind: 'duplicate' });
    expect(result.rejected[0].problems[0].path).to.equal('/id');
    expect(result.rejected[0].problems[0].message).to.contain('p1.json');
  });

  it('lists each bad file with its name, JSON path and reason, and uses the rest', () => {
    const wrongFramework = makeResponse({ id: 'x', answers: [{ itemId: 'being.q1', value: 3 }] }); // answers the real framework
    const unknownItem = tiny('u', 'peer', 3, 3).json as { answers: Answer[] };
    unknownItem.answers[1].itemId = 'alpha.charisma';
    const noRelationship = tiny('n', 'peer', 3, 3).json as { relationship?: string };
    delete noRelationship.relationship;
    const result = aggregate(tinyFramework, [
      ...basic,
      { name: 'page.json', text: '<!doctype html><p>Sign in</p>' },
      { name: 'real.json', json: wrongFramework },
      { name: 'unknown.json', json: unknownItem },
      { name: 'norel.json', json: noRelationship },
      { name: 'null.json', json: null },
    ]);
    const byName = Object.fromEntries(result.rejected.map((r) => [r.name, r.problems.map((p) => p.path)]));
    expect(byName['page.json']).to.deep.equal(['']);
    expect(byName['real.json']).to.include('/framework/id');
    expect(byName['unknown.json']).to.deep.equal(['/answers/1/itemId']);
    expect(byName['norel.json']).to.deep.equal(['/relationship']);
    expect(byName['null.json']).to.deep.equal(['']);
    expect(result.rejected.every((r) => r.kind === 'invalid' && r.problems.every((p) => p.message.length > 10))).to.equal(true);
    expect(result.respondents.raters).to.equal(7);
    expect(shown(result.items[0].allRaters).mean).to.be.closeTo(26 / 7, 1e-9);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [null], [{}], [{ name: 5, json: [] }]]) {
      expect(() => aggregate(tinyFramework, input as unknown as ResponseInput[])).not.to.throw();
    }
  });

  it('keeps only the latest self response', () => {
    const older = makeResponse({ id: 'self-old', framework: tinyFramework, respondent: 'self', submittedAt: '2026-01-01T00:00:00Z', answers: [{ itemId: L, value: 1 }] });
    const newer = makeResponse({ id: 'self-new', framework: tinyFramework, respondent: 'self', submittedAt: '2026-02-01T00:00:00Z', answers: [{ itemId: L, value: 5 }] });
    const result = aggregate(tinyFramework, [{ name: 'old.json', json: older }, { name: 'new.json', json: newer }]);
    expect(result.items[0].self).to.equal(5);
    expect(result.rejected.map((r) => [r.name, r.kind])).to.deep.equal([['old.json', 'second-self']]);
  });

  it('uses one assessment and lists responses to another', () => {
    const other = tiny('o', 'peer', 1, 1).json as { assessmentId: string };
    other.assessmentId = 'someone-else';
    const result = aggregate(tinyFramework, [...basic, { name: 'other.json', json: other }]);
    expect(result.assessmentId).to.equal('leader-360-2026');
    expect(result.rejected.map((r) => [r.name, r.kind, r.problems[0].path])).to.deep.equal([['other.json', 'other-assessment', '/assessmentId']]);
  });

  it('reads the example with three bad files among ten', () => {
    const result = aggregate(realFramework, threeBadFiles);
    expect(result.used).to.equal(7);
    expect(result.rejected.map((r) => [r.name, r.problems[0].path])).to.deep.equal([
      ['notes-from-meeting.json', ''],
      ['peer-old-version.json', '/framework/version'],
      ['direct-report-off-scale.json', '/answers/4/value'],
    ]);
  });

  it('gives an item every rater marked "not observed" no score, never 0', () => {
    const result = aggregate(realFramework, allNotObserved);
    const item = result.items.find((i) => i.itemId === NOT_OBSERVED_ITEM)!;
    expect(item.allRaters.status).to.equal('none');
    expect(item.notObserved).to.equal(12);
    expect(item.gap).to.equal(null);
    expect(item.groups.every((g) => g.figure.status === 'none')).to.equal(true);
    // The theme averages only the items that have scores: 8, not 9.
    expect(result.themes.find((t) => t.themeId === 'delivering')!.allRaters!.items).to.equal(8);
  });
});
