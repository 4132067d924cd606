import { html, nothing } from 'lit';
import { hasAnswers } from '../../../core/drafts.js';
import { resolveMinimums } from '../../../core/anonymity.js';
import { allItems } from '../../../core/framework.js';
import { isAnswered } from '../../../core/response.js';
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

/** Whether this rater's answers are shown on their own (their group's minimum is 1, e.g. the line manager). */
function shownOnTheirOwn(view: AssessmentView): boolean {
  if (view.groupMinimum !== undefined) return view.groupMinimum <= 1;
  return !!view.relationship && resolveMinimums().group(view.relationship) <= 1;
}

/** What a rater is told about who sees their answers, before the first question. */
function renderRaterPrivacy(view: AssessmentView) {
  const alone = shownOnTheirOwn(view);
  const group = view.groups.find((g) => g.id === view.relationship)?.label ?? 'your group';
  return html`${alone
      ? html`<div class="inset" part="shown-alone">
          <h3>Your answers are shown on their own</h3>
          <p>You are the only person answering as ${group === 'I am their line manager' ? 'their line manager' : group}, so ${subjectWords(view)}'s report shows your score for each statement and your comments on their own, next to that group's name. They are not combined with anyone else's answers.</p>
        </div>`
      : html`<h3>Your answers are anonymous</h3>
          <p>We do not ask for your name or email address, and your answers do not include them. They only say how you work with ${subjectWords(view)}, so answers can be grouped.</p>`}
    <p part="comments-notice">Comments are quoted word for word in the report. Do not write anything in a comment that you would not want read exactly as you wrote it, or that would show who you are.</p>`;
}

/** The start page: what this is, how long it takes, how answers are kept, and anonymity for raters. */
export function renderStartPage(view: AssessmentView) {
  const { framework, store } = view;
  const rateable = framework.themes.filter((theme) => theme.behaviours.length + theme.qualities.length > 0);
  const items = allItems(framework).length;
  const minutes = Math.max(5, Math.ceil((items * 30) / 60 / 5) * 5);
  const rater = view.respondent === 'rater';
  const saved = hasAnswers(store.draft) ? store.draft!.savedAt : undefined;
  const answered = allItems(framework).filter(({ item }) => isAnswered(store.draft, item.id)).length;
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
    <p>${view.keptFor === 'tab'
      ? 'Each answer is saved in this tab as soon as you give it, so reloading the page loses nothing. When you close the tab, your answers are removed from this browser, so nobody else using it can see them.'
      : view.keptFor === 'link'
        ? 'Each answer is saved in this browser as soon as you give it. To come back later, open the link you were sent again: only that link opens your answers.'
        : 'Each answer is saved in this browser as soon as you give it, so you can close the page and come back later.'}
      Nothing is sent until you submit your answers at the end.</p>
    ${rater ? renderRaterPrivacy(view) : nothing}
    ${store.notice ? html`<div class="warning" part="notice" role="status"><h3 class="warning__title">Some saved answers could not be used</h3><p>${store.notice.message}</p></div>` : nothing}
    ${renderRelationship(view)}
    ${saved !== undefined
      ? html`<div class="inset" part="resume">
            <p>You have saved answers: ${answered} of ${items} answered (saved at ${savedTime(saved)}).</p>
            <p>Start again removes your saved answers from this browser. Download them first if you want to keep a copy.</p>
          </div>
          <div class="button-group">
            <button class="button" type="button" @click=${view.actions.resume}>Continue your saved answers</button>
            <button class="button button--secondary" type="button" @click=${view.actions.restart}>Start again</button>
            <button class="button button--secondary" type="button" @click=${view.actions.downloadDraft}>Download my saved answers</button>
          </div>`
      : html`<button class="button button--start" type="button" @click=${view.actions.start}>Start now</button>`}
  `;
}
