/**
 * The "Show the numbers as a table" disclosure under a chart, with its table built only once the
 * disclosure is first opened (or asked to start open). A closed `<details>` shows nothing and
 * exposes nothing to assistive technology, yet building its table was a good share of a chart's
 * first render (a 27 x 6 radar: 230 table elements, more than the chart itself). Once built, the
 * table stays, so closing and opening again costs nothing.
 *
 * The table comes in on the summary's click (mouse, Enter or Space), so it is rendered before the
 * browser paints the opened disclosure; a `toggle` from script (`details.open = true`) brings it
 * one frame later.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';

/** Needs no lifecycle of its own: the element renders it and it asks the element to update. */
export class TableDisclosure {
  #host: ReactiveControllerHost;
  #built = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The disclosure; `table` is called only when the table is wanted. */
  render(open: boolean, table: () => unknown) {
    if (open) this.#built = true;
    return html`<details part="table" class="table-details" ?open=${open} @toggle=${this.#onToggle}>
      <summary @click=${this.#build}>Show the numbers as a table</summary>
      ${this.#built ? table() : nothing}
    </details>`;
  }

  #build = (): void => {
    if (this.#built) return;
    this.#built = true;
    this.#host.requestUpdate();
  };

  #onToggle = (event: Event): void => {
    if ((event.currentTarget as HTMLDetailsElement).open) this.#build();
  };
}
