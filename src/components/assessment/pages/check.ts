import { html, nothing } from 'lit';
import { itemLabel, themeItems } from '../../../core/framework.js';
import type { DraftAnswer, Framework } from '../../../core/types.js';
import { renderPageErrors } from '../error-summary.js';
import { subjectWords, type AssessmentView } from '../view.js';
import { ratingId } from './theme.js';

function answerLabel(framework: Framework, answer: DraftAnswer | undefined): string {
  if (answer?.value === undefined) return 'Not answered';
  if (answer.value === 'not-observed') return framework.ratingScale.notObservedLabel;
  return framework.ratingScale.points.find((point) => point.value === answer.value)?.label ?? String(answer.value);
}

/** Check your answers: every answer with a change link, then submit. */
export function renderCheckPage(view: AssessmentView) {
  const { framework, store } = view;
  const group = view.groups.find((g) => g.id === view.relationship);
  return html`
    ${view.sendError
      ? html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="send-error-title" tabindex="-1">
          <h2 class="error-summary__title" id="send-error-title">Your answers have not been sent</h2>
          <p>${view.sendError} Your answers are still saved in this browser.</p>
          <div class="button-group">
            <button class="button" type="button" @click=${view.actions.submit}>Try again</button>
            <button class="button button--secondary" type="button" @click=${view.actions.downloadResponse}>Download my answers</button>
          </div>
        </div>`
      : renderPageErrors(view)}
    <h2 class="page-heading" tabindex="-1">Check your answers</h2>
    ${view.respondent === 'rater'
      ? html`<dl class="summary-list" part="summary">
          <div class="summary-list__row">
            <dt class="summary-list__key">How you work with ${subjectWords(view)}</dt>
            <dd class="summary-list__value">${group?.label ?? view.relationship ?? 'Not answered'}</dd>
            <dd class="summary-list__actions">
              ${view.askRelationship
                ? html`<button class="link-button" id="change-relationship" type="button" @click=${() => view.actions.change({ kind: 'start' }, 'relationship-0')}>
                    Change<span class="visually-hidden"> how you work with ${subjectWords(view)}</span>
                  </button>`
                : nothing}
            </dd>
          </div>
        </dl>`
      : nothing}
    ${framework.themes.map((theme, index) => {
      const items = themeItems(theme);
      if (!items.length) return nothing;
      return html`<h3>${theme.title}</h3>
        <dl class="summary-list" part="summary">
          ${items.map((item) => {
            const answer = store.answer(item.id);
            return html`<div class="summary-list__row">
              <dt class="summary-list__key">${itemLabel(item)}</dt>
              <dd class="summary-list__value">
                <span class=${answer?.value === undefined ? 'missing' : ''}>${answerLabel(framework, answer)}</span>
                ${answer?.comment ? html`<span class="comment-text">Comment: ${answer.comment}</span>` : nothing}
              </dd>
              <dd class="summary-list__actions">
                <button class="link-button" type="button" @click=${() => view.actions.change({ kind: 'theme', index }, ratingId(item.id))}>
                  Change<span class="visually-hidden"> your answer for ${itemLabel(item)}</span>
                </button>
              </dd>
            </div>`;
          })}
        </dl>`;
    })}
    <h3>Now send your answers</h3>
    <p>
      ${view.sends
        ? 'When you submit, your answers are sent. You cannot change them after that.'
        : 'When you submit, you can download your answers as a file to send to the person running this 360.'}
    </p>
    ${view.sending ? html`<p class="status" role="status">Sending your answers…</p>` : nothing}
    <div class="button-group">
      <button class="button" id="submit" type="button" ?disabled=${view.sending} @click=${view.actions.submit}>Submit my answers</button>
      <button class="button button--secondary" type="button" @click=${view.actions.back}>Back</button>
    </div>
  `;
}
