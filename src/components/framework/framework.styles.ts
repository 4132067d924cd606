import { css } from 'lit';
import { errorSummaryStyles, focusStyles, tokens } from '../../styles/tokens.js';

export const frameworkStyles = [
  tokens,
  focusStyles,
  errorSummaryStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .status {
      margin: 0 0 var(--_space);
      color: var(--_color-secondary-text);
    }
  `,
];
