/** An export document as Word (.docx, with the `docx` library): headings, paragraphs and tables with a repeated header row, landscape A4. */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ExportDocument, ExportTable } from './export-document';

const lines = (text: string, bold = false) => text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));

function table(t: ExportTable): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map((c) => new TableCell({ children: lines(c, true) })),
  });
  const rows = t.rows.map((r) => new TableRow({ children: r.map((cell) => new TableCell({ children: lines(cell) })) }));
  return [
    new Paragraph({ children: [new TextRun({ text: t.caption, italics: true })] }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
}

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    ...doc.subtitle.map((s) => new Paragraph({ text: s })),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) {
      if ('paragraph' in block) children.push(...lines(block.paragraph));
      else children.push(...table(block.table));
    }
  }
  const document = new Document({
    creator: 'Sturing',
    title: doc.title,
    description: doc.subtitle.join(' '),
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(document);
}
