import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/rating/index.js';
import { memoryStorage } from '../src/core/drafts.js';
import { realFramework } from '../data/examples/frameworks.js';
import type { Framework } from '../src/core/types.js';
import { itemChoices, itemControl } from './support/item-choices.js';

interface Args {
  item: string;
  value: string;
  required: boolean;
  disabled: boolean;
  allowNotObserved: boolean;
  allowComment: boolean;
  respondent: 'self' | 'rater';
}

const frame = (framework: Framework, content: unknown) => html`<lpc-framework .framework=${framework}>${content}</lpc-framework>`;

const meta: Meta<Args> = {
  title: 'Elements/lpc-rating',
  component: 'lpc-rating',
  args: { item: 'being.authenticity', value: '', required: false, disabled: false, allowNotObserved: true, allowComment: false, respondent: 'self' },
  argTypes: {
    item: itemControl(itemChoices(realFramework, { themes: false, supplementary: false }), 'The item to rate (its id is set as the item attribute)'),
    value: { control: 'select', options: ['', '1', '2', '3', '4', '5', 'not-observed'] },
    respondent: { control: 'inline-radio', options: ['self', 'rater'] },
  },
  render: (args) =>
    frame(
      realFramework,
      html`<lpc-rating
        item=${args.item}
        value=${args.value}
        respondent=${args.respondent}
        ?required=${args.required}
        ?disabled=${args.disabled}
        ?allow-not-observed=${args.allowNotObserved}
        ?allow-comment=${args.allowComment}
      ></lpc-rating>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

/** A behaviour, rated on the framework's scale (the project's choice) with "not observed". */
export const Default: Story = {};

/** A chosen answer. */
export const Chosen: Story = { args: { value: '4' } };

/** A quality (no heading: its sentence is the label), with a comment box. */
export const QualityWithComment: Story = { args: { item: 'being.q1', allowComment: true, value: 'not-observed' } };

/** Required and empty after the form was submitted: the NHS error message. */
export const RequiredError: Story = {
  args: { required: true },
  render: (args) =>
    frame(
      realFramework,
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <lpc-rating item=${args.item} name="answer" required allow-not-observed></lpc-rating>
      </form>`,
    ),
  play: async ({ canvasElement }) => {
    const rating = canvasElement.querySelector('lpc-rating')!;
    await rating.updateComplete;
    rating.reportValidity();
  },
};

/** Disabled. */
export const Disabled: Story = { args: { disabled: true, value: '2' } };

/** Rating in place: two ratings of the same item and assessment share one draft; choose in one. */
export const RatingInPlace: Story = {
  render: () => {
    const storage = memoryStorage();
    return frame(
      realFramework,
      html`<p>Beside the behaviour card:</p>
        <lpc-rating item="being.mindset" assessment-id="story-in-place" .storage=${storage} allow-not-observed></lpc-rating>
        <p>Further down the page, the same answer:</p>
        <lpc-rating item="being.mindset" assessment-id="story-in-place" .storage=${storage} label="Mindset (same answer)"></lpc-rating>`,
    );
  },
};

/** Right to left: arrows follow the reading direction. */
export const RightToLeft: Story = { render: (args) => frame(realFramework, html`<div dir="rtl"><lpc-rating item=${args.item} allow-not-observed></lpc-rating></div>`) };
