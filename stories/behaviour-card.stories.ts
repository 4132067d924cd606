import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/behaviour-card/index.js';
import { hostileFramework, largeFramework, realFramework, tinyFramework } from '../data/examples/frameworks.js';
import type { Framework } from '../src/core/types.js';
import { itemChoices, itemControl } from './support/item-choices.js';

const frameworks: Record<string, Framework> = {
  real: realFramework,
  tiny: tinyFramework,
  'large (12 x 30)': largeFramework(12, 30),
  hostile: hostileFramework,
};

interface Args {
  framework: keyof typeof frameworks;
  item: string;
  headingLevel: number;
  compact: boolean;
  withActions: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-behaviour-card',
  component: 'lpc-behaviour-card',
  args: { framework: 'real', item: 'being.authenticity', headingLevel: 3, compact: false, withActions: false },
  argTypes: {
    framework: { control: 'select', options: Object.keys(frameworks), description: 'Named example framework' },
    item: itemControl(itemChoices(), 'The theme, item or supplementary text to show (its id is set as the item attribute)'),
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    compact: { control: 'boolean' },
    withActions: { control: 'boolean', description: 'Put a button in the actions slot' },
  },
  render: ({ framework, item, headingLevel, compact, withActions }) => html`
    <lpc-framework .framework=${frameworks[framework]}>
      <div style="max-width: 40rem">
        <lpc-behaviour-card item=${item} heading-level=${headingLevel} ?compact=${compact}>
          ${withActions ? html`<button slot="actions" type="button" style="min-height: 44px; font: inherit">Rate this</button>` : nothing}
        </lpc-behaviour-card>
      </div>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** A systems leadership behaviour. */
export const Behaviour: Story = {};

/** A leadership for personalised care quality: one sentence, no heading in the framework. */
export const Quality: Story = { args: { item: 'delivering.q4' } };

/** A theme card lists its behaviours and qualities. */
export const Theme: Story = { args: { item: 'relating' } };

/** The framework has no text for Leading and visioning: the card says so. */
export const ThemeWithoutText: Story = { args: { item: 'leading' } };

/** Text from another document, clearly marked as not part of the framework. */
export const Supplementary: Story = { args: { item: 'leading.blog-2020' } };

/** Compact, with an action in the actions slot. */
export const CompactWithActions: Story = { args: { item: 'being.q3', compact: true, withActions: true } };
