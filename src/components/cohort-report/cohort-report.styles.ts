import { css } from 'lit';
import { titledBlockStyles } from '../../styles/page.js';
import { dataTableStyles } from '../../charts/data-table.js';

export const cohortReportStyles = [
  ...titledBlockStyles,
  dataTableStyles,
  css`
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
