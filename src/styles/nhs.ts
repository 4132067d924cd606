import { css } from 'lit';

/**
 * NHS.UK patterns shared by the elements, each styled once (nhsuk-frontend: button, link, inset text,
 * warning callout; the B/Q code badge is this project's own). They need the `--_*` tokens of
 * `tokens.ts`. Each block is built in a call marked pure, so a bundle that does not use one drops it.
 */

/**
 * The NHS.UK button (`.button`, green with a dark shadow; `.button--secondary`, white with a grey
 * edge). Focus turns it yellow with a dark bottom edge; at least 44 px tall.
 */
export const nhsButtonStyles = /* @__PURE__ */ (() => css`
  .button {
    box-sizing: border-box;
    display: inline-block;
    min-height: 44px;
    margin: 0 var(--_space) var(--_space) 0;
    padding: 10px 16px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_color-button);
    box-shadow: 0 4px 0 var(--_color-button-shadow);
    color: #ffffff;
    font: inherit;
    font-weight: 600;
    line-height: 1.3;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .button--secondary {
    background: var(--_color-surface);
    color: var(--_color-text);
    border-color: var(--_color-border);
    box-shadow: 0 4px 0 var(--_color-border);
  }
  .button:focus-visible {
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    border-color: var(--_color-focus);
    box-shadow: 0 4px 0 var(--_color-focus-text);
    outline: 4px solid transparent;
    filter: none;
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .button,
    .button--secondary {
      border-color: ButtonText;
    }
  }
`)();

/**
 * A button that looks like an NHS.UK link (`.link-button`, e.g. "Change" on a check page), with a
 * 44 px target and the NHS link focus: yellow with a dark bottom edge.
 */
export const linkButtonStyles = /* @__PURE__ */ (() => css`
  .link-button {
    min-height: 44px;
    min-width: 44px;
    padding: 0 4px;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button:focus-visible {
    background: var(--_color-focus);
    color: var(--_color-focus-text);
    text-decoration: none;
    outline: 4px solid transparent;
    box-shadow: 0 -2px var(--_color-focus), 0 4px var(--_color-focus-text);
  }
`)();

/**
 * Headings of a page-by-page element (the assessment, the facilitator pages): NHS.UK weights and
 * sizes for h2 to h4, and no ring on `.page-heading`, which takes focus when a page changes so
 * screen readers start there (it is not a control).
 */
export const pageHeadingStyles = /* @__PURE__ */ (() => css`
  h2,
  h3,
  h4 {
    line-height: 1.3;
    font-weight: 600;
  }
  h2 {
    font-size: 1.6rem;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.3rem;
    margin: calc(var(--_space) * 1.5) 0 8px;
  }
  .page-heading:focus,
  .page-heading:focus-visible {
    outline: none;
    box-shadow: none;
  }
`)();

/** NHS.UK inset text (`.inset`): a blue bar at the start edge. */
export const insetTextStyles = /* @__PURE__ */ (() => css`
  .inset {
    margin: var(--_space) 0;
    padding: 4px var(--_space);
    border-inline-start: 8px solid var(--_color-primary);
    overflow-wrap: anywhere;
  }
  .inset p,
  .inset ul {
    margin: 4px 0;
  }
  @media (forced-colors: active) {
    .inset {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .inset {
      border-inline-start-color: #000;
    }
  }
`)();

/** NHS.UK warning callout (`.warning` with a `.warning__title`): pale yellow, warm yellow edge. */
export const warningCalloutStyles = /* @__PURE__ */ (() => css`
  .warning {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid #ffb81c;
    border-top-width: 8px;
    background: #fff9c4;
    color: var(--_color-text);
  }
  .warning__title {
    margin: 0 0 8px;
    font-size: 1.2rem;
  }
  @media (forced-colors: active) {
    .warning {
      border: 2px solid CanvasText;
    }
  }
`)();

/**
 * The B/Q code of an item (`.code-badge` plus `.code-badge--behaviour` or `--quality`): a
 * behaviour's badge is filled with its theme colour, a quality's is pale with an outline, the same
 * difference as on the wheel. The theme colour is `--_c`, set by the element.
 */
export const codeBadgeStyles = /* @__PURE__ */ (() => css`
  .code-badge {
    flex: none;
    display: inline-block;
    min-width: 2.5em;
    box-sizing: border-box;
    padding: 0 4px;
    border: 2px solid var(--_c);
    border-radius: var(--_radius);
    text-align: center;
    font-weight: 600;
    color: var(--_color-text);
  }
  .code-badge--behaviour {
    background: var(--_c);
    color: var(--_color-surface);
  }
  .code-badge--quality {
    background: color-mix(in srgb, var(--_c) 20%, white);
  }
  @media (forced-colors: active) {
    .code-badge {
      border-color: CanvasText;
    }
    .code-badge--behaviour {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
  }
`)();
