import type { StoryObj } from '@storybook/web-components-vite';
import base from '../theme-wheel.stories.js';

/** States developers check; designers will find the wheel under Elements. */
const meta = { ...base, title: 'Testing/lpc-theme-wheel', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<NonNullable<(typeof base)['args']>>;

/** The tiny example framework. */
export const TinyFramework: Story = { args: { framework: 'tiny' } };

/** The large example framework. */
export const LargeFramework: Story = { args: { framework: 'large (12 x 30)' } };

/** Hostile text is shown as text. */
export const HostileText: Story = { args: { framework: 'hostile' } };

/** Hostile text in the list layout. */
export const HostileTextList: Story = { args: { framework: 'hostile', layout: 'list' } };
