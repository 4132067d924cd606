// Runs in Node and in Chromium.
import { expect } from 'chai';
import { boxesOverlap, boundsOf, overlappingPairs, placePolarLabels, polarToCartesian } from '../../src/core/polar-labels.js';

function evenly(count: number, width = 120, height = 20) {
  return Array.from({ length: count }, (_, i) => ({ angle: (i / count) * Math.PI * 2, width, height }));
}

describe('polar label placement', () => {
  it('puts 12 o\'clock at the top and 3 o\'clock on the right', () => {
    const top = polarToCartesian(0, 10);
    const right = polarToCartesian(Math.PI / 2, 10);
    expect(top.x).to.be.closeTo(0, 1e-9);
    expect(top.y).to.be.closeTo(-10, 1e-9);
    expect(right.x).to.be.closeTo(10, 1e-9);
  });

  it('detects overlap and ignores touching edges', () => {
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).to.equal(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).to.equal(false);
  });

  for (const count of [3, 4, 12, 27, 60]) {
    it(`${count} labels around a small circle never overlap`, () => {
      const placed = placePolarLabels(evenly(count), { radius: 60 });
      expect(placed).to.have.length(count);
      expect(overlappingPairs(placed)).to.deep.equal([]);
    });
  }

  it('tall labels that must be pushed down and then out sideways still never overlap', () => {
    // 12 labels of three lines at 32 px text around a large circle: moving one label out of the
    // circle used to slide it under its neighbour in the same column.
    for (const radius of [200, 240, 287, 320]) {
      const placed = placePolarLabels(evenly(12, 136, 120).map((l, i) => ({ ...l, angle: ((i + 0.5) / 12) * Math.PI * 2 })), { radius, gap: 16 });
      expect(overlappingPairs(placed), `radius ${radius}`).to.deep.equal([]);
    }
  });

  it('keeps each label outside the circle', () => {
    const radius = 100;
    for (const label of placePolarLabels(evenly(8, 80, 18), { radius })) {
      // The nearest point of the box to the centre is outside the circle.
      const nx = Math.max(label.x, Math.min(0, label.x + label.width));
      const ny = Math.max(label.y, Math.min(0, label.y + label.height));
      expect(Math.hypot(nx, ny)).to.be.at.least(radius - 1e-9);
    }
  });

  it('aligns labels away from the centre: start on the right, end on the left, middle at top', () => {
    const [top, right, , left] = placePolarLabels(evenly(4), { radius: 50 });
    expect(top.align).to.equal('middle');
    expect(right.align).to.equal('start');
    expect(left.align).to.equal('end');
    expect(right.x).to.be.greaterThan(0);
    expect(left.x + left.width).to.be.lessThan(0);
  });

  it('returns labels in request order, with bounds holding them all', () => {
    const placed = placePolarLabels(evenly(5), { radius: 40 });
    expect(placed.map((p) => p.index)).to.deep.equal([0, 1, 2, 3, 4]);
    const bounds = boundsOf(placed);
    for (const p of placed) {
      expect(p.x).to.be.at.least(bounds.x - 1e-9);
      expect(p.y + p.height).to.be.at.most(bounds.y + bounds.height + 1e-9);
    }
  });
});
