/**
 * Default colours of the wheel, the same values as the `--lpc-theme-*` tokens (src/styles/tokens.ts).
 * Tests compute their contrast; the CSS mixes the quality tint the same way (`color-mix` in sRGB).
 */
export const THEME_COLOURS = {
  being: '#005eb8',
  relating: '#330072',
  leading: '#4c6272',
  delivering: '#007f3b',
} as const;

export type ThemeColourName = keyof typeof THEME_COLOURS;

/** Colours are used in this order for themes with other ids (examples, other frameworks). */
export const THEME_COLOUR_ORDER: ThemeColourName[] = ['being', 'relating', 'leading', 'delivering'];

/** Share of the theme colour in a quality's pale fill (the rest is white). */
export const QUALITY_TINT_SHARE = 0.2;

export const SURFACE = '#ffffff';
export const TEXT = '#212b32';
export const FOCUS = '#ffeb3b';

/** The colour name for a theme: its own for the four framework themes, else by position. */
export function themeColourName(themeId: string, themeIndex: number): ThemeColourName {
  return (THEME_COLOUR_ORDER as string[]).includes(themeId)
    ? (themeId as ThemeColourName)
    : THEME_COLOUR_ORDER[themeIndex % THEME_COLOUR_ORDER.length];
}
