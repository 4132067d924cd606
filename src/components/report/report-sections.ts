/**
 * Pieces of the report, as Lit templates. Every piece of data goes through text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderDataTable } from '../../charts/data-table.js';
import type { AggregateResult, ItemResult, ReportComment, ShownFigure } from '../../core/aggregate.js';
import { formatScore, type ReportTable } from '../../core/report-tables.js';

/** One report table (the shared data table). Each call builds new rows: keep the result to reuse it. */
export function renderTable(table: ReportTable, id: string): TemplateResult {
  return renderDataTable(table, { name: table.id, captionId: id });
}

function others(item: ItemResult): string {
  return formatScore((item.allRaters as ShownFigure).mean);
}

/** Blind spots and hidden strengths, in plain English. */
export function renderGaps(result: AggregateResult): TemplateResult {
  const margin = formatScore(result.margin);
  const list = (items: ItemResult[]) => html`<ul>
    ${items.map((i) => html`<li><span class="item-name">${i.label}</span>: you ${formatScore(i.self)}, others ${others(i)}.</li>`)}
  </ul>`;
  return html`
    <h3>Where you and others see things differently</h3>
    <p>We point out items where your own score and the average of all raters differ by ${margin} or more.</p>
    <h4>Blind spots: you rated yourself higher than others did</h4>
    ${result.blindSpots.length ? list(result.blindSpots) : html`<p>None. No item where you scored yourself ${margin} or more above others.</p>`}
    <h4>Hidden strengths: others rated you higher than you did</h4>
    ${result.hiddenStrengths.length ? list(result.hiddenStrengths) : html`<p>None. No item where others scored you ${margin} or more above your own score.</p>`}
  `;
}

/** Highest and lowest rated items. */
export function renderExtremes(result: AggregateResult): TemplateResult {
  if (!result.highest.length) return html`<h3>Highest and lowest rated</h3><p>Not enough raters' scores to show these yet.</p>`;
  const list = (items: ItemResult[]) => html`<ol>${items.map((i) => html`<li><span class="item-name">${i.label}</span>: ${others(i)}</li>`)}</ol>`;
  return html`
    <h3>Highest and lowest rated</h3>
    <div class="columns">
      <div><h4>Highest rated by others</h4>${list(result.highest)}</div>
      <div><h4>Lowest rated by others</h4>${list(result.lowest)}</div>
    </div>
  `;
}

/** Comments for one theme, by item; never in the order they arrived. */
export function renderComments(comments: ReportComment[], result: AggregateResult, themeId: string): TemplateResult | typeof nothing {
  const mine = comments.filter((c) => c.themeId === themeId);
  if (!mine.length) return nothing;
  const byItem = new Map<string, ReportComment[]>();
  for (const c of mine) byItem.set(c.itemId, [...(byItem.get(c.itemId) ?? []), c]);
  return html`
    <h4>Comments</h4>
    ${[...byItem].map(([itemId, list]) => html`
      <p class="comment-item">${result.items.find((i) => i.itemId === itemId)?.label ?? itemId}</p>
      <ul class="comments">
        ${list.map((c) => html`<li><q>${c.text}</q> <span class="comment-from">(${c.from})</span></li>`)}
      </ul>`)}
  `;
}
