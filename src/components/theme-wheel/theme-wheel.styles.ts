import { css } from 'lit';
import { focusStyles, tokens, visuallyHidden } from '../../styles/tokens.js';
import { codeBadgeStyles } from '../../styles/nhs.js';

export const themeWheelStyles = [
  tokens,
  focusStyles,
  visuallyHidden,
  codeBadgeStyles,
  css`
    :host {
      display: block;
      position: relative;
      min-width: 0;
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      position: relative;
    }
    /* 1em wide: a ResizeObserver on it notices text zoom and font size changes. */
    .em-probe {
      position: absolute;
      top: 0;
      left: 0;
      width: 1em;
      height: 0;
      visibility: hidden;
      pointer-events: none;
    }
    .status {
      margin: 0;
      color: var(--_color-secondary-text);
    }

    /* Colours: each node, label and pattern names its theme colour. */
    .colour-being { --_c: var(--_theme-being); }
    .colour-relating { --_c: var(--_theme-relating); }
    .colour-leading { --_c: var(--_theme-leading); }
    .colour-delivering { --_c: var(--_theme-delivering); }

    .readout {
      margin: 8px 0;
      min-height: 1.5em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
      margin-bottom: calc(var(--_space) / 2);
    }
    .toggle {
      min-height: 44px;
      padding: 8px 16px;
      border: 2px solid var(--_color-primary);
      border-radius: var(--_radius);
      background: var(--_color-surface);
      color: var(--_color-primary);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .toggle:hover {
      background: var(--_color-background);
    }

    /* The wheel: drawn at 1:1 scale, so its text is exactly the host's font size. */
    .wheel {
      display: block;
      margin: 0 auto;
      max-width: 100%;
      height: auto;
      overflow: visible;
      font-size: inherit;
    }
    .node {
      cursor: pointer;
      outline: none;
    }
    .node:focus-visible {
      box-shadow: none;
    }
    .segment {
      fill: var(--_c);
      stroke: var(--_c);
      stroke-width: 0;
      transition: stroke-width 0.15s ease-out;
    }
    .node--quality .segment {
      fill: color-mix(in srgb, var(--_c) 20%, white);
      stroke-width: 2px;
    }
    .node--thin.node--quality .segment {
      stroke-width: 0.5px;
    }
    .segment--no-text {
      stroke-width: 2px;
    }
    /* CSS (not a fill attribute) so the pattern wins over .segment's fill. */
    .colour-being .segment--no-text { fill: url(#hatch-being); }
    .colour-relating .segment--no-text { fill: url(#hatch-relating); }
    .colour-leading .segment--no-text { fill: url(#hatch-leading); }
    .colour-delivering .segment--no-text { fill: url(#hatch-delivering); }
    .node:hover .segment {
      stroke: var(--_color-text);
      stroke-width: 2px;
    }
    .node--selected .segment {
      stroke: var(--_color-text);
      stroke-width: 4px;
    }
    .hatch-background { fill: var(--_color-surface); }
    .hatch-line { fill: var(--_c); }
    .code {
      fill: var(--_color-surface);
      font-weight: 600;
      pointer-events: none;
    }
    .node--quality .code {
      fill: var(--_color-text);
    }
    .label {
      cursor: pointer;
    }
    .label-text {
      fill: var(--_color-text);
    }
    .label-title {
      font-weight: 600;
    }
    .label--selected .label-title {
      text-decoration: underline;
      text-decoration-thickness: 2px;
    }
    .leader {
      stroke: var(--_c);
      stroke-width: 2px;
    }
    .focus-ring {
      pointer-events: none;
      fill: none;
    }
    .focus-ring__outer {
      stroke: var(--_color-focus-text);
      stroke-width: 10px;
    }
    .focus-ring__inner {
      stroke: var(--_color-focus);
      stroke-width: 6px;
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin: var(--_space) 0 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: flex-start;
      gap: 8px;
    }
    .swatch {
      flex: none;
      margin-top: 0.125em;
    }
    .legend-behaviour {
      fill: var(--_theme-leading);
    }
    .legend-quality {
      fill: color-mix(in srgb, var(--_theme-leading) 20%, white);
      stroke: var(--_theme-leading);
      stroke-width: 2px;
    }
    .legend-no-text {
      fill: url(#legend-hatch);
      stroke: var(--_theme-leading);
      stroke-width: 2px;
    }
    .notes p {
      margin: var(--_space) 0 0;
    }

    /* The list layout: a flat tree, items indented under their theme. */
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list-theme {
      margin: var(--_space) 0 4px;
      outline: none;
    }
    .list-theme:first-child {
      margin-top: 0;
    }
    .list-item {
      margin-left: var(--_space);
      outline: none;
    }
    .row {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      min-height: 44px;
      box-sizing: border-box;
      padding: 8px;
      border-left: 6px solid var(--_c);
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .row--no-text {
      border-left-style: dashed;
    }
    .row--theme {
      font-weight: 600;
      background: var(--_color-background);
    }
    .row-text {
      min-width: 0;
    }
    .count {
      display: block;
      font-weight: 400;
      color: var(--_color-secondary-text);
    }
    [aria-selected='true'] > .row {
      box-shadow: inset 0 0 0 3px var(--_color-text);
    }
    [aria-selected='true'] > .row::after {
      /* Said by aria-selected already, so the alt text is empty. */
      content: 'Selected' / '';
      flex: none;
      margin-left: auto;
      font-weight: 600;
      white-space: nowrap;
    }
    .list [role='treeitem']:hover > .row {
      text-decoration: underline;
    }
    .list [role='treeitem']:focus-visible {
      box-shadow: none;
    }
    .list [role='treeitem']:focus-visible > .row {
      background: var(--_color-focus);
      color: var(--_color-focus-text);
      box-shadow: inset 0 -4px 0 var(--_color-focus-text);
    }
    .list [role='treeitem']:focus-visible > .row .count {
      color: var(--_color-focus-text);
    }

    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
      }
    }

    @media (forced-colors: active) {
      .wheel {
        forced-color-adjust: none;
      }
      .segment,
      .node--quality .segment {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 2px;
      }
      /* Behaviours stay solid, qualities and themes outlined, as the key says. */
      .node--behaviour .segment {
        fill: CanvasText;
      }
      .node--behaviour .code {
        fill: Canvas;
      }
      .colour-being .segment--no-text { fill: url(#hatch-being); }
      .colour-relating .segment--no-text { fill: url(#hatch-relating); }
      .colour-leading .segment--no-text { fill: url(#hatch-leading); }
      .colour-delivering .segment--no-text { fill: url(#hatch-delivering); }
      .node--selected .segment {
        fill: Highlight;
        stroke: CanvasText;
        stroke-width: 4px;
      }
      .legend-behaviour { fill: CanvasText; }
      .legend-quality { fill: Canvas; stroke: CanvasText; }
      .legend-no-text { stroke: CanvasText; }
      .swatch { forced-color-adjust: none; }
      .hatch-background { fill: Canvas; }
      .hatch-line { fill: CanvasText; }
      .node--quality .code,
      .label-text {
        fill: CanvasText;
      }
      .node--selected.node--behaviour .code,
      .node--selected .code {
        fill: HighlightText;
      }
      .leader {
        stroke: CanvasText;
      }
      .focus-ring__outer {
        stroke: Canvas;
      }
      .focus-ring__inner {
        stroke: Highlight;
      }
      .row {
        border-left-color: CanvasText;
      }
      .list [role='treeitem']:focus-visible > .row {
        outline: 4px solid Highlight;
        outline-offset: -4px;
      }
      [aria-selected='true'] > .row {
        border-left-color: Highlight;
      }
    }
  `,
];
