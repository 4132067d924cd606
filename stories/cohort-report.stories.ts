import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cohort-report/index.js';
import { fourLeaders, twelveLeaders } from '../data/examples/leaders.js';

interface Args {
  results: unknown[];
  minimumLeaders: number;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-cohort-report',
  component: 'lpc-cohort-report',
  args: { results: twelveLeaders, minimumLeaders: 5 },
  argTypes: { results: { control: false } },
  render: ({ results, minimumLeaders }) => html`<lpc-cohort-report .results=${results} minimum-leaders=${minimumLeaders}></lpc-cohort-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Twelve leaders' 360s (made-up figures from a seeded generator). */
export const TwelveLeaders: Story = {};

/** Four leaders: below the minimum of 5, so only the number of leaders is shown. */
export const BelowTheMinimum: Story = { args: { results: fourLeaders } };

/** Some figures that cannot be read: left out and counted. */
export const SomeUnreadable: Story = { args: { results: [...twelveLeaders.slice(0, 6), { not: 'a result' }] } };
