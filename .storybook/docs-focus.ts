/**
 * On a docs page every story renders in one long page. Several stories move focus as they open
 * (a question page focuses its heading, an error summary focuses itself), and the browser scrolls
 * to each: the lpc-assessment page ended about 36,000 px down, and keyboard users started from
 * the middle. Here, a story on a docs page may move focus only while focus is already inside it,
 * that is, while someone is using that story. In the single-story view nothing changes.
 */

export const DOCS_STORY_ATTRIBUTE = 'data-lpc-docs-story';

/** The docs story an element sits in, crossing shadow roots, or null. */
export function docsStoryOf(node: Node): Element | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const story = current.closest(`[${DOCS_STORY_ATTRIBUTE}]`);
      if (story) return story;
    }
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

let installed = false;

/** Wraps `focus()` on HTML and SVG elements once per page. */
export function guardDocsFocus(): void {
  if (installed) return;
  installed = true;
  for (const prototype of [HTMLElement.prototype, SVGElement.prototype]) {
    const focus = prototype.focus;
    prototype.focus = function guardedFocus(this: HTMLElement | SVGElement, options?: FocusOptions) {
      const story = docsStoryOf(this);
      const active = document.activeElement;
      if (story && !(active && story.contains(active))) return;
      focus.call(this, options);
    };
  }
}
