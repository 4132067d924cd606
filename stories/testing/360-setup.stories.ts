import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import base, { example, type Args } from '../360-setup.stories.js';

/** States developers check; designers will find the set-up under Elements. */
const meta: Meta<Args> = { ...base, title: 'Testing/lpc-360-setup', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<Args>;

/** No page addresses given: the links show the token alone, and the page says so. */
export const LinksWithoutPages: Story = {
  render: (args) => html`<lpc-360-setup collector=${args.collector} .result=${example}></lpc-360-setup>`,
};

/** A leader's name with markup and a very long word: shown as text, wrapped at 320 px. */
export const HostileText: Story = {
  render: (args) => html`<lpc-360-setup
    collector=${args.collector}
    rate-page=${args.ratePage}
    .result=${{ ...example, leaderName: '<img src=x onerror=alert(1)> Dr Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }}
  ></lpc-360-setup>`,
};
