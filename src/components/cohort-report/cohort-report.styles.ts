import { css } from 'lit';
import { errorSummaryStyles, focusStyles, tokens } from '../../styles/tokens.js';
import { insetTextStyles, nhsButtonStyles } from '../../styles/nhs.js';
import { dataTableStyles } from '../../charts/data-table.js';

export const cohortReportStyles = [
  tokens,
  focusStyles,
  errorSummaryStyles,
  nhsButtonStyles,
  insetTextStyles,
  dataTableStyles,
  css`
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    .title {
      margin: 0 0 var(--_space);
      font-size: 1.75rem;
      font-weight: 600;
      line-height: 1.25;
    }
    .section {
      margin: 0 0 calc(var(--_space) * 2);
    }
    .section > [role='heading'] {
      font-size: 1.375rem;
      font-weight: 600;
      margin: 0 0 12px;
    }
    .status,
    .hint {
      color: var(--_color-secondary-text);
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
    }
    @media print {
      .downloads,
      .no-print {
        display: none !important;
      }
      .section {
        break-inside: auto;
      }
    }
  `,
];
