import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/programme-map/index.js';
import { realFramework } from '../data/examples/frameworks.js';
import kingsFund from '../data/programmes/kings-fund-collaborative-leadership.json';

interface Args {
  editable: boolean;
  programme: unknown;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const meta: Meta<Args> = {
  title: 'Elements/lpc-programme-map',
  component: 'lpc-programme-map',
  args: { editable: true, programme: kingsFund },
  argTypes: {
    programme: { control: false, description: 'The programme as JSON (here: the example, The King\'s Fund\'s programme mapped by lpc-components as an illustration)' },
  },
  render: ({ editable, programme }) => html`
    <lpc-framework .framework=${realFramework}>
      <lpc-programme-map .programme=${clone(programme)} ?editable=${editable}></lpc-programme-map>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The King's Fund's "Building collaborative leadership across health and care organisations": its
 * four modules and their topics, mapped to the framework by lpc-components as an illustration
 * (not the programme's or NHS England's own mapping). Tick or clear a box to change the mapping;
 * "Download the map" saves it as JSON.
 */
export const ExampleProgramme: Story = {};

/** The same map, read only: "Covered" marks instead of checkboxes. */
export const ReadOnly: Story = { args: { editable: false } };

/** A programme file with mistakes: each problem is listed with its path, and no map is drawn from it. */
export const InvalidProgramme: Story = {
  args: {
    programme: {
      ...kingsFund,
      modules: [{ ...kingsFund.modules[0], items: ['being.authentisity', 'leading'] }, { id: 'module-2', description: 'No title' }],
    },
  },
};
