/**
 * The set-up form's markup: the error summary, the leader and the closing date, who to invite, the
 * anonymity minimums and the supplementary-text choice. The element owns the state and the sending.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { today } from '../../core/local-date.js';
import { renderFieldErrorSummary, renderInputField } from '../../templates/form-field.js';
import { FLOORS, fieldIds, type FieldProblem, type GroupRow, type SetupFormState } from './setup-form.js';
import { renderCountField, renderGroupRow, type ProblemFor } from './setup-fields.js';

export interface SetupFormView {
  form: SetupFormState;
  problems: readonly FieldProblem[];
  sending: boolean;
  root: () => ShadowRoot;
  onChange: (patch: Partial<SetupFormState>) => void;
  onChangeRow: (row: GroupRow, patch: Partial<GroupRow>) => void;
  onRemoveRow: (row: GroupRow) => void;
  onAddRow: () => void;
  onSubmit: (event: Event) => void;
}

function renderErrors({ problems, root }: SetupFormView): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return renderFieldErrorSummary({
    id: 'setup-errors',
    title: 'There is a problem',
    description: problems.some((p) => !p.fieldId) ? 'The 360 was not set up. What you entered is kept: fix the problems and try again.' : undefined,
    problems,
    root,
  });
}

function renderMinimums({ form, onChange }: SetupFormView, problemFor: ProblemFor): TemplateResult {
  return html`<fieldset class="fieldset">
    <legend class="fieldset__legend">Minimums that keep raters anonymous</legend>
    <details>
      <summary>How the minimums work</summary>
      <div class="details__text">
        <p>
          A figure appears in the report only when enough people are behind it that no one's answers can be worked out. You can raise
          these minimums but never lower them below the floors, which always apply: line manager ${FLOORS.lineManager}, every other
          group ${FLOORS.group}, "Other raters" ${FLOORS.pool}, all raters ${FLOORS.allRaters}, and ${FLOORS.comments} people in a group
          before its comments are shown with the group's name.
        </p>
        <p>If fewer people respond than the all-raters minimum, you will be asked to confirm before the report is released.</p>
      </div>
    </details>
    <div class="group-row__fields">
      ${renderCountField(fieldIds.pool, '"Other raters" (pooled groups)', form.pool, FLOORS.pool, problemFor, (pool) => onChange({ pool }))}
      ${renderCountField(fieldIds.allRaters, 'All raters', form.allRaters, FLOORS.allRaters, problemFor, (allRaters) => onChange({ allRaters }))}
      ${renderCountField(fieldIds.comments, 'Comments', form.comments, FLOORS.comments, problemFor, (comments) => onChange({ comments }))}
    </div>
  </fieldset>`;
}

export function renderSetupForm(view: SetupFormView): TemplateResult {
  const { form, sending, onChange } = view;
  const problemFor: ProblemFor = (fieldId) => view.problems.find((p) => p.fieldId === fieldId);
  return html`
    ${renderErrors(view)}
    <h2 class="page-heading" tabindex="-1">Set up a 360</h2>
    <p>Each person you invite gets their own link. A link works once, and nobody is asked for their name, so answers stay anonymous.</p>
    <form part="form" novalidate @submit=${view.onSubmit}>
      ${renderInputField({
        id: fieldIds.leaderName,
        label: "Leader's name",
        hint: 'The person the feedback is about. Raters see this name.',
        error: problemFor(fieldIds.leaderName)?.message,
        type: 'text',
        autocomplete: 'off',
        maxlength: 200,
        value: form.leaderName,
        onInput: (leaderName) => onChange({ leaderName }),
      })}
      ${renderInputField({
        id: fieldIds.closesOn,
        label: 'Closing date',
        hint: 'People can respond until the end of this day. You can change it later.',
        error: problemFor(fieldIds.closesOn)?.message,
        type: 'date',
        min: today(),
        value: form.closesOn,
        onInput: (closesOn) => onChange({ closesOn }),
      })}

      <fieldset class="fieldset">
        <legend class="fieldset__legend">Who to invite</legend>
        <p class="hint">
          How many people to invite in each group. A group's scores are shown only when at least its minimum have
          scored an item; smaller groups are pooled into "Other raters".
        </p>
        ${form.groups.map((row) =>
          renderGroupRow({ row, problemFor, onChange: (patch) => view.onChangeRow(row, patch), onRemove: () => view.onRemoveRow(row) }),
        )}
        <button class="button button--secondary" id="add-group" type="button" @click=${view.onAddRow}>Add a group</button>
      </fieldset>

      ${renderMinimums(view, problemFor)}

      <div class="form-group checkbox">
        <input
          id="include-supplementary"
          type="checkbox"
          .checked=${form.includeSupplementary}
          aria-describedby="include-supplementary-hint"
          @change=${(event: Event) => onChange({ includeSupplementary: (event.target as HTMLInputElement).checked })}
        />
        <label for="include-supplementary">Show supplementary text from other documents</label>
        <span></span>
        <p class="hint" id="include-supplementary-hint">Clearly marked as not part of the framework, and never rated.</p>
      </div>

      <button class="button" type="submit" ?disabled=${sending} aria-describedby="sending-status">
        ${sending ? 'Setting up…' : 'Set up the 360 and make the links'}
      </button>
      <p class="status" id="sending-status" role="status">${sending ? 'Setting up the 360…' : ''}</p>
    </form>
  `;
}
