import { html, nothing } from 'lit';
import { nearestIds } from '../../core/framework.js';
import type { Framework, RatingScale } from '../../core/types.js';

/** One answer a rater can give: a point of the scale, or "not observed". */
export interface Choice {
  value: string;
  label: string;
}

/** The scale's points, then "not observed" when it is offered (or is the answer, so it still shows). */
export function ratingChoices(scale: RatingScale, notObserved: boolean): Choice[] {
  const choices = scale.points.map((point) => ({ value: String(point.value), label: point.label }));
  if (notObserved) choices.push({ value: 'not-observed', label: scale.notObservedLabel });
  return choices;
}

function renderChoice(choice: Choice, value: string, disabled: boolean) {
  const checked = choice.value === value;
  return html`<div class="option ${choice.value === 'not-observed' ? 'option--not-observed' : ''}" part="option${checked ? ' checked' : ''}"
    role="radio" tabindex="-1" data-value=${choice.value} aria-checked=${String(checked)} aria-disabled=${String(disabled)}
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

/** The optional comment box. Its own `input` event is composed, so it reaches the host's listeners. */
export function renderComment(comment: string, disabled: boolean, onInput: (event: Event) => void, onChange: () => void) {
  return html`<div class="comment" part="comment">
    <label for="comment">Comment (optional)</label>
    <textarea id="comment" maxlength="2000" rows="3" .value=${comment} ?disabled=${disabled} @input=${onInput} @change=${onChange}></textarea>
  </div>`;
}
