import { css, unsafeCSS } from 'lit';
import { dataTableStyles } from '../../charts/data-table.js';
import { facilitatorStyles } from '../../styles/facilitator.js';
import { GROUPS_STACK_BELOW_EM } from './progress-tables.js';

/** When the counts table stacks its rows (the links table has no foot and no figures). */
const narrow = unsafeCSS(`(width < ${GROUPS_STACK_BELOW_EM}em)`);

/**
 * The facilitator pages' styles with the data table's (its narrow layout stacks the body rows), and
 * the two things the progress tables add to it: the total row in the table's foot stacks like a body
 * row, and a stacked figure sits beside its label instead of at the far end of the line. (`.data-table`
 * outweighs the data table's own stacked rules.)
 */
export const progressStyles = [
  ...facilitatorStyles,
  dataTableStyles,
  css`
    @media screen {
      @container ${narrow} {
        .data-table tfoot {
          display: block;
        }
        .data-table tfoot tr {
          padding: 8px 0;
        }
        .data-table tfoot th,
        .data-table tfoot td {
          border: 0;
          padding: 2px 0;
        }
        .data-table tfoot th {
          font-weight: 600;
        }
        .data-table tfoot td {
          display: grid;
          grid-template-columns: minmax(0, 11em) minmax(0, 1fr);
          gap: 0 12px;
        }
        .data-table tfoot td::before {
          content: attr(data-label);
          content: attr(data-label) / '';
          color: var(--_color-secondary-text);
        }
        .data-table .numeric {
          text-align: start;
        }
      }
    }
  `,
];
