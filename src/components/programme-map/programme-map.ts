import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { parseJson } from '../../core/validate.js';
import { programmeCoverage, programmeFileName, setModuleItem, validateProgramme, type ProgrammeCoverage } from '../../core/programme.js';
import type { Framework, Problem, Programme, ProgrammeModule } from '../../core/types.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { downloadJson } from '../../utils/download.js';
import { LpcProgrammeChangeEvent } from './events.js';
import { programmeMapStyles } from './programme-map.styles.js';

const ORIGIN_LABELS: Record<Programme['mapping']['origin'], string> = {
  illustration: 'An illustration, not the programme\'s own mapping.',
  provider: 'Mapping by the programme\'s provider.',
  designer: 'Mapping by the programme\'s designer.',
};

/** Largest programme file read from disk (a real map is a few kB). */
const MAX_FILE_BYTES = 1_000_000;

/**
 * A leadership development programme mapped to the framework: which module covers which item,
 * what each module covers, which items no module covers, and the themes the framework gives no
 * items for. A designer can change the mapping in place and download it as JSON.
 *
 * @tagname lpc-programme-map
 * @summary A programme's modules against the framework's themes and items: a matrix, coverage
 * tables and the gaps, editable in place (one checkbox per module and item) and exported as JSON.
 * Place it inside `<lpc-framework>`.
 *
 * @fires {LpcProgrammeChangeEvent} lpc-programme-change - The user ticked or cleared an item for a module, or opened a programme file. `detail: { programme, moduleId, itemId, covered }` (the last three `null` for a file).
 *
 * @csspart note - Who made the mapping and what it is (NHS inset text).
 * @csspart summary - The sentence giving how many items are covered.
 * @csspart matrix - The table of modules against themes and items.
 * @csspart modules - The table of the items each module covers.
 * @csspart gaps - The list of items no module covers, and the themes with no items.
 * @csspart actions - The download button and the file picker.
 * @csspart error-summary - The problems of a programme that could not be used.
 *
 * @cssproperty --lpc-color-primary - The inset text's bar.
 * @cssproperty --lpc-color-button - The download button.
 * @cssproperty --lpc-color-focus - The focus colour (NHS yellow).
 */
export class LpcProgrammeMap extends LitElement {
  static override styles = programmeMapStyles;

  /** The programme as JSON (untrusted: validated against the programme schema and the framework). */
  @property({ attribute: false }) programme?: unknown;

  /** URL of a programme JSON file to load, e.g. `data/programmes/kings-fund-collaborative-leadership.json`. */
  @property({ reflect: true }) src?: string;

  /** Shows a checkbox for each module and item, so the mapping can be changed in place. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Level of the element's main heading (2 to 5); the sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  /** The valid programme shown, with the user's edits. */
  @state() protected current?: Programme;
  @state() protected problems: Problem[] = [];
  @state() protected problemSource = '';
  @state() protected loading = false;

  #loadToken = 0;

