import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { gridStrategy, RovingFocusController } from '../../controllers/roving-focus.js';
import { programmeCoverage, programmeFileName, setModuleItem, validateProgramme } from '../../core/programme.js';
import type { Framework, Problem, Programme, ProgrammeModule } from '../../core/types.js';
import { renderErrorSummary } from '../../templates/error-summary.js';
import { downloadJson } from '../../utils/download.js';
import { LpcProgrammeChangeEvent } from './events.js';
import { fetchProgramme, readProgrammeFile, type ProgrammeRead } from './programme-file.js';
import { programmeHeading } from './programme-heading.js';
import { renderMatrix } from './programme-matrix.js';
import { renderGaps, renderModules } from './programme-coverage.js';
import { programmeMapStyles } from './programme-map.styles.js';

const ORIGIN_LABELS: Record<Programme['mapping']['origin'], string> = {
  illustration: 'An illustration, not the programme\'s own mapping.',
  provider: 'Mapping by the programme\'s provider.',
  designer: 'Mapping by the programme\'s designer.',
};

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

  /** The editing grid: one tab stop, the WAI-ARIA grid keys between its boxes (row by row, a column per module). */
  #roving = new RovingFocusController(this, {
    items: () => this.#boxes(),
    strategy: gridStrategy(() => {
      const columns = this.current?.modules.length ?? 0;
      return { columns, rows: columns ? this.#boxes().length / columns : 0 };
    }),
    // Space and Enter tick or clear the box (a checkbox alone takes only Space).
    onActivate: (index) => this.#boxes()[index]?.click(),
  });

  #boxes(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('.matrix input[type="checkbox"]')];
  }

  /** A box focused by pointer or by Tab becomes the grid's tab stop, so Tab comes back to it. */
  #onGridFocusin = (event: FocusEvent): void => {
    const index = this.#boxes().indexOf(event.target as HTMLInputElement);
    if (index >= 0 && index !== this.#roving.active) this.#roving.active = index;
  };

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
    const read = await fetchProgramme(src);
    if (token !== this.#loadToken) return;
    this.loading = false;
    this.#take(read, `The programme file ${src}`);
  }

  async #openFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (this.#take(await readProgrammeFile(file), `The file ${file.name}`)) {
      this.dispatchEvent(new LpcProgrammeChangeEvent({ programme: this.current!, moduleId: null, itemId: null, covered: null }));
    }
  }

  /** A file read (or not): its problems, or its JSON checked and shown. */
  #take(read: ProgrammeRead, source: string): boolean {
    if (read.ok) return this.#accept(read.json, source);
    this.problems = read.problems;
    this.problemSource = source;
    return false;
  }

  #toggle = (module: ProgrammeModule, itemId: string, event: Event): void => {
    if (!this.current) return;
    const covered = (event.target as HTMLInputElement).checked;
    this.current = setModuleItem(this.current, module.id, itemId, covered, this.framework);
    this.dispatchEvent(new LpcProgrammeChangeEvent({ programme: this.current, moduleId: module.id, itemId, covered }));
  };

  #download(): void {
    if (this.current) downloadJson(this.renderRoot as ShadowRoot, programmeFileName(this.current), this.current);
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
        ${programmeHeading(level, programme.title, 'programme-title')}
        <p class="provider">${programme.provider}</p>
        <div class="inset" part="note">
          <p><strong>${ORIGIN_LABELS[programme.mapping.origin]}</strong> ${programme.mapping.note}</p>
          <p class="secondary">Mapping by ${programme.mapping.by}.${programme.source ? html` Programme text from: ${programme.source.document}.` : nothing}</p>
        </div>
        <p part="summary" class="summary">
          ${coverage.covered} of the framework's ${coverage.total} items are covered by at least one of the ${programme.modules.length} modules;
          ${coverage.uncovered.length} ${coverage.uncovered.length === 1 ? 'item is' : 'items are'} not covered.
        </p>
        ${renderMatrix({
          programme, coverage, level: level + 1, editable: this.editable, toggle: this.#toggle, keydown: this.#roving.handleKeydown, focusin: this.#onGridFocusin,
        })}
        ${renderModules(coverage, level + 1)}
        ${renderGaps(coverage, level + 1)}
        ${this.#renderActions()}
      </section>
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
