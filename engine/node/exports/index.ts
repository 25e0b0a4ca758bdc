/** Council and contract exports (node only): the segment matrix and a segment's full policy as .docx (docx), .xlsx (exceljs) and PDF (pdfkit). */
export * from './export-document';
export * from './matrix-document';
export * from './segment-policy-document';
import type { ExportDocument, ExportFormat } from './export-document';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

export { renderDocx, renderPdf, renderXlsx };

/** The document as a file of `format`. */
export function renderExport(doc: ExportDocument, format: ExportFormat): Promise<Buffer> {
  return format === 'docx' ? renderDocx(doc) : format === 'xlsx' ? renderXlsx(doc) : renderPdf(doc);
}
