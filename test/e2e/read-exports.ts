// Reads exported files back the way an office program would: .docx unzipped (word/document.xml text), .xlsx through exceljs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The text of a .docx: the runs of word/document.xml, one paragraph per line. */
export async function docxText(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((line) => line !== '')
    .map((line) =>
      line
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .join('\n');
}

/** Every sheet of an .xlsx as rows of cell texts. */
export async function xlsxSheets(file: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    sheets[sheet.name] = rows;
  });
  return sheets;
}
