/** The development plan's notices and buttons: the draft's notices, print, download, save and share, and the account's status line. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderErrorSummary } from '../../templates/error-summary.js';
import type { DraftStore } from '../../core/drafts.js';
import type { PlanAccount } from './plan-account.js';

export interface ActionsView {
  account: PlanAccount;
  /** Whether the leader has chosen an item (there is something to download or save). */
  hasItems: boolean;
  print: () => void;
  download: () => void;
}

export function renderPlanActions({ account, hasItems, print, download }: ActionsView): TemplateResult {
  const { online, saveState } = account;
  const busy = saveState.kind === 'busy';
  return html`<div class="actions" part="actions">
    ${saveState.kind === 'failed'
      ? renderErrorSummary({
          id: 'save-problems',
          title: 'Your plan was not saved to your account',
          description: 'It is still saved in this browser. Try again in a moment.',
          problems: saveState.problems,
        })
      : nothing}
    <div class="buttons">
      <button type="button" class="button button--secondary" @click=${print}>Print my plan</button>
      <button type="button" class="button button--secondary" ?disabled=${!hasItems} @click=${download}>Download as JSON</button>
      ${online
        ? html`<button type="button" class="button" ?disabled=${busy || !hasItems} @click=${() => account.save()}>Save to my account</button>
            <button type="button" class="button button--secondary" ?disabled=${busy} @click=${() => account.share(!account.shared)}>
              ${account.shared ? 'Stop sharing with my facilitator' : 'Share with my facilitator'}
            </button>`
        : nothing}
    </div>
    ${online ? html`<p class="hint" role="status">${account.status}</p>` : nothing}
  </div>`;
}

/** The draft store's notices (a draft set aside, storage full or off), worded for a plan, with a download when it cannot be saved. */
export function renderDraftNotices(store: DraftStore | undefined, download: () => void): TemplateResult | typeof nothing {
  if (!store) return nothing;
  return html`${store.notice ? html`<div class="notice" part="notice" role="status">${store.notice.message}</div>` : nothing}
    ${store.problem
      ? html`<div class="notice notice--warning" part="notice" role="alert">
          ${store.problem.message.replace('your answers', 'your plan').replace('Your answers', 'Your plan')}
          <button type="button" class="button button--secondary" @click=${download}>Download my plan</button>
        </div>`
      : nothing}`;
}
