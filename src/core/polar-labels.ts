/**
 * Label placement for polar charts (the theme wheel and the radar): one function, so "labels never
 * overlap" is solved once. Pure geometry, no DOM: elements measure their labels and pass the sizes.
 *
 * Angles are in radians, clockwise from 12 o'clock (d3-shape's convention for arcs and radial lines).
 */

export interface LabelRequest {
  /** Angle of the anchor point, radians clockwise from 12 o'clock. */
  angle: number;
  /** Measured (or estimated) size of the label box in px. */
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Box {
  /** Index of the request this label answers. */
  index: number;
  /** Text alignment that keeps the label away from the circle. */
  align: 'start' | 'middle' | 'end';
  /** Point on the circle the label belongs to (for a leader line when the label had to move). */
  anchorX: number;
  anchorY: number;
}

export interface PlacementOptions {
  /** Radius of the circle the labels sit outside of. */
  radius: number;
  /** Gap between the circle and a label, and between two labels. Default 6. */
  gap?: number;
}

/** Point on a circle, for an angle clockwise from 12 o'clock, with (0, 0) at the centre. */
export function polarToCartesian(angle: number, radius: number): { x: number; y: number } {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box holding all the given boxes. */
export function boundsOf(boxes: Box[]): Box {
  if (!boxes.length) return { x: 0, y: 0, width: 0, height: 0 };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Any pair of overlapping boxes, as index pairs (for tests and for choosing a list layout). */
export function overlappingPairs(boxes: Box[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i], boxes[j])) pairs.push([i, j]);
  }
  return pairs;
}

function normalise(angle: number): number {
  const full = Math.PI * 2;
  return ((angle % full) + full) % full;
}

/**
 * Places each label just outside the circle at its angle, then pushes labels on each side apart
 * vertically until none overlap. Labels near the top and bottom are centred; on the right they
 * start at the anchor, on the left they end at it. The result never has overlapping boxes; the
 * caller sizes its viewBox with `boundsOf`.
 */
export function placePolarLabels(labels: LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const gap = options.gap ?? 6;
  const r = options.radius + gap;
  const placed: PlacedLabel[] = labels.map((label, index) => {
    const angle = normalise(label.angle);
    const anchor = polarToCartesian(angle, r);
    const sin = Math.sin(angle);
    const align: PlacedLabel['align'] = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
    const x = align === 'middle' ? anchor.x - label.width / 2 : align === 'start' ? anchor.x : anchor.x - label.width;
    // Above the centre the box grows upwards from the anchor; below, downwards; at the sides, centred.
    const cos = Math.cos(angle);
    const y = align === 'middle' ? (cos > 0 ? anchor.y - label.height : anchor.y) : anchor.y - label.height / 2;
    return { index, align, x, y, width: label.width, height: label.height, anchorX: anchor.x, anchorY: anchor.y };
  });

  for (const label of placed) if (label.align === 'middle') keepOutside(label, r);

  // Resolve collisions in two columns (left and right of the vertical axis), top to bottom.
  // Centred labels (top and bottom) join the column their centre falls in.
  const columns = [placed.filter((p) => p.x + p.width / 2 >= 0), placed.filter((p) => p.x + p.width / 2 < 0)];
  for (const column of columns) {
    column.sort((a, b) => a.y - b.y);
    for (let pass = 0; pass < 3; pass++) {
      for (let i = 1; i < column.length; i++) {
        const above = column[i - 1];
        const current = column[i];
        for (let k = 0; k < i; k++) {
          const other = column[k];
          if (boxesOverlap(other, current)) current.y = other.y + other.height + gap / 2;
        }
        if (boxesOverlap(above, current)) current.y = above.y + above.height + gap / 2;
      }
    }
  }
  // Labels from different columns can still meet near the top and bottom: push the later one down.
  pushDown(placed, gap);
  // Moving labels vertically can bring a side label's inner corner into the circle: move it out
  // sideways. That can slide it under a neighbour of its column that was beside it, so repeat
  // until nothing moves (each round only moves labels down or outwards, so this settles).
  for (let round = 0; round < 50; round++) {
    for (const label of placed) if (label.align !== 'middle') keepOutside(label, r);
    if (!pushDown(placed, gap)) break;
  }
  return placed.sort((a, b) => a.index - b.index);
}

