import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { codeMappingFrom } from '../../node/code-mapping-files';
import { MessageCheck, type CheckedAllocation } from './check-messages';

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
