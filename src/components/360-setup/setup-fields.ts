/**
 * The set-up form's repeated fields: a whole-number field (how many to invite, a minimum) and one
 * group's row (its name when it is a group of the facilitator's own, counts, contacts, remove).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, renderFormGroup, renderInputField } from '../../templates/form-field.js';
import { FLOORS, MAX_INVITED, fieldIds, rowName, type FieldProblem, type GroupRow } from './setup-form.js';

/** The problem placed on a field, if any. */
export type ProblemFor = (fieldId: string) => FieldProblem | undefined;

/** A whole number from `min` to the most people a group can invite. */
export function renderCountField(id: string, label: string, value: string, min: number, problemFor: ProblemFor, onInput: (value: string) => void, hint = `At least ${min}.`): TemplateResult {
  return renderInputField({ id, label, hint, error: problemFor(id)?.message, type: 'number', value, min, max: MAX_INVITED, onInput });
}

export interface GroupRowView {
  row: GroupRow;
  problemFor: ProblemFor;
  onChange: (patch: Partial<GroupRow>) => void;
  onRemove: () => void;
}

function renderContacts({ row, problemFor, onChange }: GroupRowView, name: string): TemplateResult {
  const id = fieldIds.contacts(row);
  const error = problemFor(id)?.message;
  return html`<details ?open=${!!row.contacts.trim() || !!error}>
    <summary>Contacts for reminders (optional)</summary>
    <div class="details__text">
      ${renderFormGroup(
        {
          id,
          label: `Email addresses of ${name.toLowerCase()}`,
          hint: 'One a line, in the order of their links. They are kept only to show you who has not responded yet, never with anyone\'s answers.',
          error,
        },
        html`<textarea
          class="textarea ${error ? 'textarea--error' : ''}"
          id=${id}
          rows="3"
          spellcheck="false"
          .value=${row.contacts}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${describedBy(id, true, !!error)}
          @input=${(event: Event) => onChange({ contacts: (event.target as HTMLTextAreaElement).value })}
        ></textarea>`,
      )}
    </div>
  </details>`;
}

/** One group of raters: a group the facilitator named has a name field and a Remove button. */
export function renderGroupRow(view: GroupRowView): TemplateResult {
  const { row, problemFor, onChange, onRemove } = view;
  const name = rowName(row);
  const floor = row.id === 'line-manager' ? FLOORS.lineManager : FLOORS.group;
  return html`<div class="group-row" role="group" aria-labelledby="${row.key}-name">
    <h3 class="group-row__name" id="${row.key}-name">${name}</h3>
    ${row.custom
      ? renderInputField({
          id: fieldIds.label(row),
          label: 'Group name',
          hint: 'As raters and the report will show it, such as "People who use services".',
          error: problemFor(fieldIds.label(row))?.message,
          type: 'text',
          maxlength: 80,
          value: row.label,
          onInput: (label) => onChange({ label }),
        })
      : nothing}
    <div class="group-row__fields">
      ${renderCountField(fieldIds.invited(row), 'How many to invite', row.invited, 0, problemFor, (invited) => onChange({ invited }), '0 for none.')}
      ${renderCountField(fieldIds.minimum(row), 'Minimum to show', row.minimum, floor, problemFor, (minimum) => onChange({ minimum }))}
    </div>
    ${renderContacts(view, name)}
    ${row.custom
      ? html`<button class="button button--secondary button--small" type="button" @click=${onRemove}>
          Remove <span class="visually-hidden">the group</span> ${name}
        </button>`
      : nothing}
  </div>`;
}
