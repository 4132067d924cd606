import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/360-setup/index.js';
import type { SetupResult } from '../src/components/360-setup/index.js';

export interface Args {
  collector: string;
  ratePage: string;
  selfPage: string;
  reportPage: string;
  progressPage: string;
}

/** Example tokens (not real links): the shape the collector returns once, when a 360 is set up. */
export const example: SetupResult = {
  id: '3f6c2a1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f',
  leaderName: 'Sam Jones',
  closesOn: '2027-01-31',
  tokens: {
    facilitator: 'fAc1l1tAt0r-ExAmPlE_aa',
    leader: 'LeAdEr-ExAmPlE_0123456',
    raters: [
      { ref: 'line-manager-1', group: 'line-manager', token: 'rAtEr-ExAmPlE_00000001' },
      { ref: 'peer-1', group: 'peer', token: 'rAtEr-ExAmPlE_00000002' },
      { ref: 'peer-2', group: 'peer', token: 'rAtEr-ExAmPlE_00000003' },
      { ref: 'peer-3', group: 'peer', token: 'rAtEr-ExAmPlE_00000004' },
      { ref: 'direct-report-1', group: 'direct-report', token: 'rAtEr-ExAmPlE_00000005' },
      { ref: 'direct-report-2', group: 'direct-report', token: 'rAtEr-ExAmPlE_00000006' },
      { ref: 'direct-report-3', group: 'direct-report', token: 'rAtEr-ExAmPlE_00000007' },
      { ref: 'people-who-use-services-1', group: 'people-who-use-services', token: 'rAtEr-ExAmPlE_00000008' },
    ],
  },
};

const meta: Meta<Args> = {
  title: 'Elements/lpc-360-setup',
  component: 'lpc-360-setup',
  excludeStories: ['example'],
  args: {
    collector: '/api/v1',
    ratePage: '/demo/360/rate.html',
    selfPage: '/demo/360/self.html',
    reportPage: '/demo/360/report.html',
    progressPage: '/demo/360/progress.html',
  },
  argTypes: {
    collector: { control: 'text', description: 'The collector API base URL. Stories show the states without one.' },
    ratePage: { control: 'text', name: 'rate-page' },
    selfPage: { control: 'text', name: 'self-page' },
    reportPage: { control: 'text', name: 'report-page' },
    progressPage: { control: 'text', name: 'progress-page' },
  },
  render: (args) => html`<lpc-360-setup
    collector=${args.collector}
    rate-page=${args.ratePage}
    self-page=${args.selfPage}
    report-page=${args.reportPage}
    progress-page=${args.progressPage}
  ></lpc-360-setup>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The empty form: the leader, the closing date, the groups and the minimums. */
export const Form: Story = {};

/** Problems from the collector (`{ path, message }`) placed on their fields, and one it could not place. */
export const ProblemsFromTheCollector: Story = {
  render: (args) => html`<lpc-360-setup
    collector=${args.collector}
    .problems=${[
      { path: '/closesOn', message: 'The closing date 2020-01-31 is in the past (today is 2026-12-02).' },
      { path: '/groups/1/invited', message: 'Give the number invited as a whole number from 0 to 200.' },
      { path: '/previous', message: 'No 360 has this id.' },
    ]}
  ></lpc-360-setup>`,
};

/** After set-up: each link once, with copy buttons and the mail-merge CSV. */
export const Links: Story = {
  render: (args) => html`<lpc-360-setup
    collector=${args.collector}
    rate-page=${args.ratePage}
    self-page=${args.selfPage}
    report-page=${args.reportPage}
    progress-page=${args.progressPage}
    .result=${example}
  ></lpc-360-setup>`,
};

