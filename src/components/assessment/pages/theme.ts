import { html, nothing } from 'lit';
import { themeItems } from '../../../core/framework.js';
import '../../rating/index.js';
import { renderPageErrors } from '../error-summary.js';
import { subjectWords, type AssessmentView } from '../view.js';

/** The id of an item's rating in the shadow root (also the error summary's link target). */
export const ratingId = (itemId: string) => `item-${itemId}`;

/** One theme: its items to rate, or, for a theme the framework gives no text for, that in words. */
export function renderThemePage(view: AssessmentView, index: number) {
  const themes = view.framework.themes;
  const theme = themes[index];
  const items = themeItems(theme);
  const rater = view.respondent === 'rater';
  return html`
    ${renderPageErrors(view)}
    <p class="caption" part="progress">Theme ${index + 1} of ${themes.length}</p>
    <h2 class="page-heading" tabindex="-1">${theme.title}</h2>
    ${items.length
      ? html`<p class="lede">
          ${rater
            ? `Think about how often ${subjectWords(view)} shows each of these. If you have not seen it, choose "${view.framework.ratingScale.notObservedLabel}".`
            : 'Think about how often you show each of these.'}
        </p>`
      : html`<div class="inset" part="no-items">
          <p>${theme.statusNote ?? 'The framework gives no behaviours or qualities for this theme. There is nothing to rate for this theme.'}</p>
          <p>Select Continue to go to the next theme.</p>
        </div>`}
    ${view.includeSupplementary && theme.supplementary?.length
      ? theme.supplementary.map(
          (entry) => html`<aside class="supplementary" part="supplementary" aria-label="From another document: ${entry.label}">
            <p class="supplementary__label">From another document, not part of the framework: ${entry.label}</p>
            <p>${entry.text}</p>
            <p class="supplementary__source">${entry.source.publisher}, ${entry.source.document} (${entry.source.date})</p>
          </aside>`,
        )
      : nothing}
    ${items.map(
      (item) => html`<lpc-rating
        class="item"
        id=${ratingId(item.id)}
        item=${item.id}
        assessment-id=${view.assessmentId}
        respondent=${view.respondent}
        .storage=${view.storage}
        .drafts=${view.drafts}
        .draftLink=${view.link}
        required
        ?allow-not-observed=${rater}
        allow-comment
      ></lpc-rating>`,
    )}
    <div class="button-group">
      <button class="button" type="button" @click=${view.actions.next}>Continue</button>
      <button class="button button--secondary" type="button" @click=${view.actions.back}>Back</button>
    </div>
  `;
}
