/** An export document as PDF (with `pdfkit`): landscape A4, headings, paragraphs and tables; DejaVu Sans when installed (all Dutch characters), else Helvetica. */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { ExportDocument } from './export-document';

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export async function renderPdf(doc: ExportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    info: { Title: doc.title, Creator: 'Sturing' },
    lang: 'nl-NL',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const embedded = existsSync(FONT) && existsSync(BOLD);
  const regular = embedded ? FONT : 'Helvetica';
  const bold = embedded ? BOLD : 'Helvetica-Bold';
  pdf.font(bold).fontSize(18).text(doc.title);
  pdf.font(regular).fontSize(10);
  for (const line of doc.subtitle) pdf.text(line);
  for (const section of doc.sections) {
    pdf.moveDown();
    pdf.font(bold).fontSize(13).text(section.heading);
    pdf.font(regular).fontSize(9);
    for (const block of section.blocks) {
      if ('paragraph' in block) pdf.text(block.paragraph).moveDown(0.3);
      else {
        pdf.font(bold).text(block.table.caption).font(regular).moveDown(0.2);
        pdf.table({
          data: [block.table.columns.map((c) => ({ text: c, font: { src: bold } })), ...block.table.rows],
          defaultStyle: { padding: 3, fontSize: 8 } as never,
        });
        pdf.moveDown(0.5);
      }
    }
  }
  pdf.end();
  return done;
}