/** Pushes each label below any higher label it overlaps. Returns true if a label moved. */
function pushDown(placed: PlacedLabel[], gap: number): boolean {
  let moved = false;
  placed.sort((a, b) => a.y - b.y);
  for (let i = 0; i < placed.length; i++) {
    for (let j = 0; j < i; j++) {
      if (boxesOverlap(placed[j], placed[i])) {
        placed[i].y = placed[j].y + placed[j].height + gap / 2;
        moved = true;
      }
    }
  }
  return moved;
}

/** Distance from the centre to the nearest point of a box. */
function clearance(box: Box): number {
  const nx = Math.max(box.x, Math.min(0, box.x + box.width));
  const ny = Math.max(box.y, Math.min(0, box.y + box.height));
  return Math.hypot(nx, ny);
}

/** Moves a label straight away from the centre until its nearest point is `r` from the centre. */
function keepOutside(label: PlacedLabel, r: number): void {
  for (let step = 0; step < 200 && clearance(label) < r; step++) {
    if (label.align === 'start') label.x += 1;
    else if (label.align === 'end') label.x -= 1;
    else label.y += label.y + label.height / 2 < 0 ? -1 : 1;
  }
}

/**
 * A rough text width for layout before measuring (no DOM): average glyph width of Arial-like
 * fonts is about 0.55 em. Elements should prefer a measured width when they have one.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.55);
}

/** A line segment between two points (part of a data line drawn on the chart). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** True when a segment passes through a box (Liang-Barsky clipping). */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  // Both ends on one side of the box: no hit (most segments, cheaply).
  if ((s.x1 <= box.x && s.x2 <= box.x) || (s.x1 >= right && s.x2 >= right) || (s.y1 <= box.y && s.y2 <= box.y) || (s.y1 >= bottom && s.y2 >= bottom)) return false;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 < t1;
  };
  return clip(-dx, s.x1 - box.x) && clip(dx, right - s.x1) && clip(-dy, s.y1 - box.y) && clip(dy, bottom - s.y1);
}

const BUCKETS = 72;
const TURN = Math.PI * 2;

/** Angle of a point, clockwise from 12 o'clock, in [0, 2π). */
function angleOf(x: number, y: number): number {
  const a = Math.atan2(x, -y);
  return a < 0 ? a + TURN : a;
}

const segmentPoints = (s: Segment): number[] => [s.x1, s.y1, s.x2, s.y2];
const boxPoints = (b: Box): number[] => [b.x, b.y, b.x + b.width, b.y, b.x, b.y + b.height, b.x + b.width, b.y + b.height];

/**
 * The angular buckets (of `BUCKETS` round the circle) a convex shape spans, seen from the centre,
 * one more on each side to be safe, as a first bucket and a count; all of them when the shape
 * comes near the centre or holds it.
 */
function bucketsOf(points: number[]): [from: number, count: number] {
  let nearest = Infinity;
  for (let i = 0; i < points.length; i += 2) nearest = Math.min(nearest, Math.sqrt(points[i] * points[i] + points[i + 1] * points[i + 1]));
  if (nearest < 1) return [0, BUCKETS];
  const first = angleOf(points[0], points[1]);
  let low = 0;
  let high = 0;
  for (let i = 2; i < points.length; i += 2) {
    let d = angleOf(points[i], points[i + 1]) - first;
    if (d > Math.PI) d -= TURN;
    else if (d <= -Math.PI) d += TURN;
    low = Math.min(low, d);
    high = Math.max(high, d);
  }
  // Points that do not fit in half a turn lie all round the centre: the shape holds it.
  if (high - low >= Math.PI - 1e-6) return [0, BUCKETS];
  const from = Math.floor(((first + low) / TURN) * BUCKETS) - 1;
  const to = Math.floor(((first + high) / TURN) * BUCKETS) + 1;
  return [from, Math.min(to - from + 1, BUCKETS)];
}

