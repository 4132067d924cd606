import { html, nothing } from 'lit';
import { hasAnswers } from '../../../core/drafts.js';
import { allItems } from '../../../core/framework.js';
import { renderPageErrors } from '../error-summary.js';
import { subjectWords, type AssessmentView } from '../view.js';

const savedTime = (time: number) =>
  new Date(time).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' });

function renderRelationship(view: AssessmentView) {
  if (!view.askRelationship) return nothing;
  const error = view.errors.find((e) => e.targetId === 'relationship-0');
  return html`
    <div class="form-group ${error ? 'form-group--error' : ''}">
      <fieldset class="fieldset" aria-describedby=${error ? 'relationship-error' : nothing}>
        <legend class="fieldset__legend">How do you work with ${subjectWords(view)}?</legend>
        ${error ? html`<p class="error-message" id="relationship-error"><span class="visually-hidden">Error:</span> ${error.message}</p>` : nothing}
        <div class="radios" part="relationship">
          ${view.groups.map(
            (group, i) => html`<div class="radios__item">
              <input
                class="radios__input"
                id="relationship-${i}"
                type="radio"
                name="relationship"
                .value=${group.id}
                .checked=${view.relationship === group.id}
                aria-describedby=${group.hint ? `relationship-${i}-hint` : nothing}
                @change=${() => view.actions.chooseRelationship(group.id)}
              />
              <label class="radios__label" for="relationship-${i}">${group.label}</label>
              ${group.hint ? html`<p class="radios__hint" id="relationship-${i}-hint">${group.hint}</p>` : nothing}
            </div>`,
          )}
        </div>
      </fieldset>
    </div>
  `;
}

/** The start page: what this is, how long it takes, how answers are kept, and anonymity for raters. */
export function renderStartPage(view: AssessmentView) {
  const { framework, store } = view;
  const rateable = framework.themes.filter((theme) => theme.behaviours.length + theme.qualities.length > 0);
  const items = allItems(framework).length;
  const minutes = Math.max(5, Math.ceil((items * 30) / 60 / 5) * 5);
  const rater = view.respondent === 'rater';
  const saved = hasAnswers(store.draft) ? store.draft!.savedAt : undefined;
  return html`
    ${renderPageErrors(view)}
    <h2 class="page-heading" tabindex="-1">${rater ? `Give feedback on ${subjectWords(view)}'s leadership` : 'Your 360 leadership assessment'}</h2>
    <p>
      ${rater
        ? html`You have been asked to say how often ${subjectWords(view)} shows the behaviours and qualities of the
            <cite>${framework.title}</cite>.`
        : html`Say how often you show the behaviours and qualities of the <cite>${framework.title}</cite>. The people you
            work with can answer the same questions about you.`}
    </p>
    <p>
      There are ${items} statements to rate in ${rateable.length === framework.themes.length ? `${rateable.length} themes` : `${rateable.length} of the framework's ${framework.themes.length} themes`}.
      It takes about ${minutes} minutes.
    </p>
    <h3>How your answers are kept</h3>
    <p>Each answer is saved in this browser as soon as you give it, so you can close the page and come back later. Nothing is sent until you submit your answers at the end.</p>
    ${rater
      ? html`<h3>Your answers are anonymous</h3>
          <p>We do not ask for your name or email address, and your answers do not include them. They only say how you work with ${subjectWords(view)}, so answers can be grouped.</p>`
      : nothing}
    ${store.notice ? html`<div class="warning" part="notice" role="status"><h3 class="warning__title">Some saved answers could not be used</h3><p>${store.notice.message}</p></div>` : nothing}
    ${renderRelationship(view)}
    ${saved !== undefined
      ? html`<div class="inset" part="resume">
            <p>You have saved answers (saved at ${savedTime(saved)}).</p>
          </div>
          <div class="button-group">
            <button class="button" type="button" @click=${view.actions.resume}>Continue your saved answers</button>
            <button class="button button--secondary" type="button" @click=${view.actions.restart}>Start again</button>
          </div>`
      : html`<button class="button button--start" type="button" @click=${view.actions.start}>Start now</button>`}
  `;
}
