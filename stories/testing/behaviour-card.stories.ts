import type { StoryObj } from '@storybook/web-components-vite';
import base from '../behaviour-card.stories.js';

/** States developers check; designers will find the card under Elements. */
const meta = { ...base, title: 'Testing/lpc-behaviour-card', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<NonNullable<(typeof base)['args']>>;

/** A mistyped id: the card names it and the nearest valid ids. */
export const UnknownId: Story = { args: { item: 'being.authentisity' } };

/** The tiny example framework. */
export const TinyFramework: Story = { args: { framework: 'tiny', item: 'alpha.listening' } };

/** The large example framework. */
export const LargeFramework: Story = { args: { framework: 'large (12 x 30)', item: 'theme-12.q25' } };

/** Markup as a heading: shown as text. */
export const HostileMarkup: Story = { args: { framework: 'hostile', item: 'markup.b1' } };

/** A 2,000-character word and right-to-left text wrap inside the card. */
export const HostileLongWordAndRtl: Story = { args: { framework: 'hostile', item: 'rtl.q1' } };
