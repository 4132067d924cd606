import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../core/types.js';

export interface ErrorLink {
  text: string;
  /** Id of the field, for the link's href. */
  targetId: string;
  /** Moves focus to the field (a plain fragment link cannot reach into a shadow root). */
  onActivate: () => void;
}

export interface ErrorSummaryOptions {
  /** Unique within the shadow root, for aria-labelledby. */
  id: string;
  title: string;
  /** One or two sentences: what went wrong and how to fix it. */
  description?: string | TemplateResult;
  problems?: Problem[];
  /** Problems with a field to go to (NHS pattern): each is a link that moves focus to the field. */
  links?: ErrorLink[];
  /** Problems with no place in a file or on the page (a link that did not work, say), in words only. */
  messages?: string[];
  /** Most problems to list; the rest are counted. */
  limit?: number;
}

/** How a problem at the root (path `""`) is named: it is about the whole file, not one part. */
export const WHOLE_FILE = '(whole file)';

/**
 * The NHS.UK error summary. Every piece of data is rendered through Lit text bindings, so
 * untrusted file content can never become markup.
 */
export function renderErrorSummary(options: ErrorSummaryOptions): TemplateResult {
  const { id, title, description, problems = [], links = [], messages = [], limit = 50 } = options;
  const shown = problems.slice(0, limit);
  return html`
    <div class="error-summary" part="error-summary" role="alert" aria-labelledby="${id}" tabindex="-1">
      <h2 class="error-summary__title" id="${id}">${title}</h2>
      ${description ? html`<p>${description}</p>` : nothing}
      ${shown.length
        ? html`<ul class="error-summary__list">
            ${shown.map(
              (problem) => html`<li>
                <span class="error-summary__path">${problem.path || WHOLE_FILE}</span>: ${problem.message}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${messages.length ? html`<ul class="error-summary__list">${messages.map((message) => html`<li>${message}</li>`)}</ul>` : nothing}
      ${links.length
        ? html`<ul class="error-summary__list">
            ${links.map(
              (link) => html`<li>
                <a
                  href="#${link.targetId}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    link.onActivate();
                  }}
                  >${link.text}</a
                >
              </li>`,
            )}
          </ul>`
        : nothing}
      ${problems.length > shown.length ? html`<p>And ${problems.length - shown.length} more problems.</p>` : nothing}
    </div>
  `;
}
