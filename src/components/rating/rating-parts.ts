import { html, nothing } from 'lit';
import { nearestIds } from '../../core/framework.js';
import type { Framework } from '../../core/types.js';

/** One answer a rater can give: a point of the scale, or "not observed". */
export interface Choice {
  value: string;
  label: string;
}

function renderChoice(choice: Choice, value: string, disabled: boolean) {
  const checked = choice.value === value;
  return html`<div
    class="option ${choice.value === 'not-observed' ? 'option--not-observed' : ''}"
    part="option${checked ? ' checked' : ''}"
    role="radio"
    tabindex="-1"
    data-value=${choice.value}
    aria-checked=${checked ? 'true' : 'false'}
    aria-disabled=${disabled ? 'true' : 'false'}
  ><span class="dot" aria-hidden="true"></span>${choice.label}</div>`;
}

/** The scale's points in one row (stacked in order when narrow), then "not observed" below them. */
export function renderChoices(choices: Choice[], value: string, disabled: boolean) {
  const notObserved = choices.find((choice) => choice.value === 'not-observed');
  return html`<div class="points">${choices.filter((choice) => choice !== notObserved).map((choice) => renderChoice(choice, value, disabled))}</div>
    ${notObserved ? renderChoice(notObserved, value, disabled) : nothing}`;
}

/** What shows instead of the rating when its item is not in the framework, with the nearest ids. */
export function renderUnknownItem(framework: Framework, itemId: string) {
  const near = nearestIds(framework, itemId);
  return html`<p class="unknown" part="error-message">
    This rating names the item "${itemId}", which is not in the framework.${near.length ? ` Did you mean ${near.map((id) => `"${id}"`).join(', ')}?` : ''}
  </p>`;
}
