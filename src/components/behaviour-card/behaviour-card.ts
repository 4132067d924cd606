import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { frameworkContext } from '../../context.js';
import type { Framework, FrameworkItem, Source, Supplementary, Theme } from '../../core/types.js';
import { findItem, findSupplementary, findTheme, itemLabel, nearestIds, themeItems } from '../../core/framework.js';
import { themeColourName } from '../../styles/theme-colours.js';
import { sourceText } from '../../core/source-text.js';
import { behaviourCardStyles } from './behaviour-card.styles.js';

const KIND = {
  behaviour: 'Systems leadership behaviour',
  quality: 'Leadership for personalised care quality',
} as const;

/**
 * @tagname lpc-behaviour-card
 * A card for one theme, behaviour, quality or supplementary entry of the framework: its theme,
 * its kind (systems leadership behaviour or leadership for personalised care quality), its
 * heading and text, and its source (document, publisher, date).
 *
 * A theme card lists the theme's items; for a theme the framework gives no text for (Leading and
 * visioning) it says so. Supplementary text (from other documents) is clearly marked as not part
 * of the framework. An unknown id shows a message naming the id and the nearest valid ids.
 *
 * @summary A theme or item of the framework as a card, with its source.
 *
 * @slot - Extra content, shown after the text (notes, a rating, links).
 * @slot actions - Buttons or links for the card, shown at the bottom.
 *
 * @csspart base - The card.
 * @csspart theme - The line naming the theme and the kind of item.
 * @csspart heading - The heading.
 * @csspart text - The text of the item, or the theme's note.
 * @csspart items - A theme card's list of items.
 * @csspart source - The source of the text.
 * @csspart actions - The wrapper of the `actions` slot.
 * @csspart unknown - The message shown for an unknown id.
 *
 * @cssproperty --lpc-theme-being - Colour of the card's edge for Being (and likewise for the other themes).
 * @cssproperty --lpc-color-surface - Card background.
 */
export class LpcBehaviourCard extends LitElement {
  static override styles = behaviourCardStyles;

  /** Id of a theme, behaviour, quality or supplementary entry, e.g. `being.authenticity`, `being.q1`, `being`, `leading.blog-2020`. */
  @property({ type: String }) item = '';

  /** Level of the card's heading, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** A smaller card: less space, and a theme card does not list its items. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @consume({ context: frameworkContext, subscribe: true })
  @state()
  framework?: Framework;

  #heading(text: string | TemplateResult): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 3));
    return html`<div class="heading" part="heading" role="heading" aria-level=${level} dir="auto">${text}</div>`;
  }

  #source(source: Source): TemplateResult {
    return html`<p class="source" part="source"><span class="source-label">Source:</span> ${sourceText(source)}</p>`;
  }

  #actions(): TemplateResult {
    return html`<slot></slot><div class="actions" part="actions"><slot name="actions"></slot></div>`;
  }

  protected override render() {
    const framework = this.framework;
    if (!framework) return html`<p class="status">The framework has not loaded yet.</p>`;
    const id = this.item.trim();
    const theme = findTheme(framework, id);
    if (theme) return this.#renderTheme(framework, theme);
    const located = findItem(framework, id);
    if (located) return this.#renderItem(framework, located.theme, located.item);
    const supplementary = findSupplementary(framework, id);
    if (supplementary) return this.#renderSupplementary(framework, supplementary.theme, supplementary.entry);
    return this.#renderUnknown(framework, id);
  }

  #colour(framework: Framework, theme: Theme): string {
    return themeColourName(theme.id, framework.themes.indexOf(theme));
  }

  #renderItem(framework: Framework, theme: Theme, item: FrameworkItem) {
    const number = (item.kind === 'behaviour' ? theme.behaviours : theme.qualities).indexOf(item as never) + 1;
    const code = `${item.kind === 'behaviour' ? 'B' : 'Q'}${number}`;
    return html`<article class="card card--${item.kind} colour-${this.#colour(framework, theme)}" part="base">
      <p class="eyebrow" part="theme"><span class="code-badge code-badge--${item.kind}">${code}</span>
        <span>${theme.title}<span class="separator" aria-hidden="true"> · </span><span class="kind">${KIND[item.kind]}</span></span></p>
      ${this.#heading(item.kind === 'behaviour' ? item.heading : `Quality ${number}`)}
      <p class="text" part="text" dir="auto">${item.text}</p>
      ${this.#source(item.source)}
      ${this.#actions()}
    </article>`;
  }

  #renderTheme(framework: Framework, theme: Theme) {
    const noText = theme.status === 'no-text-in-source';
    const items = themeItems(theme);
    const b = theme.behaviours.length;
    const q = theme.qualities.length;
    return html`<article class="card card--theme colour-${this.#colour(framework, theme)} ${noText ? 'card--no-text' : ''}" part="base">
      <p class="eyebrow" part="theme"><span class="kind">Theme</span></p>
      ${this.#heading(theme.title)}
      ${noText
        ? html`<p class="text no-text" part="text"><strong>The framework has no text for this theme.</strong> ${theme.statusNote ?? ''}</p>`
        : html`<p class="text" part="text">${b} systems leadership ${b === 1 ? 'behaviour' : 'behaviours'} and ${q} leadership for personalised care ${q === 1 ? 'quality' : 'qualities'}.</p>`}
      ${!this.compact && items.length
        ? html`<ul class="items" part="items">
            ${items.map((item) => {
              const n = (item.kind === 'behaviour' ? theme.behaviours : theme.qualities).indexOf(item as never) + 1;
              return html`<li><span class="code-badge code-badge--${item.kind}">${item.kind === 'behaviour' ? 'B' : 'Q'}${n}</span>
                <span>${itemLabel(item)}</span></li>`;
            })}
          </ul>`
        : nothing}
      ${theme.supplementary?.length
        ? html`<p class="supplementary-note">Supplementary text from another document, not part of the framework:
            ${theme.supplementary.map((entry, i) => html`${i ? '; ' : ''}<span class="supplementary-label">${entry.label}</span>`)}.</p>`
        : nothing}
      ${this.#source(framework.source)}
      ${this.#actions()}
    </article>`;
  }

  #renderSupplementary(framework: Framework, theme: Theme, entry: Supplementary) {
    return html`<article class="card card--supplementary colour-${this.#colour(framework, theme)}" part="base">
      <p class="eyebrow" part="theme"><span class="tag">Supplementary</span>
        <span>${theme.title}<span class="separator" aria-hidden="true"> · </span><span class="kind">Not part of the framework</span></span></p>
      ${this.#heading(entry.label)}
      <p class="text" part="text" dir="auto">${entry.text}</p>
      ${this.#source(entry.source)}
      ${this.#actions()}
    </article>`;
  }

  #renderUnknown(framework: Framework, id: string) {
    const nearest = nearestIds(framework, id);
    return html`<div class="unknown" part="unknown">
      <p><strong>${id ? html`No theme or item has the id “<code>${id.slice(0, 200)}</code>”.` : 'No theme or item was given (the item attribute is empty).'}</strong></p>
      <p>Did you mean: ${nearest.map((candidate, i) => html`${i ? ', ' : ''}<code>${candidate}</code>`)}?</p>
      ${this.#actions()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-behaviour-card': LpcBehaviourCard;
  }
}
