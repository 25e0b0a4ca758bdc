// End to end: a policy officer exports the segment matrix and one segment's full policy from the editor as Word, Excel
// and PDF; the downloads are read back (docx unzipped, xlsx through exceljs, PDF through its text).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './e2e-session';
import { docxText, pdfText, xlsxSheets } from './read-exports';

describe('council exports from the editor (Chromium)', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startE2eSession();
    page = session.page;
    await session.signIn();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  async function download(group: string, button: string): Promise<{ name: string; body: Buffer }> {
    const started = page.waitForEvent('download');
    await page.getByRole('group', { name: group }).getByRole('button', { name: button }).click();
    const file = await started;
    return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
  }

  it('downloads the matrix as docx, xlsx and pdf that open', async () => {
    await page.locator('#asOf').fill('2023-03-01');
    await page.getByText('Noord-Limburg — beleid op 1 maart 2023').waitFor();
    const docx = await download('Segmentmatrix exporteren', 'Word (.docx)');
    expect(docx.name).toBe('segmentmatrix-noord-limburg-2023-03-01.docx');
    const text = await docxText(docx.body);
    expect(text).toContain('Segmentmatrix Noord-Limburg, Wmo, peildatum 1 maart 2023');
    expect(text).toMatch(/Venlo: [^\n]*plekken/);
    await page.getByText('segmentmatrix-noord-limburg-2023-03-01.docx is gedownload.').waitFor();

    const xlsx = await download('Segmentmatrix exporteren', 'Excel (.xlsx)');
    const sheets = await xlsxSheets(xlsx.body);
    expect(Object.keys(sheets)).toEqual(['Overzicht', 'Noord-Limburg — Wmo', 'Noord-Limburg — Jeugd', 'Noord-Limburg — Participatie']);
    expect(sheets['Noord-Limburg — Jeugd'].slice(2).some((row) => row[0].startsWith('S3 — '))).toBe(true);

    const pdf = await download('Segmentmatrix exporteren', 'PDF');
    expect(pdf.name).toBe('segmentmatrix-noord-limburg-2023-03-01.pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfLines = pdfText(pdf.body);
    expect(pdfLines.split('\n')).toContain('Segmentmatrix Noord-Limburg, Wmo, peildatum 1 maart 2023');
    expect(pdfLines.replace(/\n/g, '')).toMatch(/Venlo: plekken/);
    await session.shot('40-exporteren');
  });

  it("downloads one segment's full policy with its municipal variants and sources", async () => {
    await page.locator('#export-segment').selectOption('noord-limburg/jeugd/S3');
    const docx = await download('Volledig beleid van het segment exporteren', 'Word (.docx)');
    expect(docx.name).toBe('beleid-noord-limburg-jeugd-S3-v1.docx');
    const text = await docxText(docx.body);
    expect(text).toMatch(/versie 1, geldig vanaf 1 januari \d{4}/);
    expect(text).toContain('Perceel regionaal');
    expect(text).toMatch(/\[\d\] Venlo: /);
    expect(text).toContain('Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3');
    const xlsx = await xlsxSheets((await download('Volledig beleid van het segment exporteren', 'Excel (.xlsx)')).body);
    expect(Object.keys(xlsx)).toContain('Perceel regionaal');
  });
});
