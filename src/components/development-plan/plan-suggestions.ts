/** The development plan's suggested items: each on the framework's card, with its reasons, figures and a checkbox. */
import { html, nothing, type TemplateResult } from 'lit';
import { describeFigures, REASON_LABELS, type PlanSuggestion } from '../../core/plan.js';
import '../behaviour-card/index.js';

export interface SuggestionsView {
  suggestions: PlanSuggestion[];
  /** Item ids the leader has chosen. */
  picked: string[];
  /** How many items the leader may choose. */
  limit: number;
  /** Level of the section's heading (the cards' headings are one below). */
  level: number;
  toggle: (suggestion: PlanSuggestion, event: Event) => void;
}

export function renderSuggestions({ suggestions, picked, limit, level, toggle }: SuggestionsView): TemplateResult {
  const full = picked.length >= limit;
  return html`<section class="section suggestions-section" aria-labelledby="suggestions-heading">
    <div id="suggestions-heading" role="heading" aria-level=${level}>Suggested items to work on</div>
    ${suggestions.length
      ? html`<p class="hint" id="picks-hint">
            Choose up to ${limit} ${limit === 1 ? 'item' : 'items'}. You have chosen ${picked.length}.
            ${full ? html`<strong>To choose another, untick one first.</strong>` : nothing}
          </p>
          <ul class="suggestions" part="suggestions">
            ${suggestions.map((s) => {
              const checked = picked.includes(s.itemId);
              const id = `pick-${s.itemId}`;
              return html`<li class="suggestion" part="suggestion">
                <lpc-behaviour-card item=${s.itemId} compact heading-level=${Math.min(6, level + 1)}>
                  <ul class="reasons">${s.reasons.map((r) => html`<li>${REASON_LABELS[r]}</li>`)}</ul>
                  <p class="figures">${describeFigures(s.figures)}</p>
                  <div class="checkbox" slot="actions">
                    <input type="checkbox" id=${id} .checked=${checked} ?disabled=${full && !checked}
                      aria-describedby="picks-hint" @change=${(e: Event) => toggle(s, e)} />
                    <label for=${id}>Work on this item</label>
                  </div>
                </lpc-behaviour-card>
              </li>`;
            })}
          </ul>`
      : html`<p class="status">
          Your report has no blind spots, lowest items or hidden strengths to suggest, because too few raters gave
          scores for their figures to be shown.
        </p>`}
  </section>`;
}