/** A line or box the scale labels avoid, with the distances from the centre and the directions it spans. */
interface Obstacle<T> {
  shape: T;
  nearest: number;
  farthest: number;
  buckets: [from: number, count: number];
}

function obstacle<T>(shape: T, points: number[], nearest: number): Obstacle<T> {
  let farthest = 0;
  for (let i = 0; i < points.length; i += 2) farthest = Math.max(farthest, Math.sqrt(points[i] * points[i] + points[i + 1] * points[i + 1]));
  return { shape, nearest, farthest, buckets: bucketsOf(points) };
}

/** Obstacles filed by the angular buckets they span, to find those in one direction quickly. */
class AngleIndex<T> {
  #buckets: Array<Array<Obstacle<T>> | undefined> = new Array(BUCKETS);
  constructor(obstacles: Array<Obstacle<T>>) {
    for (const o of obstacles) {
      const [from, count] = o.buckets;
      for (let b = from; b < from + count; b++) (this.#buckets[((b % BUCKETS) + BUCKETS) % BUCKETS] ??= []).push(o);
    }
  }

  /**
   * True when `test` holds for an obstacle filed within `spread` radians either side of `angle`
   * that reaches into the ring from `inner` to `outer` (distances from the centre).
   */
  some(angle: number, spread: number, inner: number, outer: number, test: (shape: T) => boolean): boolean {
    const from = Math.floor(((angle - spread) / TURN) * BUCKETS) - 1;
    const count = Math.min(Math.floor(((angle + spread) / TURN) * BUCKETS) + 1 - from + 1, BUCKETS);
    for (let b = from; b < from + count; b++) {
      const bucket = this.#buckets[((b % BUCKETS) + BUCKETS) % BUCKETS];
      if (!bucket) continue;
      for (let j = 0; j < bucket.length; j++) {
        const o = bucket[j];
        if (o.nearest <= outer && o.farthest >= inner && test(o.shape)) return true;
      }
    }
    return false;
  }
}

/** Distance from the centre to the nearest point of a segment. */
function segmentDistance(s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length = dx * dx + dy * dy;
  const t = length ? Math.min(1, Math.max(0, -(s.x1 * dx + s.y1 * dy) / length)) : 0;
  const x = s.x1 + t * dx;
  const y = s.y1 + t * dy;
  return Math.sqrt(x * x + y * y);
}

/** Distance from the centre to the nearest point of a box (0 when it holds the centre). */
function boxDistance(b: Box): number {
  const x = Math.max(b.x, 0, -(b.x + b.width));
  const y = Math.max(b.y, 0, -(b.y + b.height));
  return Math.sqrt(x * x + y * y);
}

export interface ScaleLabelRequest {
  /** Distance of the scale value from the centre. */
  radius: number;
  width: number;
  height: number;
}

export interface ScaleLabelOptions {
  /** Angles the labels may sit on (e.g. half-way between neighbouring axes), best first. */
  spokes: number[];
  /** Data lines the labels must not cross. */
  segments: Segment[];
  /** Boxes the labels must not cover: markers, axis labels. */
  boxes: Box[];
}

/**
 * Places the labels of a radial scale ("1" … "5" on their rings) where nothing is drawn over
 * them: all on the spoke where the fewest labels meet a data line, a marker or another label
 * (the first spoke on a tie), then any label still covered moves to the nearest spoke where it is
 * clear. A label no spoke can clear stays on the chosen spoke. Boxes are centred on their point.
 */
export function placeScaleLabels(labels: ScaleLabelRequest[], options: ScaleLabelOptions): Array<Box & { index: number; angle: number }> {
  const { spokes, segments, boxes } = options;
  if (!spokes.length) return [];
  const n = labels.length;
  const boxAt = (label: ScaleLabelRequest, angle: number): Box => {
    const p = polarToCartesian(angle, label.radius);
    return { x: p.x - label.width / 2, y: p.y - label.height / 2, width: label.width, height: label.height };
  };
  // A label's box lies, at any angle, within a ring around the centre: only lines and boxes that
  // reach into that ring can cover it. Those are filed by the angles they span (seen from the
  // centre), so a box on one spoke is checked against the few in its direction alone.
  // One index of each kind for all labels: each query keeps to the obstacles in the label's ring.
  const lines = new AngleIndex(segments.map((s) => obstacle(s, segmentPoints(s), segmentDistance(s))));
  const areas = new AngleIndex(boxes.map((b) => obstacle(b, boxPoints(b), boxDistance(b))));
  const near = labels.map((label) => {
    const reach = Math.sqrt(label.width * label.width + label.height * label.height) / 2 + 1;
    // Seen from the centre, the label's box spans at most this angle either side of its spoke.
    const spread = reach >= label.radius ? Math.PI : Math.asin(reach / label.radius);
    return { inner: label.radius - reach, outer: label.radius + reach, spread };
  });
  // Each label's box on each spoke, and whether a line or box covers it, are worked out once
  // (the search asks about the same few hundred places many times).
  const boxCache: Array<Box | undefined> = new Array(n * spokes.length);
  const freeCache = new Uint8Array(n * spokes.length); // 0 not known, 1 free, 2 covered
  const boxOf = (k: number, i: number): Box => (boxCache[k * spokes.length + i] ??= boxAt(labels[k], spokes[i]));
  const free = (k: number, i: number): boolean => {
    const slot = k * spokes.length + i;
    if (!freeCache[slot]) {
      const box = boxOf(k, i);
      const { inner, outer, spread } = near[k];
      const hit = areas.some(spokes[i], spread, inner, outer, (b) => boxesOverlap(b, box))
        || lines.some(spokes[i], spread, inner, outer, (s) => segmentHitsBox(s, box));
      freeCache[slot] = hit ? 2 : 1;
    }
    return freeCache[slot] === 1;
  };
  /** True when `box` (label k's) overlaps none of the other labels' boxes in `placed`. */
  const apart = (box: Box, k: number, placed: Box[]): boolean => {
    for (let j = 0; j < placed.length; j++) if (j !== k && boxesOverlap(placed[j], box)) return false;
    return true;
  };
  let best = 0;
  let bestCovered = Infinity;
  // Spokes come best first: stop at the first where every label is clear.
  for (let i = 0; i < spokes.length && bestCovered > 0; i++) {
    const placed = labels.map((_, k) => boxOf(k, i));
    let covered = 0;
    // A spoke is only chosen when strictly better: stop counting once it cannot be.
    for (let k = 0; k < n && covered < bestCovered; k++) if (!(free(k, i) && apart(placed[k], k, placed))) covered++;
    if (covered < bestCovered) {
      best = i;
      bestCovered = covered;
    }
  }
  const result = labels.map((_, index) => ({ ...boxOf(index, best), index, angle: spokes[best] }));
  let order: number[] | undefined;
  for (let k = 0; k < n; k++) {
    if (free(k, best) && apart(result[k], k, result)) continue;
    // The other spokes, nearest in angle first, so the numbers stay together where they can.
    if (!order) {
      const away = spokes.map((angle) => {
        const d = Math.abs(normalise(angle) - normalise(spokes[best]));
        return Math.min(d, Math.PI * 2 - d);
      });
      order = spokes.map((_, i) => i).filter((i) => i !== best).sort((a, b) => away[a] - away[b]);
    }
    for (const i of order) {
      if (free(k, i) && apart(boxOf(k, i), k, result)) {
        result[k] = { ...boxOf(k, i), index: k, angle: spokes[i] };
        break;
      }
    }
  }
  return result;
}
