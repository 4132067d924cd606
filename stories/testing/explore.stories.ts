import type { StoryObj } from '@storybook/web-components-vite';
import base from '../explore.stories.js';

/** States developers check; designers will find this under Together. */
const meta = { ...base, title: 'Testing/Explore the framework', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<NonNullable<(typeof base)['args']>>;

/** The tiny example framework. */
export const TinyFramework: Story = { args: { framework: 'tiny', selected: 'alpha' } };

/** The large example framework. */
export const LargeFramework: Story = { args: { framework: 'large (12 x 30)', selected: 'theme-3' } };

/** Hostile text is shown as text. */
export const HostileText: Story = { args: { framework: 'hostile', selected: 'markup' } };
