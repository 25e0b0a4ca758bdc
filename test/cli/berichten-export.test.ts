// Case-system exports through a column mapping: CSV (papaparse) and xlsx (exceljs) give the same allocations and
// decisions; Dutch dates and amounts are understood; a bad row is reported with row and column and skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dir = join(root, 'test/fixtures/berichten/export');
const csv = join(dir, 'fictief-venlo-venray-toewijzingen.csv');
const kolommen = join(dir, 'kolommen.json');
const tmp = mkdtempSync(join(tmpdir(), 'sturing-export-'));
const xlsx = join(tmp, 'fictief-toewijzingen.xlsx');
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** The CSV fixture as a FICTIONAL xlsx the way a spreadsheet stores it: real date cells and numeric amounts. */
async function writeXlsx(): Promise<void> {
  const lines = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(';');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Toewijzingen');
  sheet.addRow(header);
  for (const line of lines.slice(1)) {
    const cells = line.split(';').map((value, i): ExcelJS.CellValue => {
      const name = header[i];
      const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
      if (dutch && name !== 'Ingangsdatum') return new Date(Date.UTC(Number(dutch[3]), Number(dutch[2]) - 1, Number(dutch[1])));
      if (name === 'Budget' && value) return Number(value.replace(/\./g, '').replace(',', '.'));
      return value === '' ? null : value;
    });
    sheet.addRow(cells);
  }
  await workbook.xlsx.writeFile(xlsx);
}

describe('sturing berichten check on exports', () => {
  beforeAll(writeXlsx);

  it('reads a CSV export: Dutch dates and amounts, one decision per good row, bad rows located', () => {
    const run = sturing(['berichten', 'check', csv, '--kolommen', kolommen, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.getoetst).toBe(4);
    expect(report.perSoort).toEqual({ specifiek: 2, aspecifiek: 2, generiek: 0 });
    expect(report.perGemeente).toMatchObject({ venlo: { toewijzingen: 3 }, venray: { toewijzingen: 1 } });
    expect(report.problemen.map((p: { line: number; column: number; code: string }) => [p.line, p.column, p.code])).toEqual([
      [5, 6, 'AANTAL_ONGELDIG'],
      [6, 11, 'DATUM_ONGELDIG'],
    ]);
    expect(report.problemen[1].message).toContain('"30-02-2023"');
    const fouten = Object.fromEntries(report.fouten.map((a: { id: string; findings: { code: string }[] }) => [a.id, a.findings.map((f) => f.code)]));
    expect(fouten['0983-23000101']).toContain('HOE_BIJ_AANBIEDER');
    expect(fouten['0983-23000103']).toEqual(['INDICATIE_ONBEPAALDE_TIJD']); // gemeentecode "983" padded to 0983
  });

  it('an xlsx export with date cells and numeric amounts gives the same decisions', () => {
    const fromCsv = JSON.parse(sturing(['berichten', 'check', csv, '--kolommen', kolommen, '--format', 'json']).stdout);
    const fromXlsx = JSON.parse(sturing(['berichten', 'check', xlsx, '--kolommen', kolommen, '--format', 'json']).stdout);
    const decisions = (r: { fouten: { id: string; oordeel: string; findings: { code: string }[] }[] }) =>
      r.fouten.map((a) => [a.id, a.oordeel, a.findings.map((f) => f.code)]);
    expect(decisions(fromXlsx)).toEqual(decisions(fromCsv));
    expect(fromXlsx.getoetst).toBe(fromCsv.getoetst);
    expect(fromXlsx.problemen.map((p: { line: number; code: string }) => [p.line, p.code])).toEqual([
      [5, 'AANTAL_ONGELDIG'],
      [6, 'DATUM_ONGELDIG'],
    ]);
  });

  it('an export without --kolommen, or a bad mapping, is refused with exit 2 and one line', () => {
    const none = sturing(['berichten', 'check', csv]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--kolommen/);
    const bad = join(tmp, 'kolommen.json');
    writeFileSync(bad, JSON.stringify({ kolommen: { gemeente: 'Gemeentecode' } }));
    const refused = sturing(['berichten', 'check', csv, '--kolommen', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/toewijzingNummer/);
  });

  it('a missing column in the header skips the export with a clear message', () => {
    const file = join(tmp, 'zonder-kolom.csv');
    writeFileSync(file, 'Gemeentecode;Toewijzingnummer\n0983;1\n');
    const run = sturing(['berichten', 'check', file, '--kolommen', kolommen, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.problemen[0].code).toBe('KOLOM_ONTBREEKT');
    expect(report.problemen[0].message).toContain('"Ingangsdatum"');
  });
});
