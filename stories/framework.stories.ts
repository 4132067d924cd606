import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';

interface Args {
  src: string;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-framework',
  component: 'lpc-framework',
  args: { src: '/data/lpc-core-framework-2020.json' },
  argTypes: {
    src: {
      control: 'select',
      options: ['/data/lpc-core-framework-2020.json', '/data/missing.json', '/fixtures/not-json.html', '/fixtures/invalid-framework.json'],
    },
  },
  render: ({ src }) => html`
    <lpc-framework src=${src}>
      <p>Page content inside the provider keeps working whatever happens to the framework file.</p>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The real framework loads and is shared with every element inside. */
export const Ready: Story = {};

/** The file does not exist (HTTP 404). */
export const NotFound: Story = { args: { src: '/data/missing.json' } };

/** The server sent a web page, not JSON. */
export const NotJson: Story = { args: { src: '/fixtures/not-json.html' } };

/** The file is JSON but breaks the framework schema: each problem is listed with its JSON path. */
export const Invalid: Story = { args: { src: '/fixtures/invalid-framework.json' } };
