import { css } from 'lit';

/**
 * Styles every chart shares: the key under the chart (one entry per series, wrapping on narrow
 * screens) and the "Show the numbers as a table" disclosure around the data table.
 */
export const chartStyles = css`
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .table-details summary {
    color: var(--_color-link);
    cursor: pointer;
    text-decoration: underline;
    padding: 10px 0;
    min-height: 24px;
  }
  @media print {
    .table-details summary {
      display: none;
    }
  }
`;

/** The charts' own tables, until they adopt the shared data table (`data-table.ts`). */
export const chartTableStyles = css`
  .table-details summary {
    color: var(--_color-link);
    cursor: pointer;
    text-decoration: underline;
    padding: 10px 0;
    min-height: 24px;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 8px 0 var(--_space);
    font-size: 0.95em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 8px;
  }
  th,
  td {
    border-bottom: 1px solid var(--_color-grey-4);
    padding: 8px 12px 8px 0;
    text-align: left;
    vertical-align: top;
    /* Break a word only when it cannot fit on a line of its own (never letter by letter). */
    overflow-wrap: break-word;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .table-details summary {
      display: none;
    }
  }
`;
