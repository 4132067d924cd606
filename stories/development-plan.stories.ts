import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/framework/index.js';
import '../src/components/development-plan/index.js';
import { aggregate, type AggregateResult } from '../src/core/aggregate.js';
import { DraftStore, memoryStorage, type DraftStorage } from '../src/core/drafts.js';
import { suggestPlanItems } from '../src/core/plan.js';
import { planDraftId, setField, setPicked } from '../src/components/development-plan/plan-draft.js';
import { realFramework } from '../data/examples/frameworks.js';
import { onlySelf, twelveRaters } from '../data/examples/responses.js';

interface Args {
  result: AggregateResult | unknown;
  picks: number;
  storage: () => DraftStorage | null;
}

const twelve = aggregate(realFramework, twelveRaters, { invited: 14 });

/** A memory store already holding two chosen items, as a leader part-way through would have. */
function partWayThrough(): DraftStorage {
  const storage = memoryStorage();
  const store = new DraftStore({ assessmentId: planDraftId(twelve.assessmentId), respondent: 'self', storage });
  const [first, second] = suggestPlanItems(twelve);
  setPicked(store, first.itemId, true);
  setField(store, first.itemId, 'action', 'Ask two people after each team meeting what I could have done better, and write it down.');
  setField(store, first.itemId, 'support', 'Half an hour a month with my line manager to talk it through.');
  setField(store, first.itemId, 'evidence', 'My team tells me in the next 360 that I listen before deciding.');
  setField(store, first.itemId, 'reviewOn', '2027-06-30');
  setPicked(store, second.itemId, true);
  store.close();
  return storage;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-development-plan',
  component: 'lpc-development-plan',
  args: { result: twelve, picks: 3, storage: () => memoryStorage() },
  argTypes: { result: { control: false }, storage: { control: false } },
  render: ({ result, picks, storage }) => html`
    <lpc-framework .framework=${realFramework}>
      <lpc-development-plan .result=${result} picks=${picks} .storage=${storage()}></lpc-development-plan>
    </lpc-framework>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The suggestions from a report with 12 raters, nothing chosen yet. */
export const FromAReport: Story = {};

/** Two items chosen and one of them written up. */
export const PartWayThrough: Story = { args: { storage: partWayThrough } };

/** A leader may choose only one item. */
export const OneItemOnly: Story = { args: { picks: 1 } };

/** A report with no rater figures: nothing to suggest. */
export const NothingToSuggest: Story = { args: { result: aggregate(realFramework, onlySelf) } };

/** Figures that are not a report result: an error summary, and nothing else. */
export const UnreadableFigures: Story = { args: { result: { frameworkId: 'x', themes: 'not a list' } } };

/** Storage is full: the plan stays on the page, with a warning and a download. */
export const StorageFull: Story = {
  args: {
    storage: () => {
      const storage = memoryStorage();
      storage.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      return storage;
    },
  },
};
