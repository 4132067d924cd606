import type { TemplateResult } from 'lit';
import { renderDataTable } from '../../../charts/data-table.js';
import type { ReportTable } from '../../../core/report-tables.js';

/** One report table (the shared data table). Each call builds new rows: keep the result to reuse it. */
export function renderTable(table: ReportTable, id: string): TemplateResult {
  return renderDataTable(table, { name: table.id, captionId: id });
}
