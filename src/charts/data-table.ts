/**
 * The one data table behind every chart and in the report: a caption, column headers, and rows whose
 * first cell is the row header. Cells are text nodes only (untrusted labels can never become markup).
 *
 * Narrow containers (a phone at 320 px, or 200% text) get each row as a labelled block: the row
 * header on top, then one "Header: value" line per cell, so every column (Gap and Flag included)
 * stays in view with no sideways scrolling and no header cut mid-word. The breakpoint is a container
 * query in `em`, so it follows both the container's width and the text size.
 */
import { css, html, unsafeCSS, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A cell: numbers and text are both shown as text; `null`/`undefined` is an empty cell. */
export type DataTableCell = string | number | null | undefined;

export interface DataTableModel {
  caption: string;
  /** Column headers; the first is the row headers' column. */
  headers: readonly string[];
  /** Rows of cells; the first cell of each is the row header. */
  rows: readonly (readonly DataTableCell[])[];
}

export interface DataTableOptions {
  /** `data-table` attribute of the `<table>` (e.g. `themes`), for styling and tests. */
  name?: string;
  /** Id of the caption (unique within the shadow root), so a region or figure can point at it. */
  captionId?: string;
  /** A data attribute set on each body row, e.g. `{ attribute: 'data-axis', values: ids }`. */
  rowKey?: { attribute: `data-${string}`; values: readonly string[] };
}

/**
 * Width below which the rows become blocks, by column count: a table only stays a table where its
 * columns fit without cutting words (about 5em per figure column, 10em for the row header).
 */
export function stackBelowEm(columns: number): number {
  if (columns <= 3) return 20;
  if (columns <= 5) return 30;
  if (columns <= 8) return 45;
  return 60;
}

function fitClass(columns: number): string {
  return `fit-${stackBelowEm(columns)}`;
}

function cellText(cell: DataTableCell): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** The header row, built as DOM like the body rows: one Lit template per header cell was most of a report's template instances. */
function headRow(headers: readonly string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.setAttribute('role', 'row');
  for (const header of headers) {
    const th = document.createElement('th');
    th.setAttribute('scope', 'col');
    th.setAttribute('role', 'columnheader');
    th.textContent = header;
    tr.append(th);
  }
  return tr;
}

/**
 * The body rows, built as DOM with text nodes only. A report has hundreds of cells: one Lit template
 * per cell cost more than the rest of the report's markup together, so each row is a clone of one
 * prepared row (roles and labels set once per table), with only the text filled in.
 */
function bodyRows(model: DataTableModel, rowKey: DataTableOptions['rowKey']): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const { headers } = model;
  const width = Math.max(headers.length, ...model.rows.map((row) => row.length));
  const prototype = document.createElement('tr');
  prototype.setAttribute('role', 'row');
  for (let i = 0; i < width; i++) {
    const el = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) {
      el.setAttribute('scope', 'row');
      el.setAttribute('role', 'rowheader');
    } else {
      el.setAttribute('role', 'cell');
      // Shown as the cell's label when rows are blocks (CSS content, hidden from assistive
      // technology, which already announces the column header).
      el.dataset.label = headers[i] ?? '';
    }
    prototype.append(el);
  }
  model.rows.forEach((row, r) => {
    const tr = prototype.cloneNode(true) as HTMLTableRowElement;
    if (rowKey && rowKey.values[r] !== undefined) tr.setAttribute(rowKey.attribute, rowKey.values[r]);
    const cells = tr.children;
    for (let i = 0; i < width; i++) {
      if (i < row.length) cells[i].textContent = cellText(row[i]);
    }
    // A short row keeps only its own cells.
    for (let i = width - 1; i >= row.length; i--) cells[i].remove();
    fragment.append(tr);
  });
  return fragment;
}

/**
 * One data table. Each call builds new rows: keep the result to render the same table again without
 * rebuilding it. Adopt `dataTableStyles` in the element's styles.
 *
 * The explicit roles keep the table a table for assistive technology when CSS lays its rows out as
 * blocks (some browsers drop table semantics on `display: block`).
 */
export function renderDataTable(model: DataTableModel, options: DataTableOptions = {}): TemplateResult {
  const { name, captionId, rowKey } = options;
  return html`
    <div class="data-table ${fitClass(model.headers.length)}">
      <table role="table" data-table=${ifDefined(name)}>
        <caption id=${ifDefined(captionId)}>${model.caption}</caption>
        <thead role="rowgroup">${headRow(model.headers)}</thead>
        <tbody role="rowgroup">${bodyRows(model, rowKey)}</tbody>
      </table>
    </div>
  `;
}

/** Stacked rows: the rules shared by every breakpoint (CSS cannot put a variable in a query). */
const stacked = (className: string) => {
  const selector = unsafeCSS(`.${className}`);
  return css`
  ${selector} thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${selector} table,
  ${selector} caption,
  ${selector} tbody,
  ${selector} tr,
  ${selector} th,
  ${selector} td {
    display: block;
  }
  ${selector} tbody tr {
    border-bottom: 1px solid var(--_color-grey-4);
    padding: 8px 0;
  }
  ${selector} tbody th,
  ${selector} tbody td {
    border: 0;
    padding: 2px 0;
    overflow-wrap: anywhere;
  }
  ${selector} tbody th {
    font-weight: 600;
    padding-bottom: 4px;
  }
  ${selector} tbody td {
    display: grid;
    grid-template-columns: minmax(0, 11em) minmax(0, 1fr);
    gap: 0 12px;
  }
  ${selector} tbody td::before {
    content: attr(data-label);
    content: attr(data-label) / '';
    color: var(--_color-secondary-text);
  }
`;
};

/**
 * Styles for `renderDataTable`. Needs the `--_*` tokens of `src/styles/tokens.ts`.
 * On screen only: paper is A4 wide, and a printed table shrinks its text to fit instead.
 */
export const dataTableStyles = css`
  .data-table {
    container-type: inline-size;
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
    /* Headers wrap between words only: the layout switches to blocks before a column gets too narrow. */
    overflow-wrap: break-word;
    hyphens: manual;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  @media screen {
    @container (width < 20em) {
      ${stacked('fit-20')}
    }
    @container (width < 30em) {
      ${stacked('fit-30')}
    }
    @container (width < 45em) {
      ${stacked('fit-45')}
    }
    @container (width < 60em) {
      ${stacked('fit-60')}
    }
    /* Too narrow for a label column beside the value (320 px at 200% text): the label goes above it. */
    @container (width < 16em) {
      .data-table tbody td {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  }
  @media print {
    table {
      font-size: 0.75em;
    }
    th,
    td {
      padding: 4px 6px 4px 0;
    }
    tr {
      break-inside: avoid;
    }
    /* Row headers (item wording) get room; the figure columns are short. */
    .fit-60 th:first-child {
      width: 30%;
    }
  }
  @media (forced-colors: active) {
    th,
    td,
    tbody tr {
      border-color: CanvasText;
    }
  }
`;
