/**
 * Defines a custom element once. A page may load two bundles of lpc-components (the embed file
 * and a per-element entry, say); the second definition is skipped instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
