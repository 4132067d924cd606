import type { Meta, StoryObj } from '@storybook/web-components-vite';
import base, { render, type Args } from '../assessment.stories.js';
import { hostileFramework, tinyFramework } from '../../data/examples/frameworks.js';

/** States developers check; designers will find the assessment under Elements. */
const meta: Meta<Args> = { ...base, title: 'Testing/lpc-assessment', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<Args>;

/** The saved answers could not be read: they were kept under a backup key, and the user is told. */
export const CorruptedDraft: Story = { render: (args) => render(args, { steps: ['corrupt'] }) };

/** A two-theme framework. */
export const TinyFramework: Story = { render: (args) => render(args, { framework: tinyFramework, steps: [{ show: { kind: 'theme', index: 0 } }] }) };

/** Hostile framework text is shown as text, never run. */
export const HostileText: Story = { render: (args) => render(args, { framework: hostileFramework, steps: [{ show: { kind: 'theme', index: 0 } }] }) };
