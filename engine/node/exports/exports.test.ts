// The council exports render to real .docx, .xlsx and PDF files that read back with the same content.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText, xlsxSheets } from '../../../test/e2e/read-exports';
import { buildSegmentMatrix } from '../../src/policy/segment-matrix';
import { FileRuleRepository } from '../file-repository';
import { documentText, matrixDocument, renderExport, segmentPolicyDocument } from './index';
import { sheetName } from './render-xlsx';

const repository = new FileRuleRepository(join(new URL('../../..', import.meta.url).pathname, 'rules'));

describe('council exports', () => {
  it('exports the segment matrix with its municipal variants as docx, xlsx and pdf', async () => {
    const matrix = await buildSegmentMatrix(repository, { asOf: '2024-01-01', region: 'noord-limburg' });
    const doc = matrixDocument(matrix);
    const text = documentText(doc).join('\n');
    expect(text).toContain('Segmentmatrix Noord-Limburg, Jeugd, peildatum 1 januari 2024');
    expect(text).toMatch(/Venlo: [^\n]*plekken[^\n]*\[\d\]/);

    const docx = await docxText(await renderExport(doc, 'docx'));
    expect(docx).toContain('Segmentmatrix Noord-Limburg, Wmo, peildatum 1 januari 2024');
    expect(docx).toMatch(/S1b — /);
    expect(docx).toMatch(/Venlo: [^\n]*plekken/);

    const sheets = await xlsxSheets(await renderExport(doc, 'xlsx'));
    expect(Object.keys(sheets)).toContain('Overzicht');
    const wmo = sheets['Noord-Limburg — Wmo'];
    expect(wmo[1]).toEqual(['Segment', 'Perceel', 'Contract', 'Bekostiging', 'Leveranciersmanagement', 'Toegang', 'Versie']);
    expect(wmo.slice(2).some((row) => row[0].startsWith('S1b — '))).toBe(true);

    const pdf = await renderExport(doc, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type \/Page\b/);
    // The text as a PDF reader shows it (table cells wrap over several lines: joined, the words read on).
    const pdfLines = pdfText(pdf);
    expect(pdfLines.split('\n')).toContain('Segmentmatrix Noord-Limburg, Wmo, peildatum 1 januari 2024');
    const flowing = pdfLines.replace(/\n/g, '');
    expect(flowing).toContain('S1b — ');
    expect(flowing).toContain('Trajectfinanciering (PxT)');
    expect(flowing).toMatch(/Venlo: plekken; budgetafspraak/);
    expect(flowing).toContain('cliëntervaring');
  });

  it("exports a segment's full policy: percelen, steering elements, variants, sources by title, version and date", async () => {
    const [ruleSet] = await repository.listVersions('noord-limburg/jeugd/S3');
    const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
    const doc = await segmentPolicyDocument(ruleSet, region);
    const docx = await docxText(await renderExport(doc, 'docx'));
    expect(docx).toContain(ruleSet.title);
    expect(docx).toMatch(/versie 1, geldig vanaf \d+ \w+ \d{4}/);
    for (const perceel of Object.keys(ruleSet.policy.percelen)) expect(docx).toContain(`Perceel ${perceel}`);
    expect(docx).toContain('Gemeentelijke afwijkingen');
    expect(docx).toMatch(/\[\d\] Venlo: Venlo zet trajecten/);
    expect(docx).toMatch(/\[\d\] Horst aan de Maas: /);
    expect(docx).toContain('Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3');
    expect(docx).not.toMatch(/\.txt\b/);
    const sheets = await xlsxSheets(await renderExport(doc, 'xlsx'));
    const first = Object.entries(sheets).find(([name]) => name.startsWith('Perceel'))![1];
    expect(first[1]).toEqual(['Sturingselement', 'Keuze', 'Toelichting', 'Gemeentelijke afwijkingen', 'Bron']);
    expect(first.slice(2).map((r) => r[0])).toEqual(['Contract', 'Bekostiging', 'Leveranciersmanagement', 'Toegang']);
    const pdf = pdfText(await renderExport(doc, 'pdf'));
    expect(pdf.split('\n')).toContain(ruleSet.title);
    const flowing = pdf.replace(/\n/g, '');
    for (const perceel of Object.keys(ruleSet.policy.percelen)) expect(flowing).toContain(`Perceel ${perceel}`);
    expect(flowing).toMatch(/versie 1, geldig vanaf \d+ \w+ \d{4}/);
    expect(flowing).toMatch(/\[\d\] Venlo: Venlo zet trajecten/);
    expect(flowing).toContain('Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3');
    expect(flowing).not.toMatch(/\.txt\b/);
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('Noord-Limburg — Wmo: [a/b]', taken)).toBe('Noord-Limburg — Wmo a b');
    expect(sheetName('Een heel lange naam voor een tabblad in Excel', taken)).toHaveLength(31);
    expect(sheetName('Een heel lange naam voor een tabblad in Excel', taken)).toMatch(/ 2$/);
  });
});
