import { html, nothing } from 'lit';
import type { DraftStore } from '../../../core/drafts.js';

/** The warning shown while answers can only be kept on the page, with a way to save them as a file. */
export function renderStorageWarning(store: DraftStore, download: () => void) {
  if (!store.problem) return nothing;
  return html`<div class="warning" part="storage-warning" role="alert">
    <h2 class="warning__title">Your answers are not being saved</h2>
    <p>${store.problem.message}</p>
    <button class="button button--secondary" type="button" @click=${download}>Download my answers</button>
  </div>`;
}
