/**
 * What a facilitator can do to a 360 that is not released: change (or, once closed, reopen with) the
 * closing date, close it, and release the report, confirming on purpose when fewer people responded
 * than the all-raters minimum. The element does the calls to the collector.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Progress } from '../../client/collector-types.js';
import { today } from '../../core/local-date.js';
import { renderErrorMessage, renderInputField, type FieldProblem } from '../../templates/form-field.js';

export interface ActionsView {
  progress: Progress;
  leader: string;
  /** A call to the collector is under way: every action waits. */
  busy: boolean;
  newDate: string;
  problems: readonly FieldProblem[];
  /** The collector refused to release below the minimum without a confirmation. */
  askConfirm: boolean;
  confirmBelow: boolean;
  onDateInput: (value: string) => void;
  onChangeDate: (event: Event) => void;
  onClose: () => void;
  onRelease: (confirmed: boolean) => void;
  onConfirmInput: (checked: boolean) => void;
  onCancelConfirm: () => void;
}

const problemOn = (view: ActionsView, fieldId: string) => view.problems.find((p) => p.fieldId === fieldId)?.message;

function renderClosingDate(view: ActionsView): TemplateResult {
  const closed = view.progress.status === 'closed';
  return html`<h3>Closing date</h3>
    <form novalidate @submit=${view.onChangeDate}>
      ${renderInputField({
        id: 'closes-on',
        label: closed ? 'Reopen until' : 'New closing date',
        hint: closed ? 'Reopens the 360 so more people can respond, until the end of this day.' : 'People can respond until the end of this day.',
        error: problemOn(view, 'closes-on'),
        type: 'date',
        min: today(),
        value: view.newDate,
        onInput: view.onDateInput,
      })}
      <button class="button button--secondary" type="submit" ?disabled=${view.busy}>${closed ? 'Reopen the 360' : 'Change the closing date'}</button>
    </form>`;
}

function renderConfirm(view: ActionsView): TemplateResult {
  const { progress, busy } = view;
  const error = problemOn(view, 'confirm-below');
  return html`<div class="warning" role="group" aria-labelledby="confirm-heading">
    <h4 class="warning__title" id="confirm-heading" tabindex="-1">Fewer responses than the minimum</h4>
    <p>
      ${progress.responded} ${progress.responded === 1 ? 'person has' : 'people have'} responded; the minimum for all-raters figures is
      ${progress.allRatersMinimum}. Figures that would make someone's answers easy to work out are still hidden, but with so few
      responses ${view.leader} may be able to guess who said what.
    </p>
    <div class="form-group checkbox ${error ? 'form-group--error' : ''}">
      <input
        id="confirm-below"
        type="checkbox"
        .checked=${view.confirmBelow}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? 'confirm-below-error' : nothing}
        @change=${(event: Event) => view.onConfirmInput((event.target as HTMLInputElement).checked)}
      />
      <label for="confirm-below">I understand, and want to release the report below the minimum</label>
      ${error ? html`<span></span>${renderErrorMessage('confirm-below', error)}` : nothing}
    </div>
    <div class="button-group">
      <button class="button button--warning" id="release-below" type="button" ?disabled=${busy} @click=${() => view.onRelease(true)}>
        Release below the minimum
      </button>
      <button class="button button--secondary" type="button" @click=${view.onCancelConfirm}>Do not release yet</button>
    </div>
  </div>`;
}

/** The actions for the 360's status; none once the report is released. */
export function renderActions(view: ActionsView): TemplateResult | typeof nothing {
  const { progress, leader, busy } = view;
  if (progress.status === 'released') return nothing;
  return html`
    ${renderClosingDate(view)}
    ${progress.status === 'open'
      ? html`<h3>Close the 360</h3>
          <p>Closing stops any more responses. Until you release the report you can reopen it by changing the closing date.</p>
          <button class="button button--secondary" id="close" type="button" ?disabled=${busy} @click=${view.onClose}>Close the 360 now</button>`
      : nothing}
    ${progress.status === 'closed'
      ? html`<h3>Release the report</h3>
          <p>${leader} can then read the report with their report link. A released report cannot be taken back, and the 360 cannot be reopened.</p>
          ${view.askConfirm
            ? renderConfirm(view)
            : html`<button class="button" id="release" type="button" ?disabled=${busy} @click=${() => view.onRelease(false)}>Release the report to ${leader}</button>`}`
      : nothing}
  `;
}
