import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/framework/index.js';
import '../src/components/assessment/index.js';
import type { AssessmentPage, LpcAssessment } from '../src/components/assessment/index.js';
import { draftKey, memoryStorage, type DraftStorage } from '../src/core/drafts.js';
import { allItems } from '../src/core/framework.js';
import type { Draft, Framework } from '../src/core/types.js';
import { realFramework } from '../data/examples/frameworks.js';

export interface Args {
  respondent: 'self' | 'rater';
  relationship: '' | 'line-manager' | 'peer' | 'direct-report' | 'other';
  subjectName: string;
  endpoint: string;
}

type Step = 'answer-all' | 'answer-some' | 'corrupt' | { show: AssessmentPage } | 'start' | 'continue' | 'submit' | 'veto-then-complete';

interface Setup {
  steps?: Step[];
  framework?: Framework;
  storage?: DraftStorage | null;
}

const SAVED_AT = Date.UTC(2026, 10, 20, 9, 30);

/** A draft stored before the page opened (as if from an earlier visit). */
function storedDraft(args: Args, framework: Framework, count: number): Draft {
  const items = allItems(framework).slice(0, count);
  return {
    schemaVersion: 1,
    assessmentId: 'story',
    respondent: args.respondent,
    ...(args.respondent === 'rater' ? { relationship: args.relationship || 'peer' } : {}),
    framework: { id: framework.id, version: framework.version },
    savedAt: SAVED_AT,
    answers: Object.fromEntries(
      items.map(({ item }, i) => [item.id, { value: i % 4 === 3 ? 'not-observed' : (i % 5) + 1, ...(i === 1 ? { comment: 'Seen at every team meeting' } : {}), updatedAt: SAVED_AT }]),
    ),
  };
}

/** Renders the assessment after the given steps (also used by the Testing stories). */
export function render(args: Args, { steps = [], framework = realFramework, storage }: Setup = {}) {
  const backing = new Map<string, string>();
  const key = draftKey({ assessmentId: 'story', respondent: args.respondent });
  if (steps.includes('answer-all')) backing.set(key, JSON.stringify(storedDraft(args, framework, 1000)));
  if (steps.includes('answer-some')) backing.set(key, JSON.stringify(storedDraft(args, framework, 5)));
  if (steps.includes('corrupt')) backing.set(key, '{"schemaVersion":1,"answers":{"being.q1":');
  const store = storage === undefined ? memoryStorage(backing) : storage;
  const play = async (node?: Element) => {
    const el = node as LpcAssessment | undefined;
    if (!el) return;
    await el.updateComplete;
    for (const step of steps) {
      if (typeof step === 'object') el.show(step.show);
      const button = (name: string) =>
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);
      if (step === 'start') button('Start now')?.click();
      if (step === 'continue') button('Continue')?.click();
      if (step === 'submit') button('Submit my answers')?.click();
      if (step === 'veto-then-complete') {
        el.addEventListener('lpc-submit', (event) => { event.preventDefault(); el.complete(); }, { once: true });
        button('Submit my answers')?.click();
      }
      await el.updateComplete;
    }
  };
  return html`
    <lpc-framework .framework=${framework}>
      <lpc-assessment
        assessment-id="story"
        respondent=${args.respondent}
        relationship=${args.relationship || ''}
        subject-name=${args.subjectName}
        endpoint=${args.endpoint || ''}
        .storage=${store}
        ${ref(play)}
      ></lpc-assessment>
    </lpc-framework>
  `;
}

const meta: Meta<Args> = {
  title: 'Elements/lpc-assessment',
  component: 'lpc-assessment',
  excludeStories: ['render'],
  args: { respondent: 'self', relationship: '', subjectName: 'Sam Jones', endpoint: '' },
  argTypes: {
    respondent: { control: 'inline-radio', options: ['self', 'rater'] },
    relationship: { control: 'select', options: ['', 'line-manager', 'peer', 'direct-report', 'other'], description: 'Empty: a rater is asked on the start page.' },
    subjectName: { control: 'text', name: 'subject-name' },
    endpoint: { control: 'text', description: 'Where to POST the response; empty offers a file.' },
  },
  render: (args) => render(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The start page for the leader. */
export const StartSelf: Story = {};

/** The start page for a rater who has not said how they work with the leader. */
export const StartRater: Story = { args: { respondent: 'rater' } };

/** A rater tried to start without choosing a group: the error summary links to the question. */
export const StartRaterError: Story = { args: { respondent: 'rater' }, render: (args) => render(args, { steps: ['start'] }) };

/** Saved answers from an earlier visit: offer to continue them, and say when they were saved. */
export const ResumeSavedAnswers: Story = { render: (args) => render(args, { steps: ['answer-some'] }) };

/** Storage is disabled: answers stay on the page, with a warning and "Download my answers". */
export const StorageUnavailable: Story = { render: (args) => render(args, { storage: null, steps: [{ show: { kind: 'theme', index: 0 } }] }) };

/** The first theme: "Theme 1 of 4", each item with the scale, "not observed" and a comment box. */
export const ThemePage: Story = { render: (args) => render(args, { steps: ['answer-some', { show: { kind: 'theme', index: 0 } }] }) };

/** Continue with answers missing: the error summary links to each unanswered item. */
export const ThemePageErrors: Story = { render: (args) => render(args, { steps: ['answer-some', { show: { kind: 'theme', index: 0 } }, 'continue'] }) };

/** Leading and visioning: the framework gives no text, so there is nothing to rate, in words. */
export const NothingToRate: Story = { render: (args) => render(args, { steps: [{ show: { kind: 'theme', index: 2 } }] }) };

/** A rater's theme page uses the leader's name in the instructions, never in the framework's text. */
export const ThemePageRater: Story = { args: { respondent: 'rater', relationship: 'peer' }, render: (args) => render(args, { steps: [{ show: { kind: 'theme', index: 1 } }] }) };

/** Check your answers, with change links. */
export const CheckAnswers: Story = { render: (args) => render(args, { steps: ['answer-all', { show: { kind: 'check' } }] }) };

/** Check your answers for a rater, including how they work with the leader. */
export const CheckAnswersRater: Story = { args: { respondent: 'rater' }, render: (args) => render(args, { steps: ['answer-all', { show: { kind: 'check' } }] }) };

/** The endpoint refused the answers: "Try again" and "Download my answers"; the draft is kept. */
export const SendFailed: Story = {
  args: { endpoint: '/api/not-here' },
  render: (args) => render(args, { steps: ['answer-all', { show: { kind: 'check' } }, 'submit'] }),
};

/** Without an endpoint: the response is offered as a JSON file. */
export const ConfirmationDownload: Story = { render: (args) => render(args, { steps: ['answer-all', { show: { kind: 'check' } }, 'submit'] }) };

/** Sent (here the host took over through lpc-submit and called complete()). */
export const ConfirmationSent: Story = { render: (args) => render(args, { steps: ['answer-all', { show: { kind: 'check' } }, 'veto-then-complete'] }) };
