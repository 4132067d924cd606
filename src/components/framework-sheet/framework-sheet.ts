import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import { frameworkCsvFileName, frameworkToCsv } from '../../core/framework-csv.js';
import { themeItems } from '../../core/framework.js';
import type { Framework, FrameworkItem } from '../../core/types.js';
import { downloadCsv } from '../../utils/download.js';
import { formatSourceDate, sourceText } from '../../core/source-text.js';
import { frameworkSheetStyles } from './framework-sheet.styles.js';

/**
 * The whole framework on one page: every theme with its behaviours and qualities, each with its
 * source, laid out to print on A4. Buttons print it and download its items as CSV.
 *
 * @tagname lpc-framework-sheet
 * @summary The whole framework at a glance, print-friendly (A4): every theme and item with its
 * source, a "Print" button and a CSV of the items (theme, kind, heading, text, source). Place it
 * inside `<lpc-framework>`.
 *
 * @csspart header - The framework's title and source.
 * @csspart theme - One theme's section.
 * @csspart item - One behaviour or quality.
 * @csspart actions - The print and download buttons (not printed).
 *
 * @cssproperty --lpc-theme-being - Colour of a theme's edge for Being (and likewise for the other themes).
 * @cssproperty --lpc-color-button - The buttons.
 */
export class LpcFrameworkSheet extends LitElement {
  static override styles = frameworkSheetStyles;

  /** Level of the framework's title (2 to 5); themes use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Also lists text from other documents (marked as not part of the framework), in the sheet and the CSV. */
  @property({ type: Boolean, attribute: 'include-supplementary' }) includeSupplementary = false;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  #download(): void {
    if (!this.framework) return;
    // A byte order mark so that spreadsheet programs read the text as UTF-8.
    const csv = frameworkToCsv(this.framework, { includeSupplementary: this.includeSupplementary });
    downloadCsv(this.renderRoot, frameworkCsvFileName(this.framework), csv);
  }

  #heading(level: number, content: unknown, id?: string) {
    switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
      case 2: return html`<h2 id=${id ?? nothing}>${content}</h2>`;
      case 3: return html`<h3 id=${id ?? nothing}>${content}</h3>`;
      case 4: return html`<h4 id=${id ?? nothing}>${content}</h4>`;
      case 5: return html`<h5 id=${id ?? nothing}>${content}</h5>`;
      default: return html`<h6 id=${id ?? nothing}>${content}</h6>`;
    }
  }

  #item(item: FrameworkItem, code: string) {
    return html`<li part="item" class="item">
      <span class="code" aria-hidden="true">${code}</span>
      <div>
        ${item.kind === 'behaviour' ? html`<p class="item__heading">${item.heading}<span class="visually-hidden"> (behaviour ${code})</span></p>` : html`<span class="visually-hidden">Quality ${code}: </span>`}
        <p class="item__text">${item.text}</p>
        ${item.source.document !== this.framework!.source.document ? html`<p class="item__source">Source: ${sourceText(item.source)}</p>` : nothing}
      </div>
    </li>`;
  }

  protected override render() {
    const framework = this.framework;
    if (!framework) return html`<p class="status">The framework has not loaded yet.</p>`;
    const level = this.headingLevel;
    const count = framework.themes.reduce((sum, theme) => sum + themeItems(theme).length, 0);
    return html`
      <article aria-labelledby="sheet-title">
        <header part="header">
          ${this.#heading(level, framework.title, 'sheet-title')}
          <p class="source">${framework.source.publisher}, ${formatSourceDate(framework.source.date)}. ${framework.themes.length} themes, ${count} items.
            Every item below is the framework's own text, from ${framework.source.document}, unless it says otherwise.</p>
        </header>
        <div class="actions" part="actions">
          <button type="button" class="button" @click=${() => window.print()}>Print the framework</button>
          <button type="button" class="button button--secondary" @click=${() => this.#download()}>Download the items (CSV)</button>
        </div>
        ${framework.themes.map((theme, t) => {
          const colour = ['being', 'relating', 'leading', 'delivering'][t % 4];
          return html`
            <section part="theme" class="theme colour-${colour}" aria-labelledby="theme-${t}">
              ${this.#heading(level + 1, theme.title, `theme-${t}`)}
              <p class="item__source">Source: ${sourceText(themeItems(theme)[0]?.source ?? framework.source)}</p>
              ${theme.status === 'no-text-in-source'
                ? html`<p class="no-text">${theme.statusNote ?? 'The framework names this theme but gives no text for it.'}</p>`
                : nothing}
              ${theme.behaviours.length
                ? html`<p class="kind">Systems leadership behaviours</p>
                    <ul class="items">${theme.behaviours.map((item, i) => this.#item(item, `B${i + 1}`))}</ul>`
                : nothing}
              ${theme.qualities.length
                ? html`<p class="kind">Leadership for personalised care qualities</p>
                    <ul class="items">${theme.qualities.map((item, i) => this.#item(item, `Q${i + 1}`))}</ul>`
                : nothing}
              ${this.includeSupplementary && theme.supplementary?.length
                ? theme.supplementary.map((entry) => html`<div class="supplementary">
                    <p class="kind">Not part of the framework: ${entry.label}</p>
                    <p>${entry.text}</p>
                    <p class="item__source">Source: ${sourceText(entry.source)}</p>
                  </div>`)
                : nothing}
            </section>
          `;
        })}
        <p class="footer">Source of every item unless marked: ${sourceText(framework.source)}. Printed from lpc-components.</p>
      </article>
    `;
  }
}
