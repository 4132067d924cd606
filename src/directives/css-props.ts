import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute. A strict Content-Security-Policy (`style-src 'self'`) blocks style attributes,
 * including the one Lit's `styleMap` writes on first render; the CSSOM is not blocked.
 *
 *   html`<span ${cssProps({ left: '40%', '--_series': 'red' })}></span>`
 */
class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() must be used on an element: <div ${cssProps({...})}>');
  }

  render(_properties: Record<string, string | number | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string | number | undefined>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    const names = new Set<string>();
    for (const [key, value] of Object.entries(properties)) {
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (value === undefined || value === '') continue;
      names.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.#previous) if (!names.has(name)) style.removeProperty(name);
    this.#previous = names;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
