import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/report/index.js';
import { aggregate, type ResponseInput } from '../src/core/aggregate.js';
import { realFramework } from '../data/examples/frameworks.js';
import { exampleResponseSets } from '../data/examples/responses.js';

interface Args {
  responses: ResponseInput[];
  invited: number;
  margin: number;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-report',
  component: 'lpc-report',
  args: { responses: exampleResponseSets.twelveRaters, invited: 14, margin: 1 },
  render: ({ responses, invited, margin }) => html`
    <lpc-framework .framework=${realFramework}>
      <lpc-report .responses=${responses} invited=${invited} margin=${margin}></lpc-report>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** One leader with 12 raters across every group (line manager, 4 peers, 4 direct reports, 3 others). */
export const TwelveRaters: Story = {};

/** Peers (2) and others (1) are below their minimum of 3, so they are pooled into "Other raters". */
export const GroupBelowThreshold: Story = { args: { responses: exampleResponseSets.groupBelowThreshold, invited: 10 } };

/** Only the leader's own response. */
export const OnlySelf: Story = { args: { responses: exampleResponseSets.onlySelf, invited: 12 } };

/** Every rater marked one item "not observed": it has no score, never 0. */
export const AllRatersNotObserved: Story = { args: { responses: exampleResponseSets.allNotObserved } };

/** Ten files, three bad: each is named with its JSON path and reason; the other seven are used. */
export const ThreeBadFiles: Story = { args: { responses: exampleResponseSets.threeBadFiles, invited: 9 } };

/** Nothing loaded yet: the file picker and drop zone. */
export const Empty: Story = { args: { responses: [] } };

/**
 * Figures worked out elsewhere (as the collector's `GET /report` serves them), set as `.result`: no
 * framework and no files needed. With `collector` and `token` the report loads them itself.
 */
export const FromResult: Story = {
  render: () => html`<lpc-report .result=${JSON.parse(JSON.stringify(aggregate(realFramework, exampleResponseSets.twelveRaters, { invited: 14 })))}></lpc-report>`,
};
