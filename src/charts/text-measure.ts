/**
 * Text widths for chart layout, measured on one shared canvas (no layout needed) and cached by
 * font and text for every chart on the page: labels repeat across renders and charts.
 * `font` is a CSS font shorthand, e.g. `600 16px Arial`. Falls back to an estimate without canvas.
 */
let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export function textWidth(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width !== undefined) return width;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context) {
    if (context.font !== font) context.font = font;
    width = context.measureText(text).width;
  } else {
    width = text.length * (parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16') * 0.6);
  }
  if (widths.size > 5000) widths.clear();
  widths.set(key, width);
  return width;
}
