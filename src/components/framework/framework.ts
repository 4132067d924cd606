import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { parseJson, validateFramework } from '../../core/validate.js';
import type { Framework, Problem, RatingScale } from '../../core/types.js';
import {
  LpcFrameworkErrorEvent,
  LpcFrameworkReadyEvent,
  type FrameworkErrorKind,
} from '../../events/framework-events.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { frameworkStyles } from './framework.styles.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface LoadError {
  kind: FrameworkErrorKind;
  problems: Problem[];
}

/**
 * Loads, validates and shares the leadership framework with every `lpc-` element inside it.
 *
 * @tagname lpc-framework
 * @summary Provider: fetches a framework JSON file (or takes one as a property), validates it and
 * shares it through context. A bad or unreachable file shows an NHS-style error summary naming the
 * file and the JSON path of each problem; the content inside keeps working.
 *
 * @slot - The page content that uses the framework: any `lpc-` elements and other markup.
 *
 * @fires {LpcFrameworkReadyEvent} lpc-framework-ready - A framework loaded and passed validation. `detail: { framework, src }`.
 * @fires {LpcFrameworkErrorEvent} lpc-framework-error - The framework could not be fetched, parsed or validated. `detail: { kind, src, problems }`; `kind` is `not-found`, `http`, `network`, `not-json` or `invalid`.
 *
 * @csspart error-summary - The error summary shown when the framework cannot be used.
 * @csspart status - The "Loading" message.
 *
 * @cssproperty --lpc-color-error - Border and text colour of the error summary (NHS red).
 */
export class LpcFramework extends LitElement {
  static override styles = frameworkStyles;

  /** URL of the framework JSON file, e.g. `lpc-core-framework-2020.json`. Changing it loads the new file. */
  @property({ reflect: true }) src?: string;

  /**
   * Replaces the framework's rating scale (the framework gives none; the bundled data carries the
   * project's choice). Validated together with the framework.
   */
  @property({ attribute: false }) ratingScale?: RatingScale;

  @provide({ context: frameworkContext })
  @state()
  protected provided?: Framework;

  @state() protected status: Status = 'idle';
  @state() protected error?: LoadError;

  /** The untrusted framework before validation, from `src` or the `framework` property. */
  #raw?: unknown;
  #rawFrom: string | null = null;
  /** Increases with every load, so a slow, older response never replaces a newer one. */
  #generation = 0;
  #abort?: AbortController;

  /** The validated framework in use, or `undefined`. Setting it validates the value (it is untrusted). */
  get framework(): Framework | undefined {
    return this.provided;
  }

  set framework(value: unknown) {
    this.#generation++;
    this.#abort?.abort();
    this.#raw = value;
    this.#rawFrom = null;
    this.#apply();
  }

  /** Resolves when the current load has finished (ready or error). Useful in tests and hosts. */
  get loadComplete(): Promise<void> {
    return this.#loadComplete;
  }
  #loadComplete: Promise<void> = Promise.resolve();

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src') && this.src) {
      this.#loadComplete = this.#load(this.src);
    } else if (changed.has('ratingScale') && this.#raw !== undefined) {
      this.#apply();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A host may set .framework before this element is defined; pass that value through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'framework')) {
      const value = (this as unknown as { framework: unknown }).framework;
      delete (this as unknown as { framework?: unknown }).framework;
      this.framework = value;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  async #load(src: string): Promise<void> {
    const generation = ++this.#generation;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    const outcome = await this.#fetchText(src, abort.signal);
    if (generation !== this.#generation) return; // a newer src or property replaced this load
    if ('error' in outcome) {
      this.#fail(outcome.error, src);
      return;
    }
    const parsed = parseJson(outcome.text);
    if (!parsed.ok) {
      this.#fail({ kind: 'not-json', problems: parsed.problems }, src);
      return;
    }
    this.#raw = parsed.value;
    this.#rawFrom = src;
    this.#apply();
  }

  async #fetchText(src: string, signal: AbortSignal): Promise<{ text: string } | { error: LoadError }> {
    let response: Response;
    try {
      response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        error: {
          kind: 'network',
          problems: [{ path: '', message: `The request failed (${detail}). Check the address, your connection, and that the server allows this page to fetch the file.` }],
        },
      };
    }
    if (response.status === 404) {
      return {
        error: {
          kind: 'not-found',
          problems: [{ path: '', message: 'The server says the file does not exist (HTTP 404). Check the src attribute and that the file was copied to the site.' }],
        },
      };
    }
    if (!response.ok) {
      return {
        error: {
          kind: 'http',
          problems: [{ path: '', message: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Try again later, or check the server.` }],
        },
      };
    }
    try {
      return { text: await response.text() };
    } catch (error) {
      return {
        error: { kind: 'network', problems: [{ path: '', message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` }] },
      };
    }
  }

  /** Validates the raw framework (with the host's scale, if any) and shares it or reports why not. */
  #apply(): void {
    const raw = this.#raw;
    const candidate =
      this.ratingScale && raw !== null && typeof raw === 'object' && !Array.isArray(raw)
        ? { ...(raw as object), ratingScale: this.ratingScale }
        : raw;
    const result = validateFramework(candidate);
    if (!result.ok) {
      this.#fail({ kind: 'invalid', problems: result.problems }, this.#rawFrom);
      return;
    }
    this.provided = result.value;
    this.error = undefined;
    this.status = 'ready';
    this.dispatchEvent(new LpcFrameworkReadyEvent({ framework: result.value, src: this.#rawFrom }));
  }

  #fail(error: LoadError, src: string | null): void {
    this.provided = undefined;
    this.error = error;
    this.status = 'error';
    this.dispatchEvent(new LpcFrameworkErrorEvent({ ...error, src }));
  }

  #describe(error: LoadError, file: string): string {
    switch (error.kind) {
      case 'not-found':
        return `The file ${file} was not found.`;
      case 'http':
        return `The file ${file} could not be downloaded.`;
      case 'network':
        return `The file ${file} could not be fetched: the network request failed.`;
      case 'not-json':
        return `The file ${file} is not JSON. The server may have sent a web page instead of the framework file.`;
      case 'invalid':
        return `The file ${file} is JSON but not a valid framework. Fix each problem below (the path shows where in the file it is), or use the framework file that comes with lpc-components.`;
    }
  }

  protected override render() {
    const file = this.#rawFrom ?? this.src ?? 'set by the page';
    return html`
      ${this.status === 'error' && this.error
        ? renderErrorSummary({
            id: 'lpc-framework-error-title',
            title: 'The leadership framework could not be loaded',
            description: this.#describe(this.error, this.#rawFrom === null && !this.src ? '(set as a property)' : `"${file}"`),
            problems: this.error.problems,
          })
        : nothing}
      ${this.status === 'loading'
        ? html`<p class="status" part="status" role="status">Loading the leadership framework…</p>`
        : nothing}
      <slot></slot>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-framework': LpcFramework;
  }
}
