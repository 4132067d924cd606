import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/framework/index.js';
import '../src/components/theme-wheel/index.js';
import '../src/components/behaviour-card/index.js';
import { connectExplore } from '../demo/explore.js';
import type { LpcThemeWheel } from '../src/components/theme-wheel/theme-wheel.js';
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
}

const meta: Meta<Args> = {
  title: 'Together/Explore the framework',
  args: { framework: 'real', selected: '' },
  argTypes: {
    framework: { control: 'select', options: Object.keys(frameworks), description: 'Named example framework' },
    selected: itemControl(itemChoices(realFramework, { supplementary: false, none: 'Nothing selected' }), 'Starting selection: a theme or item'),
  },
  render: ({ framework, selected }) => {
    let wheel: LpcThemeWheel | undefined;
    const connect = (panel?: Element) => {
      if (wheel && panel instanceof HTMLElement) void wheel.updateComplete.then(() => connectExplore(wheel!, panel));
    };
    return html`
      <lpc-framework .framework=${frameworks[framework]}>
        <section aria-labelledby="explore-story-heading">
          <h2 id="explore-story-heading">Explore the framework</h2>
          <p>Select a theme or an item on the wheel to read it beside the wheel (below it on narrow screens).</p>
          <lpc-theme-wheel selected=${ifDefined(selected || undefined)} ${ref((el) => (wheel = el as LpcThemeWheel))}></lpc-theme-wheel>
          <div ${ref(connect)}></div>
        </section>
      </lpc-framework>
    `;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing selected yet. */
export const Start: Story = {};

/** A theme selected: its card, then a compact card for each item. */
export const ThemeSelected: Story = { args: { selected: 'being' } };

/** An item selected. */
export const ItemSelected: Story = { args: { selected: 'relating.trust' } };

/** Leading and visioning: the framework has no text for it. */
export const LeadingAndVisioning: Story = { args: { selected: 'leading' } };
