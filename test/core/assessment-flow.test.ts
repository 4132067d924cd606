// Runs in Node and in Chromium.
import { expect } from 'chai';
import { initialFlow, nextFlow, resumeTheme, samePage, type FlowEvent, type FlowState, type Page } from '../../src/core/assessment-flow.js';
import { allItems } from '../../src/core/framework.js';
import type { Draft } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';

const THEMES = 4;
const at = (page: Page, extra: Partial<FlowState> = {}): FlowState => ({ ...initialFlow, page, ...extra });
const run = (state: FlowState, ...events: FlowEvent[]) => events.reduce((s, e) => nextFlow(s, e, THEMES), state);
const theme = (index: number): Page => ({ kind: 'theme', index });

describe('assessment flow', () => {
  it('starts on the start page', () => {
    expect(initialFlow.page).to.deep.equal({ kind: 'start' });
    expect(initialFlow.submit).to.deep.equal({ status: 'idle' });
  });

  it('Start now goes to the first theme; continuing saved answers to the first unanswered one, or the check page', () => {
    expect(run(initialFlow, { type: 'start' }).page).to.deep.equal(theme(0));
    expect(run(initialFlow, { type: 'start', theme: 2 }).page).to.deep.equal(theme(2));
    expect(run(initialFlow, { type: 'start', theme: -1 }).page).to.deep.equal({ kind: 'check' });
  });

  it('Continue goes through the themes in order, then to the check page', () => {
    const pages = [];
    let state = run(initialFlow, { type: 'start' });
    for (let i = 0; i < THEMES; i++) {
      pages.push(state.page);
      state = run(state, { type: 'next' });
    }
    expect(pages).to.deep.equal([theme(0), theme(1), theme(2), theme(3)]);
    expect(state.page).to.deep.equal({ kind: 'check' });
  });

  it('Back goes to the page before, from the first theme to the start page, from check to the last theme', () => {
    expect(run(at(theme(2)), { type: 'back' }).page).to.deep.equal(theme(1));
    expect(run(at(theme(0)), { type: 'back' }).page).to.deep.equal({ kind: 'start' });
    expect(run(at({ kind: 'check' }), { type: 'back' }).page).to.deep.equal(theme(3));
    expect(run(initialFlow, { type: 'back' })).to.equal(initialFlow);
  });

  it('a change link from the check page returns to the check page on Continue', () => {
    const changed = run(at({ kind: 'check' }), { type: 'change', page: theme(1) });
    expect(changed.page).to.deep.equal(theme(1));
    expect(changed.returnToCheck).to.equal(true);
    expect(run(changed, { type: 'next' }).page).to.deep.equal({ kind: 'check' });
    const relationship = run(at({ kind: 'check' }), { type: 'change', page: { kind: 'start' } });
    expect(relationship.page).to.deep.equal({ kind: 'start' });
    expect(relationship.returnToCheck).to.equal(true);
  });

  it('Back after a change link forgets the return to the check page', () => {
    const state = run(at({ kind: 'check' }), { type: 'change', page: theme(2) }, { type: 'back' }, { type: 'next' });
    expect(state.page).to.deep.equal(theme(2));
    expect(state.returnToCheck).to.equal(false);
  });

  it('sending, failing and trying again happen on the check page; a sent response ends the flow', () => {
    const sending = run(at({ kind: 'check' }), { type: 'send' });
    expect(sending.submit).to.deep.equal({ status: 'sending' });
    expect(run(sending, { type: 'send' })).to.equal(sending);
    const failed = run(sending, { type: 'failed', message: 'The server took too long to answer.' });
    expect(failed.page).to.deep.equal({ kind: 'check' });
    expect(failed.submit).to.deep.equal({ status: 'failed', message: 'The server took too long to answer.' });
    const sent = run(failed, { type: 'send' }, { type: 'sent' });
    expect(sent.page).to.deep.equal({ kind: 'confirmation' });
    for (const event of [{ type: 'back' }, { type: 'show', page: theme(0) }, { type: 'start' }] as FlowEvent[]) {
      expect(run(sent, event)).to.equal(sent);
    }
  });

  it('leaving the check page clears a failed send', () => {
    const failed = run(at({ kind: 'check' }), { type: 'send' }, { type: 'failed', message: 'x' });
    expect(run(failed, { type: 'back' }).submit).to.deep.equal({ status: 'idle' });
  });

  it('show goes to any page but the confirmation, keeping theme numbers within the framework', () => {
    expect(run(initialFlow, { type: 'show', page: { kind: 'check' } }).page).to.deep.equal({ kind: 'check' });
    expect(run(initialFlow, { type: 'show', page: { kind: 'confirmation' } })).to.equal(initialFlow);
    expect(run(initialFlow, { type: 'show', page: theme(99) }).page).to.deep.equal(theme(3));
    expect(run(initialFlow, { type: 'show', page: theme(-2) }).page).to.deep.equal(theme(0));
  });

  it('ignores events that do not apply to the page', () => {
    expect(run(initialFlow, { type: 'next' })).to.equal(initialFlow);
    expect(run(at(theme(1)), { type: 'send' }).submit).to.deep.equal({ status: 'idle' });
    expect(run(at(theme(1)), { type: 'change', page: theme(0) }).returnToCheck).to.equal(false);
  });

  it('compares pages', () => {
    expect(samePage(theme(1), theme(1))).to.equal(true);
    expect(samePage(theme(1), theme(2))).to.equal(false);
    expect(samePage({ kind: 'check' }, { kind: 'check' })).to.equal(true);
  });

  it('continuing saved answers starts at the first theme with an unanswered item, skipping themes with nothing to rate; -1 when all are answered', () => {
    const answered = (...themes: string[]): Draft => ({
      schemaVersion: 1, assessmentId: 'a', respondent: 'self', framework: { id: realFramework.id, version: realFramework.version }, savedAt: 1,
      answers: Object.fromEntries(allItems(realFramework).filter((l) => themes.includes(l.theme.id)).map((l) => [l.item.id, { value: 3, updatedAt: 1 }])),
    });
    expect(resumeTheme(undefined, realFramework)).to.equal(0);
    expect(resumeTheme(answered('being'), realFramework)).to.equal(1);
    expect(resumeTheme(answered('being', 'relating'), realFramework)).to.equal(3); // leading and visioning has no items
    expect(resumeTheme(answered('being', 'relating', 'delivering'), realFramework)).to.equal(-1);
  });
});
