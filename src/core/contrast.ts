/**
 * WCAG 2.x colour contrast, for checking chart colours in tests (no DOM). Colours are `#rrggbb`.
 */

/** Parses `#rrggbb` (or `#rgb`) into 0..255 channels. */
export function parseHex(hex: string): [number, number, number] {
  const value = hex.trim().replace(/^#/, '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a #rrggbb colour: "${hex}"`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG 2.2 defines it. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Mixes `colour` with `other` like CSS `color-mix(in srgb, colour p%, other)`: `share` is the
 * weight of `colour` from 0 to 1.
 */
export function mixColours(colour: string, other: string, share: number): string {
  const a = parseHex(colour);
  const b = parseHex(other);
  return toHex([0, 1, 2].map((i) => a[i] * share + b[i] * (1 - share)) as [number, number, number]);
}
