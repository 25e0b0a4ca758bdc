import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { codeMappingFrom } from '../../node/code-mapping-files';
import { MessageCheck, type CheckedAllocation } from './check-messages';
import { message301 } from '../../../scripts/bench-messages-data';

const rulesRoot = new URL('../../../rules', import.meta.url).pathname;
const fixtures = new URL('../../../test/fixtures/berichten/', import.meta.url).pathname;

async function check(file: string, explain = false) {
  const repository = new FileRuleRepository(rulesRoot);
  const mapping = codeMappingFrom(await repository.listRegions(), rulesRoot);
  const allocations: CheckedAllocation[] = [];
  const checker = new MessageCheck(repository, mapping, { explain, onAllocation: (a) => allocations.push(a) });
  checker.session.readText(file, readFileSync(fixtures + file, 'utf8'));
  await checker.flush();
  return { report: checker.result(), allocations };
}

describe('checking 301 allocations against the segment policy', () => {
  it('a specific allocation on Venlo Wmo S1b (2 uur per week) is HOE_BIJ_AANBIEDER; the aspecifiek one is not', async () => {
    const { allocations, report } = await check('venlo-301-wmo-s1b.xml');
    expect(report.problemen).toEqual([]);
    const byId = new Map(allocations.map((a) => [a.id, a]));
    const specific = byId.get('0983-22000101')!;
    expect(specific).toMatchObject({ gemeente: 'venlo', rulesetId: 'noord-limburg/wmo/S1b', perceel: 'regionaal', toewijzing: 'specifiek', aanbieder: 'r01' });
    expect(specific.findings.map((f) => f.code)).toContain('HOE_BIJ_AANBIEDER');
    const aspecific = byId.get('0983-22000102')!;
    expect(aspecific.toewijzing).toBe('aspecifiek');
    expect(aspecific.findings.map((f) => f.code)).not.toContain('HOE_BIJ_AANBIEDER');
    expect(aspecific.oordeel).toBe('in orde');
  });

  it('an allocation without Einddatum on a segment that forbids indefinite indications is INDICATIE_ONBEPAALDE_TIJD', async () => {
    const { allocations } = await check('venlo-301-wmo-s1b.xml');
    const indefinite = allocations.find((a) => a.id === '0983-22000103')!;
    expect(indefinite.findings.map((f) => f.code)).toEqual(['INDICATIE_ONBEPAALDE_TIJD']);
  });

  it('the WAT a message cannot carry is a missing fact, never WAT_ONTBREEKT', async () => {
    const { allocations, report } = await check('venlo-301-wmo-s1b.xml');
    for (const a of allocations) {
      expect(a.findings.map((f) => f.code)).not.toContain('WAT_ONTBREEKT');
      expect(a.missing).toContain('$.besluit.wat');
    }
    expect(report.perCode.WAT_ONTBREEKT).toBeUndefined();
  });

  it('counts per municipality, segment and code, and explains each finding on the reference path', async () => {
    const { report, allocations } = await check('venlo-301-wmo-s1b.xml', true);
    expect(report.getoetst).toBe(3);
    expect(report.metFout).toBe(2);
    expect(report.perGemeente.venlo).toEqual({ toewijzingen: 3, fout: 2, waarschuwing: 0 });
    expect(report.perSegment['noord-limburg/wmo/S1b'].toewijzingen).toBe(3);
    expect(report.perSoort).toEqual({ specifiek: 1, aspecifiek: 2, generiek: 0 });
    expect(allocations[0].findings[0].explanation).toBeDefined();
  });
});

describe('checking while reading', () => {
  /** A FICTIONAL 301 of 60 clients with a bad date, an unknown product code and a missing product (mapping problems between reading problems). */
  function messageWithProblems(): string {
    let seed = 5;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const clients = message301(3, 60, 1_000, random).split('<m:Client>');
    clients[5] = clients[5].replace(/<m:Ingangsdatum>2022-\d\d/, '<m:Ingangsdatum>2022-13');
    clients[9] = clients[9].replace(/<b:Categorie>\d\d/, '<b:Categorie>99');
    clients[10] = clients[10].replace(/<m:Ingangsdatum>2022-\d\d/, '<m:Ingangsdatum>2022-00');
    clients[20] = clients[20].replace(/<m:Product>.*?<\/m:Product>/, '<m:Budget>1000</m:Budget>');
    return clients.join('<m:Client>');
  }

  async function checkInChunks(text: string, chunk: number, listen: boolean) {
    const repository = new FileRuleRepository(rulesRoot);
    const mapping = codeMappingFrom(await repository.listRegions(), rulesRoot);
    const allocations: CheckedAllocation[] = [];
    const checker = new MessageCheck(repository, mapping, { salt: 's', maxListed: 5, onAllocation: listen ? (a) => allocations.push(a) : undefined });
    const reader = checker.session.open('bench.xml');
    for (let i = 0; i < text.length; i += chunk) {
      reader.write(text.slice(i, i + chunk));
      await checker.flush();
    }
    reader.close();
    await checker.flush();
    return { report: checker.result(), allocations };
  }

  it('records reading problems as read and checking problems at flush, and counts the same whatever the chunks and listeners', async () => {
    const text = messageWithProblems();
    const whole = await checkInChunks(text, text.length, true);
    // One write: every reading problem first (in file order), then the checking problems of its allocations (in item order).
    const codes = whole.report.problemen.map((p) => p.code);
    expect(codes.slice(0, 3)).toEqual(['DATUM_ONGELDIG', 'CODE_ONBEKEND', 'DATUM_ONGELDIG']);
    expect(codes.slice(3)).toContain('PRODUCT_ONTBREEKT');
    expect(new Set(codes.slice(3))).toEqual(new Set(['PRODUCTCODE_ONBEKEND', 'PRODUCT_ONTBREEKT']));
    const lines = (from: number) => whole.report.problemen.slice(from).map((p) => p.line);
    expect(lines(0).slice(0, 3)).toEqual([...lines(0).slice(0, 3)].sort((x, y) => x - y));
    expect(lines(3)).toEqual([...lines(3)].sort((x, y) => x - y));
    expect(whole.report.fouten).toHaveLength(5);
    expect(whole.report.metFout).toBeGreaterThan(5);
    const byPlace = (r: typeof whole.report) => JSON.stringify({ ...r, problemen: [...r.problemen].sort((x, y) => x.line - y.line || x.column - y.column) });
    for (const chunk of [97, 4_096]) {
      const listened = await checkInChunks(text, chunk, true);
      const unlistened = await checkInChunks(text, chunk, false);
      expect(JSON.stringify(unlistened.report)).toBe(JSON.stringify(listened.report));
      expect(byPlace(listened.report)).toBe(byPlace(whole.report));
      expect(listened.allocations).toEqual(whole.allocations);
    }
  });
});
