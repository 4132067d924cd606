import { html } from 'lit';
import type { AggregateResult } from '../../../core/aggregate.js';
import { themesTable } from '../../../core/report-tables.js';
import type { RadarAxis, RadarSeries } from '../../radar-chart/index.js';
import { once } from '../derived.js';
import { renderPoolingNote } from './pooling.js';
import { renderTable } from './table.js';

function radarData(result: AggregateResult): { axes: RadarAxis[]; series: RadarSeries[] } {
  return {
    axes: result.themes.map((t) => ({ id: t.themeId, label: t.title })),
    series: [
      { id: 'self', label: 'You (self)', values: Object.fromEntries(result.themes.map((t) => [t.themeId, t.self])) },
      { id: 'all-raters', label: 'All raters', values: Object.fromEntries(result.themes.map((t) => [t.themeId, t.allRaters?.mean ?? null])) },
    ],
  };
}

/** The theme radar and the theme table, with how theme figures and pooling work. */
export function renderOverview(result: AggregateResult) {
  const scale = result.scale.values;
  const { axes, series } = once(result, 'radar', () => radarData(result));
  return html`
    <section part="section" class="section" aria-labelledby="overview">
      <h3 id="overview">Overview by theme</h3>
      <p>The radar shows the overall shape of your scores. Its shape changes with the order of the themes, so read exact values from the table and the dot plot below.</p>
      <lpc-radar-chart label="Scores by theme: you and all raters" .axes=${axes} .series=${series} min=${scale[0] - 1} max=${scale[scale.length - 1]}></lpc-radar-chart>
      ${renderPoolingNote(result)}
      ${once(result, 'themes', () => renderTable(themesTable(result), 'table-themes'))}
    </section>
  `;
}
