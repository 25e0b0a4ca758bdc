import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSourceDocument, SOURCE_DOCUMENT_TITLES, sourceDocumentTitle } from './source-documents';

const RULES = new URL('../../../rules', import.meta.url).pathname;

function ruleSetFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? ruleSetFiles(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

describe('source documents', () => {
  it('has a Dutch title for every document a rule set cites', () => {
    const cited = new Set<string>();
    for (const file of ruleSetFiles(RULES)) for (const match of readFileSync(file, 'utf8').matchAll(/"document":\s*"([^"]+)"/g)) cited.add(match[1]);
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].filter((document) => !SOURCE_DOCUMENT_TITLES[document])).toEqual([]);
  });

  it('names the title and keeps the file name; unknown names stay as they are', () => {
    expect(describeSourceDocument('003_6f0bd8bccfd79392.txt')).toBe(
      'Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3 (003_6f0bd8bccfd79392.txt)',
    );
    expect(describeSourceDocument('raadsbesluit-2030.pdf')).toBe('raadsbesluit-2030.pdf');
  });

  it('gives the title alone for readers of dossiers and exports', () => {
    expect(sourceDocumentTitle('003_6f0bd8bccfd79392.txt')).toBe('Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3');
    expect(sourceDocumentTitle('raadsbesluit-2030.pdf')).toBe('raadsbesluit-2030.pdf');
  });
});
