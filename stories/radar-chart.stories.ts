import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/radar-chart/index.js';
import type { RadarAxis, RadarSeries } from '../src/components/radar-chart/radar-chart.js';
import { aggregate } from '../src/core/aggregate.js';
import { allItems, itemLabel } from '../src/core/framework.js';
import { realFramework } from '../data/examples/frameworks.js';
import { twelveRaters } from '../data/examples/responses.js';

interface Args {
  axes: RadarAxis[];
  series: RadarSeries[];
  label: string;
  tableOpen: boolean;
}

const report = aggregate(realFramework, twelveRaters);
const themeAxes: RadarAxis[] = report.themes.map((t) => ({ id: t.themeId, label: t.title }));
const themeSeries: RadarSeries[] = [
  { id: 'self', label: 'You (self)', values: Object.fromEntries(report.themes.map((t) => [t.themeId, t.self])) },
  { id: 'all', label: 'All raters', values: Object.fromEntries(report.themes.map((t) => [t.themeId, t.allRaters?.mean ?? null])) },
];
const groupSeries: RadarSeries[] = ['line-manager', 'peer', 'direct-report', 'other'].map((group) => ({
  id: group,
  label: report.themes[0].groups.find((g) => g.group === group)!.label,
  values: Object.fromEntries(report.themes.map((t) => [t.themeId, t.groups.find((g) => g.group === group)?.figure?.mean ?? null])),
}));
const itemAxes: RadarAxis[] = allItems(realFramework).map(({ item }) => ({ id: item.id, label: itemLabel(item) }));
const itemSeries: RadarSeries[] = [
  { id: 'self', label: 'You (self)', values: Object.fromEntries(report.items.map((i) => [i.itemId, i.self])) },
  { id: 'all', label: 'All raters', values: Object.fromEntries(report.items.map((i) => [i.itemId, i.allRaters.status === 'shown' ? i.allRaters.mean : null])) },
  ...groupSeries.map((s) => ({
    ...s,
    values: Object.fromEntries(report.items.map((i) => {
      const figure = i.groups.find((g) => g.group === s.id)?.figure;
      return [i.itemId, figure?.status === 'shown' ? figure.mean : null];
    })),
  })),
];

const meta: Meta<Args> = {
  title: 'Charts/lpc-radar-chart',
  component: 'lpc-radar-chart',
  args: { axes: themeAxes, series: themeSeries, label: 'Scores by theme', tableOpen: false },
  render: ({ axes, series, label, tableOpen }) =>
    html`<lpc-radar-chart .axes=${axes} .series=${series} label=${label} ?table-open=${tableOpen}></lpc-radar-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Self against all raters by theme. Leading and visioning has no items: its axis says "no data". */
export const Themes: Story = {};

/** Every relationship group by theme, plus self and all raters: six series, each with its own dash and marker. */
export const SixSeries: Story = {
  args: { series: [...themeSeries, ...groupSeries], label: 'Scores by theme and group', tableOpen: true },
};

/** 27 item axes and six series: labels are wrapped and placed so they never overlap, down to 320 px. */
export const TwentySevenItems: Story = {
  args: { axes: itemAxes, series: itemSeries, label: 'Scores by item' },
};

/** Nothing to draw. */
export const Empty: Story = { args: { axes: [], series: [] } };
