import type { StoryObj } from '@storybook/web-components-vite';
import base from '../radar-chart.stories.js';
import { hostileText } from '../../data/examples/frameworks.js';

/** States developers check; designers will find the radar under Charts. */
const meta = { ...base, title: 'Testing/lpc-radar-chart', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<NonNullable<(typeof base)['args']>>;

/** Hostile and long labels are shown as text, cut to fit. */
export const HostileLabels: Story = {
  args: {
    axes: [
      { id: 'a', label: hostileText.markup },
      { id: 'b', label: hostileText.longWord },
      { id: 'c', label: hostileText.rtl },
    ],
    series: [{ id: 's', label: hostileText.markup, values: { a: 2, b: 4, c: null } }],
    label: 'Hostile labels',
    tableOpen: true,
  },
};
