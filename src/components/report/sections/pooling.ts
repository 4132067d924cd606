import { html, nothing } from 'lit';
import { POOLED_GROUP } from '../../../core/anonymity.js';
import type { AggregateResult } from '../../../core/aggregate.js';

function list(labels: string[]): string {
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * How "Other raters (pooled)" and theme figures are worked out, in words, from what the result says:
 * which groups are combined in which themes, and why a theme figure may cover fewer items.
 */
export function renderPoolingNote(result: AggregateResult) {
  const label = new Map(result.respondents.groups.map((g) => [g.group, g.label]));
  const pooled = result.themes
    .map((theme) => ({ theme, pool: theme.groups.find((g) => g.group === POOLED_GROUP && g.members?.length) }))
    .filter((t) => t.pool);
  // Themes with the same groups in the pool share one sentence.
  const byMembers = new Map<string, string[]>();
  for (const { theme, pool } of pooled) {
    const members = list(pool!.members!.map((m) => label.get(m) ?? m));
    byMembers.set(members, [...(byMembers.get(members) ?? []), theme.title]);
  }
  const partial = result.themes.some((t) => t.allRaters && t.allRaters.items < t.items.length);
  return html`
    <p>Each theme figure is the average of the theme's item figures. ${partial
      ? 'Where a figure could use only some items (the others were hidden to keep raters anonymous), the table says how many.'
      : nothing}</p>
    ${pooled.length
      ? html`<p class="pooling">Groups with fewer responses than their minimum are not shown on their own: their scores are
          combined in "Other raters (pooled)", so nobody's answers can be picked out. In a theme, a group combined on any item
          is combined on every item, so the figures in a theme row cover the same raters.
          ${[...byMembers].map(([members, themes]) => `In ${list(themes)}, Other raters are ${members}. `)}</p>`
      : nothing}
  `;
}
