import { html, nothing, type TemplateResult } from 'lit';
import type { AggregateResult, ReportComment } from '../../../core/aggregate.js';
import { commentFrom } from '../../../core/report-tables.js';

/**
 * Comments for one theme, by item; never in the order they arrived. The heading and the first
 * item's comments are kept together, so "Comments" never ends a printed page on its own.
 */
export function renderComments(result: AggregateResult, themeId: string): TemplateResult | typeof nothing {
  const mine = result.comments.filter((c) => c.themeId === themeId);
  if (!mine.length) return nothing;
  const byItem = new Map<string, ReportComment[]>();
  for (const c of mine) byItem.set(c.itemId, [...(byItem.get(c.itemId) ?? []), c]);
  const label = (itemId: string) => result.items.find((i) => i.itemId === itemId)?.label ?? itemId;
  const item = ([itemId, list]: [string, ReportComment[]]) => html`
    <p class="comment-item">${label(itemId)}</p>
    <ul class="comments">
      ${list.map((c) => html`<li><q>${c.text}</q> <span class="comment-from">(${commentFrom(c)})</span></li>`)}
    </ul>`;
  const [first, ...rest] = [...byItem];
  return html`
    <div class="keep-together"><h4>Comments</h4>${item(first)}</div>
    ${rest.map(item)}
  `;
}
