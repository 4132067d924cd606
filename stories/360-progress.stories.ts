import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/360-progress/index.js';
import type { Me, Progress, UnusedInvitation } from '../src/components/360-progress/index.js';

interface Args {
  reportPage: string;
}

const me: Me = {
  role: 'facilitator',
  assessment: {
    id: '3f6c2a1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f',
    leaderName: 'Sam Jones',
    closesOn: '2027-01-31',
    status: 'open',
    frameworkId: 'lpc-core-framework',
    includeSupplementary: false,
    groups: [
      { id: 'line-manager', label: 'Line manager', minimum: 1 },
      { id: 'peer', label: 'Peers', minimum: 3 },
      { id: 'direct-report', label: 'Direct reports', minimum: 3 },
      { id: 'people-who-use-services', label: 'People who use services', minimum: 3 },
    ],
    minimums: { pool: 3, allRaters: 3, comments: 3 },
  },
};

const progress = (over: Partial<Progress> = {}): Progress => ({
  status: 'open',
  closesOn: '2027-01-31',
  self: true,
  groups: [
    { id: 'line-manager', label: 'Line manager', invited: 1, responded: 1 },
    { id: 'peer', label: 'Peers', invited: 3, responded: 2 },
    { id: 'direct-report', label: 'Direct reports', invited: 3, responded: 1 },
    { id: 'people-who-use-services', label: 'People who use services', invited: 2, responded: 0 },
  ],
  invited: 9,
  responded: 4,
  allRatersMinimum: 3,
  ...over,
});

const unused: UnusedInvitation[] = [
  { ref: 'peer-3', group: 'peer', contact: 'alex.smith@example.nhs.uk' },
  { ref: 'direct-report-2', group: 'direct-report', contact: null },
  { ref: 'direct-report-3', group: 'direct-report', contact: 'jo.patel@example.nhs.uk' },
  { ref: 'people-who-use-services-1', group: 'people-who-use-services', contact: null },
  { ref: 'people-who-use-services-2', group: 'people-who-use-services', contact: null },
];

const meta: Meta<Args> = {
  title: 'Elements/lpc-360-progress',
  component: 'lpc-360-progress',
  args: { reportPage: '/demo/360/report.html' },
  argTypes: { reportPage: { control: 'text', name: 'report-page' } },
  render: (args) => html`<lpc-360-progress token="example" report-page=${args.reportPage} .me=${me} .progress=${progress()} .unused=${unused}></lpc-360-progress>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Open: counts per group, the self-assessment, links not used yet, and the actions. */
export const Open: Story = {};

/** Open, with fewer responses than the all-raters minimum. */
export const BelowTheMinimum: Story = {
  render: (args) => html`<lpc-360-progress
    token="example"
    report-page=${args.reportPage}
    .me=${me}
    .progress=${progress({
      self: false,
      responded: 2,
      groups: [
        { id: 'line-manager', label: 'Line manager', invited: 1, responded: 1 },
        { id: 'peer', label: 'Peers', invited: 3, responded: 1 },
        { id: 'direct-report', label: 'Direct reports', invited: 3, responded: 0 },
        { id: 'people-who-use-services', label: 'People who use services', invited: 2, responded: 0 },
      ],
    })}
    .unused=${unused}
  ></lpc-360-progress>`,
};

/** Closed: no more responses; reopen or release. */
export const Closed: Story = {
  render: (args) => html`<lpc-360-progress token="example" report-page=${args.reportPage} .me=${me} .progress=${progress({ status: 'closed' })} .unused=${unused}></lpc-360-progress>`,
};

/** Released: counts and the link to the report. */
export const Released: Story = {
  render: (args) => html`<lpc-360-progress token="example" report-page=${args.reportPage} .me=${me} .progress=${progress({ status: 'released' })}></lpc-360-progress>`,
};

/** Opened without a facilitator link. */
export const NoLink: Story = {
  render: () => html`<lpc-360-progress collector="/api/v1"></lpc-360-progress>`,
};
