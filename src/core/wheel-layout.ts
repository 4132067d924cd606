/**
 * Geometry of the theme wheel: the angle of each theme and item, wrapped theme labels, and the
 * largest wheel that fits a width with its labels outside it (placed by `placePolarLabels`, so
 * they never overlap). Pure: the element passes a `measure` function for text widths.
 *
 * Angles are radians clockwise from 12 o'clock, like d3-shape's arcs.
 */
import type { Framework, FrameworkItem } from './types.js';
import { themeItems } from './framework.js';
import { boundsOf, placePolarLabels, type Box, type PlacedLabel } from './polar-labels.js';

export interface ThemeSpan {
  themeIndex: number;
  startAngle: number;
  endAngle: number;
  /** The framework prints no text for this theme: the outer ring shows a "no text" segment. */
  noText: boolean;
}

export interface ItemSpan {
  themeIndex: number;
  /** Position in `themeItems(theme)`: behaviours first, then qualities. */
  itemIndex: number;
  item: FrameworkItem;
  /** Short label: `B1`, `B2` ... for behaviours, `Q1`, `Q2` ... for qualities (per theme). */
  code: string;
  startAngle: number;
  endAngle: number;
}

export interface WheelAngles {
  themes: ThemeSpan[];
  items: ItemSpan[];
}

/** Short label of an item: `B` or `Q` and its number within its theme and kind. */
export function itemCode(item: FrameworkItem, numberInKind: number): string {
  return `${item.kind === 'behaviour' ? 'B' : 'Q'}${numberInKind}`;
}

/**
 * Gives every item the same angle. A theme with fewer items than half the largest theme still gets
 * half its room, so a theme with no text (or one item) stays big enough to see, name and select.
 */
export function wheelAngles(framework: Framework): WheelAngles {
  const counts = framework.themes.map((theme) => theme.behaviours.length + theme.qualities.length);
  const floor = Math.max(1, Math.round(Math.max(0, ...counts) / 2));
  const weights = counts.map((count) => Math.max(count, floor));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const unit = (Math.PI * 2) / total;
  const themes: ThemeSpan[] = [];
  const items: ItemSpan[] = [];
  let angle = 0;
  framework.themes.forEach((theme, themeIndex) => {
    const span = weights[themeIndex] * unit;
    themes.push({ themeIndex, startAngle: angle, endAngle: angle + span, noText: counts[themeIndex] === 0 });
    const list = themeItems(theme);
    const each = list.length ? span / list.length : 0;
    let behaviours = 0;
    let qualities = 0;
    list.forEach((item, itemIndex) => {
      const number = item.kind === 'behaviour' ? ++behaviours : ++qualities;
      items.push({ themeIndex, itemIndex, item, code: itemCode(item, number), startAngle: angle + itemIndex * each, endAngle: angle + (itemIndex + 1) * each });
    });
    angle += span;
  });
  return { themes, items };
}

/** Measures the width of a line of text in px (`bold` for theme labels). */
export type MeasureText = (text: string, bold: boolean) => number;

/**
 * Breaks text into lines no wider than `maxWidth` (a word longer than that is cut), at most
 * `maxLines` lines; a cut-off end gets "…".
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number, maxLines = 3): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (value: string) => lines.push(value);
  for (let word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push(line);
    line = '';
    // A word wider than a line is cut into pieces (a very long word must not widen the label).
    while (measure(word) > maxWidth && lines.length < maxLines + 1) {
      let cut = 1;
      while (cut < word.length && measure(word.slice(0, cut + 1)) <= maxWidth) cut++;
      push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
    if (lines.length > maxLines) break;
  }
  if (line) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 1 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export interface WheelLabelText {
  /** The theme title. */
  title: string;
  /** A second, plain-weight part such as "No text in the framework", or null. */
  note: string | null;
}

export interface WheelLabel extends PlacedLabel {
  /** Lines of the label, in order; `bold` for the title's lines. */
  lines: Array<{ text: string; bold: boolean }>;
}

export interface WheelLayoutOptions {
  /** Width available, in px. */
  width: number;
  /** Font size of the labels, in px (the host's font size: labels are never drawn smaller). */
  fontSize: number;
  measure: MeasureText;
  /** Smallest outer radius, as a multiple of the font size, before a list is better. Default 6. */
  minRadiusEm?: number;
  /** Largest outer radius, as a multiple of the font size. Default 13. */
  maxRadiusEm?: number;
}

export interface WheelLayout {
  /** False when the wheel and its labels cannot fit at this width without shrinking text. */
  fits: boolean;
  /** Outer radius of the item ring. */
  radius: number;
  /** Radii of the rings: hole, themes and items. */
  holeRadius: number;
  themeOuterRadius: number;
  itemInnerRadius: number;
  lineHeight: number;
  labels: WheelLabel[];
  /** The SVG viewBox: holds the wheel, every label and room for the focus ring. */
  viewBox: Box;
}

