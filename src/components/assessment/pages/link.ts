import { html, nothing } from 'lit';
import type { LinkState } from '../collector-link.js';

const CONTACT = 'If you think this is wrong, contact the person who sent you the link.';
const ONCE = 'Each link can be used once, so that everyone\'s answers are counted once.';

/** The pages shown instead of the questionnaire while a collector link is loading or cannot be used. */
export function renderLinkPage(state: Exclude<LinkState, { status: 'none' } | { status: 'ready' }>, retry: () => void) {
  switch (state.status) {
    case 'loading':
      return html`<p class="status" role="status">Loading your link…</p>`;
    case 'received':
      return html`<div class="panel" part="panel">
          <h2 class="page-heading panel__title" tabindex="-1" part="link-page">Your answers have been received</h2>
        </div>
        <p>Thank you. We have your answers, and they will be counted. This link cannot be used again: each link can be used once, so that everyone's answers are counted once.</p>
        <p>${state.draftKept
          ? 'You changed some answers after you sent them. Those changes were not sent, and they are still saved in this browser.'
          : 'The copy of your answers saved in this browser has been removed.'}</p>`;
    case 'unreachable':
      return html`<h2 class="page-heading" tabindex="-1" part="link-page">Sorry, there is a problem with the service</h2>
        <p>${state.message}</p>
        <p>Nothing you have answered in this browser has been lost.</p>
        <button class="button" type="button" @click=${retry}>Try again</button>`;
    case 'refused':
      switch (state.reason) {
        case 'unknown':
          return html`<h2 class="page-heading" tabindex="-1" part="link-page">This link is not recognised</h2>
            <p>Check that you opened or copied the whole link from the message you were sent.</p>
            <p>${CONTACT}</p>`;
        case 'used':
          return html`<h2 class="page-heading" tabindex="-1" part="link-page">This link has already been used</h2>
            <p>Answers have already been sent with this link, and we have received them. Thank you. ${ONCE}</p>
            ${state.kept
              ? html`<p>We could not confirm that they are the answers saved in this browser, so those are still saved here.</p>`
              : nothing}
            <p>If you did not send answers with this link, contact the person who sent it to you.</p>`;
        case 'closed':
          return html`<h2 class="page-heading" tabindex="-1" part="link-page">This 360 is closed</h2>
            <p>It is no longer taking answers, so nothing can be sent with this link.</p>
            <p>${CONTACT}</p>`;
        case 'no-token':
          return html`<h2 class="page-heading" tabindex="-1" part="link-page">Open the link you were sent</h2>
            <p>This page works only from the link in the message you were sent. Open that link again.</p>`;
        case 'not-for-this-page':
          return html`<h2 class="page-heading" tabindex="-1" part="link-page">This link is not for giving feedback</h2>
            <p>${state.message}</p>`;
      }
  }
}
