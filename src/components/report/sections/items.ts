import { html } from 'lit';
import type { AggregateResult } from '../../../core/aggregate.js';
import type { GapItem } from '../../gap-chart/index.js';
import { once } from '../derived.js';

function gapItems(result: AggregateResult): GapItem[] {
  const themeTitle = new Map(result.themes.map((t) => [t.themeId, t.title]));
  return result.items.map((i) => {
    const shown = i.allRaters.status === 'shown' ? i.allRaters : null;
    return { id: i.itemId, label: i.label, group: themeTitle.get(i.themeId), self: i.self, others: shown?.mean ?? null, low: shown?.min ?? null, high: shown?.max ?? null };
  });
}

/** The dot plot of every item: you against all raters, with the raters' range. */
export function renderItems(result: AggregateResult) {
  const scale = result.scale.values;
  return html`
    <section part="section" class="section section--deferred" aria-labelledby="items">
      <h3 id="items">Every item: you and all raters</h3>
      <p>Items are sorted from the highest rated by others to the lowest. The bar shows the range from the lowest to the highest score raters gave.</p>
      <lpc-gap-chart label="Scores by item: you and all raters" .items=${once(result, 'gap', () => gapItems(result))} min=${scale[0]} max=${scale[scale.length - 1]}></lpc-gap-chart>
    </section>
  `;
}
