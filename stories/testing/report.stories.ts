import type { StoryObj } from '@storybook/web-components-vite';
import base from '../report.stories.js';
import { hostileComment } from '../../data/examples/responses.js';

/** States developers check; designers will find the report under Elements. */
const meta = { ...base, title: 'Testing/lpc-report', tags: ['!autodocs', 'testing'] };
export default meta;
type Story = StoryObj<NonNullable<(typeof base)['args']>>;

/** Comments with markup and a spreadsheet formula: shown as text, and guarded in the CSV. */
export const HostileComment: Story = { args: { responses: hostileComment } };
