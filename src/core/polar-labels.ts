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
  const boxAt = (label: ScaleLabelRequest, angle: number): Box => {
    const p = polarToCartesian(angle, label.radius);
    return { x: p.x - label.width / 2, y: p.y - label.height / 2, width: label.width, height: label.height };
  };
  const clear = (box: Box, others: Box[]) =>
    !segments.some((s) => segmentHitsBox(s, box)) && !boxes.some((b) => boxesOverlap(b, box)) && !others.some((b) => boxesOverlap(b, box));
  if (!spokes.length) return [];
  let best = 0;
  let bestCovered = Infinity;
  // Spokes come best first: stop at the first where every label is clear.
  for (let i = 0; i < spokes.length && bestCovered > 0; i++) {
    const placed = labels.map((label) => boxAt(label, spokes[i]));
    const covered = placed.filter((box, k) => !clear(box, placed.filter((_, j) => j !== k))).length;
    if (covered < bestCovered) {
      best = i;
      bestCovered = covered;
    }
  }
  const result = labels.map((label, index) => ({ ...boxAt(label, spokes[best]), index, angle: spokes[best] }));
  result.forEach((current, k) => {
    const others = () => result.filter((_, j) => j !== k);
    if (clear(current, others())) return;
    // The other spokes, nearest in angle first, so the numbers stay together where they can.
    const away = (i: number) => {
      const d = Math.abs(normalise(spokes[i]) - normalise(spokes[best]));
      return Math.min(d, Math.PI * 2 - d);
    };
    const order = spokes.map((_, i) => i).filter((i) => i !== best).sort((a, b) => away(a) - away(b));
    for (const i of order) {
      const box = boxAt(labels[k], spokes[i]);
      if (clear(box, others())) {
        result[k] = { ...box, index: k, angle: spokes[i] };
        return;
      }
    }
  });
  return result;
}
