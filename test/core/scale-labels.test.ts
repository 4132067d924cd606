// placeScaleLabels (the radar's scale numbers) against a straightforward reference kept here: no
// angular index, no caches, no early stops. Both must choose the same places on random charts.
import { expect } from 'chai';
import { boxesOverlap, placeScaleLabels, polarToCartesian, segmentHitsBox, type Box, type ScaleLabelRequest, type Segment } from '../../src/core/polar-labels.js';

function reference(labels: ScaleLabelRequest[], spokes: number[], segments: Segment[], boxes: Box[]): Array<Box & { index: number; angle: number }> {
  if (!spokes.length) return [];
  const boxAt = (label: ScaleLabelRequest, angle: number): Box => {
    const p = polarToCartesian(angle, label.radius);
    return { x: p.x - label.width / 2, y: p.y - label.height / 2, width: label.width, height: label.height };
  };
  const free = (box: Box) => !boxes.some((b) => boxesOverlap(b, box)) && !segments.some((s) => segmentHitsBox(s, box));
  const apart = (box: Box, k: number, placed: Box[]) => placed.every((other, j) => j === k || !boxesOverlap(other, box));
  let best = 0;
  let bestCovered = Infinity;
  spokes.forEach((angle, i) => {
    const placed = labels.map((label) => boxAt(label, angle));
    const covered = placed.filter((box, k) => !(free(box) && apart(box, k, placed))).length;
    if (covered < bestCovered) {
      best = i;
      bestCovered = covered;
    }
  });
  const result = labels.map((label, index) => ({ ...boxAt(label, spokes[best]), index, angle: spokes[best] }));
  const turn = Math.PI * 2;
  const norm = (a: number) => ((a % turn) + turn) % turn;
  const away = (i: number) => {
    const d = Math.abs(norm(spokes[i]) - norm(spokes[best]));
    return Math.min(d, turn - d);
  };
  const order = spokes.map((_, i) => i).filter((i) => i !== best).sort((a, b) => away(a) - away(b));
  labels.forEach((label, k) => {
    if (free(result[k]) && apart(result[k], k, result)) return;
    for (const i of order) {
      const box = boxAt(label, spokes[i]);
      if (free(box) && apart(box, k, result)) {
        result[k] = { ...box, index: k, angle: spokes[i] };
        break;
      }
    }
  });
  return result;
}

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('placeScaleLabels', () => {
  it('chooses the same places as the straightforward reference on 400 random radars', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rand = random(seed);
      const axes = 3 + Math.floor(rand() * 30);
      const radius = 40 + rand() * 200;
      const step = (Math.PI * 2) / axes;
      const angles = Array.from({ length: axes }, (_, i) => i * step);
      const segments: Segment[] = [];
      const boxes: Box[] = [];
      for (let s = 0; s < 1 + Math.floor(rand() * 6); s++) {
        const points = angles.map((a) => polarToCartesian(a, rand() * radius));
        points.forEach((p, i) => {
          const q = points[(i + 1) % axes];
          segments.push({ x1: p.x, y1: p.y, x2: q.x, y2: q.y });
          boxes.push({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 });
        });
      }
      const labels = [1, 2, 3, 4, 5].map((v) => ({ radius: (v / 5) * radius, width: 8 + rand() * 10, height: 10 + rand() * 8 }));
      const spokes = [0.5, 0.25, 0.75].flatMap((share) => angles.map((a) => a + step * share));
      const got = placeScaleLabels(labels, { spokes, segments, boxes });
      expect(got, `seed ${seed}`).to.deep.equal(reference(labels, spokes, segments, boxes));
    }
  });
});
