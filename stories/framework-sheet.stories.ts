import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/framework-sheet/index.js';
import { realFramework } from '../data/examples/frameworks.js';

interface Args {
  includeSupplementary: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-framework-sheet',
  component: 'lpc-framework-sheet',
  args: { includeSupplementary: false },
  render: ({ includeSupplementary }) => html`
    <lpc-framework .framework=${realFramework}>
      <lpc-framework-sheet ?include-supplementary=${includeSupplementary}></lpc-framework-sheet>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The whole framework: four themes, every behaviour and quality with its source. "Print" lays it out for A4. */
export const WholeFramework: Story = {};

/** With the supplementary text (an NHS England blog on leading and visioning), marked as not part of the framework. */
export const WithSupplementary: Story = { args: { includeSupplementary: true } };
