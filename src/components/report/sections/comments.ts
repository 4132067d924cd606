import { html, nothing, type TemplateResult } from 'lit';
import type { AggregateResult, ReportComment } from '../../../core/aggregate.js';
import { commentFrom } from '../../../core/report-tables.js';

/**
 * One item's comments: the item's wording, then a list of its comments, built as DOM with text nodes
 * only (comments are untrusted). A report holds dozens of comments: one Lit template per comment was
 * a good part of the report's first render.
 */
function itemComments(label: string, list: readonly ReportComment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const heading = document.createElement('p');
  heading.className = 'comment-item';
  heading.textContent = label;
  const ul = document.createElement('ul');
  ul.className = 'comments';
  for (const c of list) {
    const li = document.createElement('li');
    const q = document.createElement('q');
    q.textContent = c.text;
    const from = document.createElement('span');
    from.className = 'comment-from';
    from.textContent = `(${commentFrom(c)})`;
    li.append(q, ' ', from);
    ul.append(li);
  }
  fragment.append(heading, ul);
  return fragment;
}

/**
 * Comments for one theme, by item; never in the order they arrived. The heading and the first
 * item's comments are kept together, so "Comments" never ends a printed page on its own. Each call
 * builds new DOM: keep the result (`once`) to render the same comments again without rebuilding them.
 */
export function renderComments(result: AggregateResult, themeId: string): TemplateResult | typeof nothing {
  const mine = result.comments.filter((c) => c.themeId === themeId);
  if (!mine.length) return nothing;
  const byItem = new Map<string, ReportComment[]>();
  for (const c of mine) byItem.set(c.itemId, [...(byItem.get(c.itemId) ?? []), c]);
  const label = (itemId: string) => result.items.find((i) => i.itemId === itemId)?.label ?? itemId;
  const [[firstId, firstList], ...rest] = [...byItem];
  const others = document.createDocumentFragment();
  for (const [itemId, list] of rest) others.append(itemComments(label(itemId), list));
  return html`
    <div class="keep-together"><h4>Comments</h4>${itemComments(label(firstId), firstList)}</div>
    ${others}
  `;
}
