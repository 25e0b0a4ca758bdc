/** An export document as Excel (.xlsx, with `exceljs`): an "Overzicht" sheet with the title and the paragraphs, and one sheet per table. */
import ExcelJS from 'exceljs';
import type { ExportDocument } from './export-document';

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Blad';
  let name = clean.slice(0, 31);
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function renderXlsx(doc: ExportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sturing';
  workbook.title = doc.title;
  const taken = new Set<string>();
  const overview = workbook.addWorksheet(sheetName('Overzicht', taken));
  overview.getColumn(1).width = 120;
  overview.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const line of doc.subtitle) overview.addRow([line]);
  for (const section of doc.sections) {
    overview.addRow([]);
    overview.addRow([section.heading]).font = { bold: true };
    for (const block of section.blocks) {
      if ('paragraph' in block) overview.addRow([block.paragraph]).alignment = { wrapText: true, vertical: 'top' };
      else {
        const sheet = workbook.addWorksheet(sheetName(section.heading, taken));
        overview.addRow([`Tabel: zie tabblad "${sheet.name}"`]);
        sheet.addRow([block.table.caption]).font = { bold: true };
        const header = sheet.addRow(block.table.columns);
        header.font = { bold: true };
        for (const row of block.table.rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
        block.table.columns.forEach((_, i) => {
          sheet.getColumn(i + 1).width = i < 2 ? 22 : 40;
        });
        sheet.views = [{ state: 'frozen', ySplit: 2 }];
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
