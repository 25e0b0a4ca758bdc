/**
 * A document for council and contract exports, independent of the file format: a title, lines under it, and sections
 * of paragraphs and tables. The matrix and a segment's policy are turned into this once; each format renders it.
 */
export interface ExportTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export type ExportBlock = { paragraph: string } | { table: ExportTable };

export interface ExportSection {
  heading: string;
  blocks: ExportBlock[];
}

export interface ExportDocument {
  title: string;
  /** Lines under the title: what, as of when, which versions. */
  subtitle: string[];
  sections: ExportSection[];
}

export const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** All text of a document in reading order (what a reader of any of the three files sees). */
export function documentText(doc: ExportDocument): string[] {
  return [
    doc.title,
    ...doc.subtitle,
    ...doc.sections.flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) => ('paragraph' in b ? [b.paragraph] : [b.table.caption, ...b.table.columns, ...b.table.rows.flat()])),
    ]),
  ];
}
