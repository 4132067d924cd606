import { html, type TemplateResult } from 'lit';
import type { AggregateResult, ItemResult, ShownFigure } from '../../../core/aggregate.js';
import { formatScore } from '../../../core/report-tables.js';
import { once } from '../derived.js';
import { itemList } from './item-list.js';

const others = (item: ItemResult) => formatScore((item.allRaters as ShownFigure).mean);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Items that could be compared (your score and the all-raters figure both shown) and items with your
 * score whose all-raters figure is hidden: an empty list is "none" only if something was compared.
 */
function comparison(result: AggregateResult) {
  const withSelf = result.items.filter((i) => i.self !== null);
  const compared = withSelf.filter((i) => i.allRaters.status === 'shown').length;
  return { compared, notCompared: withSelf.length - compared };
}

function notEnough(what: string): TemplateResult {
  return html`<p class="not-enough">There are not enough raters' scores to compare with yours, so ${what} cannot be shown yet.</p>`;
}

function none(result: AggregateResult, sentence: string): TemplateResult {
  const { compared, notCompared } = comparison(result);
  return html`<p>None among the ${plural(compared, 'item', 'items')} that could be compared: ${sentence}${notCompared
    ? ` ${plural(notCompared, 'item has', 'items have')} too few raters' scores to compare.` : ''}</p>`;
}

/** Blind spots and hidden strengths, in plain English; never "None" where nothing could be compared. */
export function renderGaps(result: AggregateResult): TemplateResult {
  const margin = formatScore(result.margin);
  const canCompare = comparison(result).compared > 0;
  const list = (items: ItemResult[]) => itemList('ul', items.map((i) => ({ name: i.label, text: `: you ${formatScore(i.self)}, others ${others(i)}.` })));
  return html`
    <h3 id="differences">Where you and others see things differently</h3>
    <p>We point out items where your own score and the average of all raters differ by ${margin} or more.</p>
    <h4>Blind spots: you rated yourself higher than others did</h4>
    ${result.blindSpots.length ? list(result.blindSpots)
      : canCompare ? none(result, `no item where you scored yourself ${margin} or more above others.`) : notEnough('blind spots')}
    <h4>Hidden strengths: others rated you higher than you did</h4>
    ${result.hiddenStrengths.length ? list(result.hiddenStrengths)
      : canCompare ? none(result, `no item where others scored you ${margin} or more above your own score.`) : notEnough('hidden strengths')}
  `;
}

/** Highest and lowest rated items. */
export function renderExtremes(result: AggregateResult): TemplateResult {
  if (!result.highest.length) {
    return html`<h3>Highest and lowest rated</h3>
      <p class="not-enough">There are not enough raters' scores to show your highest and lowest rated items yet.</p>`;
  }
  const list = (items: ItemResult[]) => itemList('ol', items.map((i) => ({ name: i.label, text: `: ${others(i)}` })));
  return html`
    <h3>Highest and lowest rated</h3>
    <div class="columns">
      <div><h4>Highest rated by others</h4>${list(result.highest)}</div>
      <div><h4>Lowest rated by others</h4>${list(result.lowest)}</div>
    </div>
  `;
}

/** Blind spots, hidden strengths, highest and lowest: built once per result (the lists are DOM). */
export function renderDifferences(result: AggregateResult) {
  return once(result, 'differences', () => html`
    <section part="section" class="section section--deferred" aria-labelledby="differences">
      ${renderGaps(result)}
      ${renderExtremes(result)}
    </section>
  `);
}
