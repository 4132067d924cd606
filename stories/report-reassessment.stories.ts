import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/report/index.js';
import { realFramework } from '../data/examples/frameworks.js';
import { reassessment } from '../data/examples/leaders.js';

const { previous, current } = reassessment();

const meta: Meta = {
  title: 'Elements/lpc-report/Re-assessment',
  component: 'lpc-report',
  render: () => html`
    <lpc-framework .framework=${realFramework}>
      <lpc-report .result=${current} .previous=${previous}></lpc-report>
    </lpc-framework>
  `,
};
export default meta;

/** A leader's second 360 (11 raters) with their first (9 raters): the change since, with both counts. */
export const SinceLastTime: StoryObj = {};