/** Room left around the drawing for the focus ring (px). */
export const WHEEL_PADDING = 10;

/** The rings as fractions of the outer radius. */
export function ringRadii(radius: number) {
  return { holeRadius: radius * 0.26, themeOuterRadius: radius * 0.6, itemInnerRadius: radius * 0.63 };
}

/**
 * The largest wheel (up to `maxRadiusEm`) whose labels fit `width`, with labels at each theme's
 * middle angle, wrapped to a readable width and placed so none overlap.
 */
export function layoutWheel(spans: ThemeSpan[], texts: WheelLabelText[], options: WheelLayoutOptions): WheelLayout {
  const { width, fontSize, measure } = options;
  const lineHeight = Math.ceil(fontSize * 1.25);
  const longest = 13 * fontSize;
  const preferred = Math.max(7 * fontSize, Math.min(width * 0.24, longest));
  // A label is as wide as its longest word (up to 13 em), so ordinary words are never cut.
  const widestWord = (text: string, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((word) => measure(word, bold)));
  const wrapped = texts.map((text) => {
    const maxWidth = Math.min(longest, Math.max(preferred, Math.ceil(widestWord(text.title, true)), text.note ? Math.ceil(widestWord(text.note, false)) : 0));
    return [
      ...wrapText(text.title, maxWidth, (t) => measure(t, true)).map((line) => ({ text: line, bold: true })),
      ...(text.note ? wrapText(text.note, maxWidth, (t) => measure(t, false), 2).map((line) => ({ text: line, bold: false })) : []),
    ];
  });
  const requests = spans.map((span, i) => ({
    angle: (span.startAngle + span.endAngle) / 2,
    width: Math.ceil(Math.max(1, ...wrapped[i].map((line) => measure(line.text, line.bold)))) + 2,
    height: wrapped[i].length * lineHeight,
  }));
  const minRadius = (options.minRadiusEm ?? 6) * fontSize;
  const maxRadius = (options.maxRadiusEm ?? 13) * fontSize;

  const attempt = (radius: number) => {
    const placed = placePolarLabels(requests, { radius, gap: Math.round(fontSize / 2) });
    const circle = { x: -radius, y: -radius, width: radius * 2, height: radius * 2 };
    const bounds = boundsOf([circle, ...placed]);
    const viewBox = {
      x: bounds.x - WHEEL_PADDING,
      y: bounds.y - WHEEL_PADDING,
      width: bounds.width + WHEEL_PADDING * 2,
      height: bounds.height + WHEEL_PADDING * 2,
    };
    return { placed, viewBox };
  };

  let radius = Math.min(maxRadius, width / 2);
  let result = attempt(radius);
  for (let step = 0; step < 60 && result.viewBox.width > width && radius > 1; step++) {
    radius = Math.max(1, radius - Math.max(1, (result.viewBox.width - width) / 2));
    result = attempt(radius);
  }
  const fits = radius >= minRadius && result.viewBox.width <= width;
  return {
    fits,
    radius,
    ...ringRadii(radius),
    lineHeight,
    labels: result.placed.map((label) => ({ ...label, lines: wrapped[label.index] })),
    viewBox: result.viewBox,
  };
}

/**
 * Whether an item's code (`codeWidth` px of text) fits inside its segment of the item ring of a
 * wheel of outer radius `radius`: the ring is at least a line high and the chord at the ring's
 * middle leaves 4 px either side.
 */
export function codeFits(radius: number, lineHeight: number, span: { startAngle: number; endAngle: number }, codeWidth: number): boolean {
  const { itemInnerRadius } = ringRadii(radius);
  const middle = (itemInnerRadius + radius) / 2;
  const chord = 2 * middle * Math.sin(Math.min(Math.PI / 2, (span.endAngle - span.startAngle) / 2));
  return radius - itemInnerRadius >= lineHeight && chord >= codeWidth + 8;
}

/**
 * The wheel for these themes, and whether it can show every item's B/Q code. A wheel without its
 * codes is a ring of unlabelled segments, so the element shows its list instead, unless the items
 * are so many that no wheel could label them (codes do not fit even at the largest radius).
 */
export function layoutWheelWithCodes(angles: WheelAngles, titles: string[], noTextNote: string, options: WheelLayoutOptions): { layout: WheelLayout; codesFit: boolean } {
  const layout = layoutWheel(angles.themes, titles.map((title, i) => ({ title, note: angles.themes[i].noText ? noTextNote : null })), options);
  const fitAt = (radius: number) => angles.items.every((span) => codeFits(radius, layout.lineHeight, span, options.measure(span.code, true)));
  return { layout, codesFit: fitAt(layout.radius) || !fitAt((options.maxRadiusEm ?? 13) * options.fontSize) };
}
