import { html, nothing, type TemplateResult } from 'lit';

/** A heading of the programme map at `level` (2 to 6), with an id for `aria-labelledby`. */
export function programmeHeading(level: number, text: string, id?: string): TemplateResult {
  const clamped = Math.min(6, Math.max(2, Math.round(level) || 2));
  switch (clamped) {
    case 2: return html`<h2 id=${id ?? nothing}>${text}</h2>`;
    case 3: return html`<h3 id=${id ?? nothing}>${text}</h3>`;
    case 4: return html`<h4 id=${id ?? nothing}>${text}</h4>`;
    case 5: return html`<h5 id=${id ?? nothing}>${text}</h5>`;
    default: return html`<h6 id=${id ?? nothing}>${text}</h6>`;
  }
}