  /** The programme as it stands, with the user's edits; `undefined` until a valid one is loaded. */
  get value(): Programme | undefined {
    return this.current;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('programme') || changed.has('framework')) && this.programme !== undefined && this.framework) {
      this.#accept(this.programme, 'The programme');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.#fetch(this.src);
    if (changed.has('framework') && this.framework && this.#pending !== undefined) {
      const [json, source] = this.#pending;
      this.#pending = undefined;
      this.#accept(json, source);
    }
  }

  /** A file read before the framework arrived. */
  #pending?: [unknown, string];

  /** Validates untrusted JSON; a bad file keeps the map already shown and lists its problems. */
  #accept(json: unknown, source: string): boolean {
    if (!this.framework) {
      this.#pending = [json, source];
      return false;
    }
    const result = validateProgramme(json, this.framework);
    if (!result.ok) {
      this.problems = result.problems;
      this.problemSource = source;
      return false;
    }
    this.problems = [];
    this.current = result.value;
    return true;
  }

  async #fetch(src: string): Promise<void> {
    const token = ++this.#loadToken;
    this.loading = true;
    try {
      const response = await fetch(src);
      const text = await response.text();
      if (token !== this.#loadToken) return;
      if (!response.ok) {
        this.problems = [{ path: '', message: `The file could not be downloaded (HTTP ${response.status}).` }];
        this.problemSource = `The programme file ${src}`;
        return;
      }
      const parsed = parseJson(text);
      if (!parsed.ok) {
        this.problems = parsed.problems;
        this.problemSource = `The programme file ${src}`;
        return;
      }
      this.#accept(parsed.value, `The programme file ${src}`);
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.problems = [{ path: '', message: `The file could not be downloaded (${error instanceof Error ? error.message : String(error)}).` }];
      this.problemSource = `The programme file ${src}`;
    } finally {
      if (token === this.#loadToken) this.loading = false;
    }
  }

  async #openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const source = `The file ${file.name}`;
    if (file.size > MAX_FILE_BYTES) {
      this.problems = [{ path: '', message: `The file is too large (${file.size} bytes). A programme map is a few kilobytes; the limit is ${MAX_FILE_BYTES}.` }];
      this.problemSource = source;
      return;
    }
    const parsed = parseJson(await file.text());
    if (!parsed.ok) {
      this.problems = parsed.problems;
      this.problemSource = source;
      return;
    }
    if (this.#accept(parsed.value, source)) {
      this.dispatchEvent(new LpcProgrammeChangeEvent({ programme: this.current!, moduleId: null, itemId: null, covered: null }));
    }
  }

  #toggle(module: ProgrammeModule, itemId: string, event: Event): void {
    if (!this.current) return;
    const covered = (event.target as HTMLInputElement).checked;
    this.current = setModuleItem(this.current, module.id, itemId, covered, this.framework);
    this.dispatchEvent(new LpcProgrammeChangeEvent({ programme: this.current, moduleId: module.id, itemId, covered }));
  }

  #download(): void {
    if (this.current) downloadJson(this.renderRoot as ShadowRoot, programmeFileName(this.current), this.current);
  }

  #heading(level: number, text: string, id?: string) {
    const clamped = Math.min(6, Math.max(2, Math.round(level) || 2));
    switch (clamped) {
      case 2: return html`<h2 id=${id ?? nothing}>${text}</h2>`;
      case 3: return html`<h3 id=${id ?? nothing}>${text}</h3>`;
      case 4: return html`<h4 id=${id ?? nothing}>${text}</h4>`;
      case 5: return html`<h5 id=${id ?? nothing}>${text}</h5>`;
      default: return html`<h6 id=${id ?? nothing}>${text}</h6>`;
    }
  }

  protected override render() {
    const errors = this.problems.length
      ? renderErrorSummary({
          id: 'programme-errors',
          title: 'The programme could not be used',
          description: `${this.problemSource} has ${this.problems.length === 1 ? 'a problem' : `${this.problems.length} problems`}.${this.current ? ' The map below is unchanged.' : ''}`,
          problems: this.problems,
        })
      : nothing;
    if (!this.framework) return html`${errors}<p class="status">The framework has not loaded yet.</p>`;
    if (!this.current) {
      return html`${errors}${this.loading ? html`<p class="status" role="status">Loading the programme…</p>` : nothing}${this.#renderActions()}`;
    }
    const programme = this.current;
    const coverage = programmeCoverage(programme, this.framework);
    const level = this.headingLevel;
    return html`
      ${errors}
      <section aria-labelledby="programme-title">
        ${this.#heading(level, programme.title, 'programme-title')}
        <p class="provider">${programme.provider}</p>
        <div class="inset" part="note">
          <p><strong>${ORIGIN_LABELS[programme.mapping.origin]}</strong> ${programme.mapping.note}</p>
          <p class="secondary">Mapping by ${programme.mapping.by}.${programme.source ? html` Programme text from: ${programme.source.document}.` : nothing}</p>
        </div>
        <p part="summary" class="summary">
          ${coverage.covered} of the framework's ${coverage.total} items are covered by at least one of the ${programme.modules.length} modules;
          ${coverage.uncovered.length} ${coverage.uncovered.length === 1 ? 'item is' : 'items are'} not covered.
        </p>
        ${this.#renderMatrix(programme, coverage, level + 1)}
        ${this.#renderModules(coverage, level + 1)}
        ${this.#renderGaps(coverage, level + 1)}
        ${this.#renderActions()}
      </section>
    `;
  }

  #renderMatrix(programme: Programme, coverage: ProgrammeCoverage, level: number) {
    const columns = programme.modules.length + 1;
    return html`
      ${this.#heading(level, 'Modules against themes and items', 'matrix-heading')}
      ${this.editable
        ? html`<p class="hint" id="matrix-hint">Tick a box to say a module covers an item; clear it to say it does not. Use Tab to move between boxes and Space to tick.</p>`
        : nothing}
      <div class="table-wrap">
        <table part="matrix" class="matrix" aria-labelledby="matrix-heading" aria-describedby=${this.editable ? 'matrix-hint' : nothing}>
          <thead>
            <tr>
              <th scope="col">Theme and item</th>
              ${programme.modules.map((module) => html`<th scope="col">${module.title}</th>`)}
            </tr>
          </thead>
          ${coverage.themes.map((theme) => html`
            <tbody>
              <tr class="theme-row">
                <th scope="rowgroup" colspan=${columns}>
                  ${theme.theme.title}
                  <span class="secondary">${theme.hasItems ? `${theme.covered} of ${theme.items.length} items covered` : 'no items in the framework'}</span>
                </th>
              </tr>
              ${theme.hasItems
                ? theme.items.map((entry, row) => {
                    const rowId = `row-${theme.theme.id}-${row}`;
                    return html`
                      <tr>
                        <th scope="row" id=${rowId}>
                          <span class="kind">${entry.item.kind === 'behaviour' ? 'Behaviour' : 'Quality'}</span>
                          ${entry.label}
                        </th>
                        ${programme.modules.map((module) => {
                          const covered = entry.modules.includes(module.id);
                          return html`<td>
                            ${this.editable
                              ? html`<label class="cell">
                                  <input
                                    type="checkbox"
                                    .checked=${covered}
                                    aria-describedby=${rowId}
                                    @change=${(event: Event) => this.#toggle(module, entry.item.id, event)}
                                  />
                                  <span class="cell__module">${module.title}</span>
                                </label>`
                              : html`<span class="mark ${covered ? 'mark--yes' : 'mark--no'}">
                                  <span class="cell__module">${module.title}: </span>${covered ? 'Covered' : html`<span aria-hidden="true">–</span><span class="visually-hidden">Not covered</span>`}
                                </span>`}
                          </td>`;
                        })}
                      </tr>
                    `;
                  })
                : html`<tr><td colspan=${columns} class="no-items">${theme.theme.statusNote ?? 'The framework gives no items for this theme.'} There is nothing here for a module to cover.</td></tr>`}
            </tbody>
          `)}
        </table>
      </div>
    `;
  }

  #renderModules(coverage: ProgrammeCoverage, level: number) {
    return html`
      ${this.#heading(level, 'What each module covers', 'modules-heading')}
      <div class="table-wrap">
        <table part="modules" class="modules" aria-labelledby="modules-heading">
          <thead><tr><th scope="col">Module</th><th scope="col">Items it covers</th></tr></thead>
          <tbody>
            ${coverage.modules.map((entry) => html`
              <tr>
                <th scope="row">
                  ${entry.module.title}
                  <span class="description">${entry.module.description}</span>
                </th>
                <td>
                  <span class="count">${entry.items.length === 1 ? '1 item' : `${entry.items.length} items`}</span>
                  ${entry.items.length
                    ? html`<ul>${entry.items.map((item) => html`<li>${item.label} <span class="secondary">(${item.theme.title}, ${item.item.kind})</span></li>`)}</ul>`
                    : html`<p>None yet.</p>`}
                </td>
              </tr>
            `)}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderGaps(coverage: ProgrammeCoverage, level: number) {
    const byTheme = coverage.themes.filter((theme) => theme.hasItems && theme.items.some((entry) => !entry.modules.length));
    return html`
      <div part="gaps">
        ${this.#heading(level, 'Items no module covers', 'gaps-heading')}
        ${coverage.uncovered.length
          ? byTheme.map((theme) => html`
              <p class="gap-theme">${theme.theme.title} (${theme.items.length - theme.covered} of ${theme.items.length})</p>
              <ul>${theme.items.filter((entry) => !entry.modules.length).map((entry) => html`<li>${entry.label} <span class="secondary">(${entry.item.kind})</span></li>`)}</ul>
            `)
          : html`<p>Every item of the framework is covered by at least one module.</p>`}
        ${coverage.themesWithoutItems.map((theme) => html`
          <p class="inset">
            <strong>${theme.title}:</strong> the framework names this theme but gives no behaviours or qualities for it,
            so no module can be mapped to it. ${theme.statusNote ?? ''}
          </p>
        `)}
      </div>
    `;
  }

  #renderActions() {
    return html`
      <div class="actions" part="actions">
        ${this.current
          ? html`<button type="button" class="button" @click=${() => this.#download()}>Download the map (JSON)</button>`
          : nothing}
        <label class="file">
          <span>Open a programme file (JSON)</span>
          <input type="file" accept="application/json,.json" @change=${(event: Event) => void this.#openFile(event)} />
        </label>
      </div>
    `;
  }
}
