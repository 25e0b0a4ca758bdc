import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { buildSegmentMatrix } from './segment-matrix';
import { renderSegmentMatrixHtml } from './segment-matrix-html';
import { renderSegmentMatrixMarkdown } from './segment-matrix-markdown';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

describe('buildSegmentMatrix', () => {
  it('lists the Noord-Limburg segments in force with their four elements per perceel', async () => {
    const matrix = await buildSegmentMatrix(repository, { asOf: '2023-03-01', region: 'noord-limburg' });
    const [region] = matrix.regios;
    expect(region.domeinen.map((d) => d.domein)).toEqual(['wmo', 'jeugd', 'participatie']);
    const s1b = region.domeinen[0].segmenten.find((s) => s.segment === 'S1b');
    expect(s1b?.percelen.map((p) => p.perceel)).toEqual(['regionaal', 'lokaal']);
    expect(s1b?.percelen[0].elementen.contract.tekst).toMatch(/duur 3\+1\+1; 10–15 aanbieders; geen tussentijdse toetreding/);
    expect(s1b?.percelen[0].elementen.toegang.tekst).toMatch(/^WAT: toegang; HOE: aanbieder/);
  });

  it('marks the Venlo override in the cell it changes, with a numbered note', async () => {
    const matrix = await buildSegmentMatrix(repository, { asOf: '2023-03-01', region: 'noord-limburg' });
    const [region] = matrix.regios;
    const s3 = region.domeinen.find((d) => d.domein === 'jeugd')?.segmenten.find((s) => s.segment === 'S3');
    const cell = s3?.percelen[0].elementen.bekostiging;
    expect(cell?.tekst).toMatch(/^Trajectfinanciering/);
    const venlo = cell?.afwijkingen.find((a) => a.gemeente === 'venlo');
    expect(venlo).toMatchObject({ gemeenteNaam: 'Venlo', tekst: 'plekken' });
    expect(region.noten.find((n) => n.noot === venlo?.noot)).toMatchObject({ rulesetId: 'noord-limburg/jeugd/S3', gemeente: 'venlo' });
    expect(s3?.percelen[0].elementen.contract.afwijkingen).toEqual([]);
    const md = renderSegmentMatrixMarkdown(matrix);
    expect(md).toContain(`*Venlo: plekken* [${venlo?.noot}]`);
    expect(md).toMatch(/^\| S1b \(v1\) \| /m);
  });

  it('uses the version in force on the date and lists rule sets without one', async () => {
    const early = await buildSegmentMatrix(repository, { asOf: '2021-06-01', region: 'noord-limburg' });
    expect(early.regios[0].domeinen).toEqual([]);
    expect(early.regios[0].nietVanKracht.length).toBeGreaterThan(0);
    const maastricht = async (asOf: string) =>
      (await buildSegmentMatrix(repository, { asOf, region: 'maastricht-heuvelland' })).regios[0].domeinen[0]?.segmenten[0]?.versie;
    expect(await maastricht('2022-06-01')).toBe(1);
    expect(await maastricht('2023-06-01')).toBe(2);
  });

  it('escapes text in HTML and refuses an unknown region', async () => {
    const matrix = await buildSegmentMatrix(repository, { asOf: '2023-03-01', region: 'noord-limburg' });
    matrix.regios[0].naam = '<Noord & Limburg>';
    expect(renderSegmentMatrixHtml(matrix)).toContain('&lt;Noord &amp; Limburg&gt;');
    await expect(buildSegmentMatrix(repository, { asOf: '2023-03-01', region: 'atlantis' })).rejects.toMatchObject({ code: 'REGIO_ONBEKEND' });
  });
});
