/** Reads an xlsx export of a case system (exceljs) into the message session, row by row, through the column mapping. */
import ExcelJS from 'exceljs';
import { SturingError } from '../src/model/errors';
import type { MessageReaderSession } from '../src/messages/message-reader';
import { SpreadsheetReader, type ColumnMapping } from '../src/messages/spreadsheet';

/** A cell's value as the mapping reads it: dates stay dates, formulas give their result, rich text its text. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return value.text;
  return String(value);
}

export async function readXlsxExport(session: MessageReaderSession, mapping: ColumnMapping, file: string, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    session.stats.berichten++;
    session.stats.berichtenOvergeslagen++;
    session.sink.problem({ file, line: 1, column: 1, path: '', code: 'XLSX_ONGELDIG', message: 'Het bestand is geen leesbaar xlsx-bestand.' });
    session.skipped('XLSX_ONGELDIG');
    return;
  }
  const sheet = mapping.blad ? workbook.getWorksheet(mapping.blad) : workbook.worksheets[0];
  if (!sheet)
    throw new SturingError(
      'INVOER_ONGELDIG',
      `${file}: werkblad "${mapping.blad}" bestaat niet.`,
      [{ path: '/blad', message: 'onbekend werkblad', file }],
      file,
    );
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (headers[column - 1] = String(cellValue(cell.value) ?? '').trim()));
  const reader = new SpreadsheetReader(session, mapping, file);
  if (!reader.header(headers)) return;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, unknown> = {};
    headers.forEach((header, i) => (values[header] = cellValue(row.getCell(i + 1).value)));
    reader.row(values, rowNumber);
  });
}
