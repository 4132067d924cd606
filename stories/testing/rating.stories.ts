import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import base from '../rating.stories.js';
import { hostileFramework } from '../../data/examples/frameworks.js';

/** States developers check; designers will find the rating under Elements. */
const meta = { ...base, title: 'Testing/lpc-rating', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<NonNullable<(typeof base)['args']>>;

/** Hostile text is shown as text. */
export const HostileText: Story = {
  render: () => html`<lpc-framework .framework=${hostileFramework}><lpc-rating item="markup.b1"></lpc-rating><lpc-rating item="markup.q1"></lpc-rating></lpc-framework>`,
};

/** An item id the framework does not have: a clear message with the nearest ids. */
export const UnknownItem: Story = { args: { item: 'being.authentisity' } };
