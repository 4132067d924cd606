/** The development plan's chosen items: the framework's words, the figures, and the leader's four answers. */
import { html, nothing, type TemplateResult } from 'lit';
import { findItem, itemLabel } from '../../core/framework.js';
import { describeFigures, MAX_PLAN_TEXT, type PlanSuggestion } from '../../core/plan.js';
import { sourceText } from '../../core/source-text.js';
import type { Framework } from '../../core/types.js';
import type { PlanField } from './plan-draft.js';

const FIELD_LABELS: Record<PlanField, { label: string; hint: string }> = {
  action: { label: 'What I will do', hint: 'For example, something you will do each week, or try in a meeting.' },
  support: { label: 'What support I need', hint: 'From whom: your line manager, a mentor, your team, training.' },
  evidence: { label: 'How I will know it has worked', hint: 'What you or others will notice when it has.' },
  reviewOn: { label: 'When I will review it', hint: 'A date to look back at this item.' },
};

export interface PlanItemsView {
  framework: Framework;
  /** Item ids the leader has chosen, in the order chosen. */
  picked: string[];
  suggestions: PlanSuggestion[];
  /** Level of the section's heading (the items' headings are one below). */
  level: number;
  value: (itemId: string, field: PlanField) => string;
  write: (itemId: string, field: PlanField, event: Event) => void;
}

export function renderPlanItems(view: PlanItemsView): TemplateResult {
  const { framework, suggestions, level } = view;
  const known = view.picked.filter((id) => findItem(framework, id));
  return html`<section class="section" part="plan" aria-labelledby="plan-heading">
    <div id="plan-heading" role="heading" aria-level=${level}>Your plan</div>
    ${known.length
      ? html`<ol class="plan-items">
          ${known.map((itemId, index) => {
            const located = findItem(framework, itemId)!;
            const suggestion = suggestions.find((s) => s.itemId === itemId);
            return html`<li class="plan-item" part="plan-item">
              <div role="heading" aria-level=${Math.min(6, level + 1)} class="plan-item__title">${index + 1}. ${itemLabel(located.item)}</div>
              <p class="plan-item__theme">${located.theme.title}</p>
              ${located.item.kind === 'behaviour'
                ? html`<p class="framework-text"><span class="framework-text__label">The framework says:</span> <span dir="auto">${located.item.text}</span></p>`
                : nothing}
              ${suggestion ? html`<p class="plan-item__figures">${describeFigures(suggestion.figures)}</p>` : nothing}
              ${(['action', 'support', 'evidence'] as const).map((field) => textField(view, itemId, field))}
              ${dateField(view, itemId)}
            </li>`;
          })}
        </ol>
        <p class="hint source">Framework text from: ${sourceText(framework.source)}. What is written under each question is your own.</p>`
      : html`<p class="status">You have not chosen an item yet. Tick "Work on this item" on a suggestion above.</p>`}
  </section>`;
}

function textField(view: PlanItemsView, itemId: string, field: PlanField): TemplateResult {
  const id = `${field}-${itemId}`;
  const value = view.value(itemId, field);
  return html`<div class="field" part="field">
    <label for=${id}>${FIELD_LABELS[field].label}</label>
    <p class="hint" id=${`${id}-hint`}>${FIELD_LABELS[field].hint}</p>
    <textarea id=${id} rows="3" maxlength=${MAX_PLAN_TEXT} aria-describedby=${`${id}-hint`} .value=${value}
      @input=${(e: Event) => view.write(itemId, field, e)}></textarea>
    <p class="print-text" dir="auto">${value || 'Not written yet.'}</p>
  </div>`;
}

/** A `YYYY-MM-DD` date as printed on the plan, e.g. "30 June 2027". */
const printedDate = (value: string) =>
  new Date(`${value}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function dateField(view: PlanItemsView, itemId: string): TemplateResult {
  const id = `reviewOn-${itemId}`;
  const value = view.value(itemId, 'reviewOn');
  return html`<div class="field" part="field">
    <label for=${id}>${FIELD_LABELS.reviewOn.label}</label>
    <p class="hint" id=${`${id}-hint`}>${FIELD_LABELS.reviewOn.hint}</p>
    <input type="date" id=${id} class="date" aria-describedby=${`${id}-hint`} .value=${value}
      @change=${(e: Event) => view.write(itemId, 'reviewOn', e)} />
    <p class="print-text">${value ? printedDate(value) : 'No date yet.'}</p>
  </div>`;
}
