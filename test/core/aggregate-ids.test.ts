// Runs in Node and in Chromium: the table aggregate() finds repeated response ids with.
import { expect } from 'chai';
import { IdTable } from '../../src/core/aggregate-ids.js';

describe('IdTable: response ids seen before', () => {
  it('gives the first position of an id added before, and -1 for a new one', () => {
    const table = new IdTable(7);
    expect(table.firstOrAdd('peer-1', 0)).to.equal(-1);
    expect(table.firstOrAdd('peer-2', 1)).to.equal(-1);
    expect(table.firstOrAdd('peer-1', 2)).to.equal(0);
    expect(table.firstOrAdd('peer-2', 3)).to.equal(1);
    expect(table.firstOrAdd('peer-1', 4)).to.equal(0);
    expect(table.firstOrAdd('', 5)).to.equal(-1);
    expect(table.firstOrAdd('', 6)).to.equal(5);
  });

  it('agrees with a Map on thousands of ids, with repeats, in a table filled to its capacity', () => {
    const count = 5000;
    const table = new IdTable(count);
    const first = new Map<string, number>();
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < count; k++) {
      // Short ids repeat often; long ones and ones that differ in one character test the hash.
      const id = next() < 0.3 ? `r-${Math.floor(next() * 500)}` : `${'x'.repeat(Math.floor(next() * 100))}${k % 37}-${Math.floor(next() * 3000)}`;
      const expected = first.get(id);
      if (expected === undefined) first.set(id, k);
      expect(table.firstOrAdd(id, k), `id ${k}`).to.equal(expected ?? -1);
    }
  });
});
