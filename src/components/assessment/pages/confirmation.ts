import { html } from 'lit';
import type { AssessmentView } from '../view.js';

/** The confirmation page: sent, or the file to download when there is no endpoint. */
export function renderConfirmationPage(view: AssessmentView) {
  const done = view.confirmation!;
  return html`
    <div class="panel" part="panel">
      <h2 class="page-heading panel__title" tabindex="-1">${done.sent ? 'Your answers have been sent' : 'Your answers are ready'}</h2>
    </div>
    ${done.sent
      ? html`<p>Thank you. Your answers have been sent and the saved copy in this browser has been removed.</p>`
      : html`<p>Download your answers and send the file to the person running this 360. Your answers stay saved in this browser until you download them.</p>
          <p>
            <a class="button" href=${done.fileUrl!} download=${done.fileName} @click=${view.actions.fileSaved} part="download"
              >Download my answers (JSON file)</a
            >
          </p>`}
  `;
}
