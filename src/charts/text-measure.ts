/**
 * Text widths for chart layout, measured on one shared canvas (no layout needed) and cached by
 * font and text for every chart on the page: labels repeat across renders and charts.
 * `font` is a CSS font shorthand, e.g. `600 16px Arial`. Falls back to an estimate without canvas.
 */
let context: CanvasRenderingContext2D | null | undefined;
/** Widths by font, then by text: a chart asks for one font many times (no key string to build per call). */
const widths = new Map<string, Map<string, number>>();
let cached = 0;

export function textWidth(text: string, font: string): number {
  let byText = widths.get(font);
  let width = byText?.get(text);
  if (width !== undefined) return width;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context) {
    if (context.font !== font) context.font = font;
    width = context.measureText(text).width;
  } else {
    width = text.length * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16') * 0.6);
  }
  if (cached > 5000) {
    widths.clear();
    cached = 0;
    byText = undefined;
  }
  if (!byText) widths.set(font, (byText = new Map()));
  byText.set(text, width);
  cached++;
  return width;
}
