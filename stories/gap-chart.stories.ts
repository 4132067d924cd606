import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/gap-chart/index.js';
import type { GapItem, GapSort } from '../src/components/gap-chart/gap-chart.js';
import { aggregate, type ResponseInput } from '../src/core/aggregate.js';
import { realFramework } from '../data/examples/frameworks.js';
import { allNotObserved, twelveRaters } from '../data/examples/responses.js';

interface Args {
  items: GapItem[];
  sort: GapSort;
  tableOpen: boolean;
}

function itemsOf(responses: ResponseInput[]): GapItem[] {
  return aggregate(realFramework, responses).items.map((i) => ({
    id: i.itemId,
    label: i.label,
    self: i.self,
    others: i.allRaters.status === 'shown' ? i.allRaters.mean : null,
    low: i.allRaters.status === 'shown' ? i.allRaters.min : null,
    high: i.allRaters.status === 'shown' ? i.allRaters.max : null,
  }));
}

const meta: Meta<Args> = {
  title: 'Charts/lpc-gap-chart',
  component: 'lpc-gap-chart',
  args: { items: itemsOf(twelveRaters), sort: 'others', tableOpen: false },
  argTypes: { sort: { control: 'inline-radio', options: ['others', 'gap', 'none'] } },
  render: ({ items, sort, tableOpen }) => html`<lpc-gap-chart .items=${items} sort=${sort} ?table-open=${tableOpen}></lpc-gap-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every item of the real framework: self against all raters, with the range of raters' scores. */
export const AllItems: Story = {};

/** Sorted by the size of the gap between self and others. */
export const SortedByGap: Story = { args: { sort: 'gap', tableOpen: true } };

/** One item every rater marked "not observed": no others dot, "no data" instead of 0. */
export const NotObservedItem: Story = { args: { items: itemsOf(allNotObserved) } };

/** Nothing to show. */
export const Empty: Story = { args: { items: [] } };
