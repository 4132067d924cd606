import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/framework/index.js';
import '../src/components/theme-wheel/index.js';
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
  selected: string;
  layout: 'wheel' | 'list';
  label: string;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-theme-wheel',
  component: 'lpc-theme-wheel',
  args: { framework: 'real', selected: '', layout: 'wheel', label: 'Themes and items of the framework' },
  argTypes: {
    framework: { control: 'select', options: Object.keys(frameworks), description: 'Named example framework' },
    selected: itemControl(itemChoices(realFramework, { supplementary: false, none: 'Nothing selected' }), 'The theme or item selected (its id is set as the selected attribute)'),
    layout: { control: 'inline-radio', options: ['wheel', 'list'] },
    label: { control: 'text' },
  },
  render: ({ framework, selected, layout, label }) => html`
    <lpc-framework .framework=${frameworks[framework]}>
      <lpc-theme-wheel selected=${ifDefined(selected || undefined)} layout=${layout} label=${label}></lpc-theme-wheel>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The real framework: Leading and visioning is drawn hatched, with its "no text" note in words. */
export const RealFramework: Story = {};

/** An item selected by the page (no lpc-select event is fired for this). */
export const Selected: Story = { args: { selected: 'being.q2' } };

/** The same tree as a list: what narrow screens and large text get, and what "Show as a list" shows. */
export const ListLayout: Story = { args: { layout: 'list' } };
