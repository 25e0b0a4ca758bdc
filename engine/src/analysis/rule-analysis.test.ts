import { describe, expect, it } from 'vitest';
import { compileRules } from '../evaluate/compile/compile-rules';
import { prepareRuleSet } from '../evaluate/prepare-rule-set';
import { loadSharedRules } from '../evaluate/evaluate-case';
import type { RuleSetVersion } from '../model/rule-set';
import { analyseRepository } from './analyse-rule-set';
import { analyseRulesInContext, MAX_CELLS } from './rule-analysis';
import { analyseFixture, fixture, repository } from '../../../test/fixtures/analysis/load-fixtures';

describe('rule analysis', () => {
  it('fixture: a rule whose conditions contradict is proven dead, naming both conditions', async () => {
    const analysis = await analyseFixture('tegenstrijdige-voorwaarden.json');
    const dead = analysis.findings.filter((f) => f.code === 'REGEL_KAN_NIET_VUREN');
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ ruleIds: ['jong-en-oud'], pointers: ['/rules/0'], status: 'bewezen', gemeente: 'beesel', perceel: 'regionaal' });
    expect(dead[0].proof?.conditions?.map((c) => c.tekst)).toEqual(['casus $.client.leeftijd lessThan 18', 'casus $.client.leeftijd greaterThan 65']);
    expect(dead[0].proof?.cells).toBeGreaterThan(0);
  });

  it('fixture: two rules that emit the same code for one case, with a witness where both fire', async () => {
    const analysis = await analyseFixture('dubbele-code.json');
    const dup = analysis.findings.filter((f) => f.code === 'BEVINDING_DUBBEL' && f.ruleIds?.includes('kortdurend-zonder-einde'));
    expect(dup.map((f) => f.perceel)).toEqual(['regionaal', 'lokaal']);
    expect(dup[0].ruleIds).toEqual(['toegang/indicatie-onbepaalde-tijd', 'kortdurend-zonder-einde']);
    expect(dup[0].pointers).toContain('/rules/0');
    const witness = dup[0].witness;
    if (witness?.kind !== 'casus') throw new Error('casus witness expected');
    expect(witness.verified).toBe(true);
    expect(witness.observed.firedRules.filter((r) => r === 'toegang/indicatie-onbepaalde-tijd' || r === 'kortdurend-zonder-einde')).toHaveLength(2);
    expect((witness.case.besluit as { indicatie: { tot: unknown } }).indicatie.tot).toBeNull();
  });

  it('fixture: HOE_ONTBREEKT and HOE_BIJ_AANBIEDER for one element can fire together (contradiction, blocking)', async () => {
    const analysis = await analyseFixture('tegenstrijdige-bevindingen.json');
    const contra = analysis.findings.filter((f) => f.code === 'BEVINDINGEN_TEGENSTRIJDIG');
    expect(contra.length).toBeGreaterThan(0);
    expect(contra[0]).toMatchObject({ severity: 'fout', element: 'intensiteit' });
    expect(contra.every((f) => f.witness?.kind === 'casus' && f.witness.verified)).toBe(true);
  });

  it('seeds: HOE_BIJ_AANBIEDER and HOE_ONTBREEKT never fire together for one element (proven per context)', async () => {
    const [s3] = await analyseRepository(repository, { rulesetId: 'noord-limburg/jeugd/S3' });
    const pairs = s3.versions[0].contexts.flatMap((c) => c.pairs.filter((p) => p.kind === 'tegenstrijdig'));
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every((p) => p.together === false && p.status === 'bewezen')).toBe(true);
    expect(s3.findings.some((f) => f.code === 'BEVINDINGEN_TEGENSTRIJDIG')).toBe(false);
  });

  it('seeds: every rule in every context has a witness the evaluator confirms, or a proof it cannot fire; all decided', async () => {
    const analyses = await analyseRepository(repository);
    let witnesses = 0;
    let proofs = 0;
    for (const a of analyses)
      for (const v of a.versions)
        for (const c of v.contexts)
          for (const r of c.rules) {
            expect(r.status, `${a.rulesetId} ${r.ruleId} ${c.perceel}`).toBe('bewezen');
            if (r.canFire) {
              expect(r.witness?.verified, `${a.rulesetId} ${r.ruleId}`).toBe(true);
              witnesses++;
            } else {
              expect(r.canFire).toBe(false);
              expect(r.proof?.reden).toBeTruthy();
              proofs++;
            }
          }
    expect(witnesses).toBeGreaterThan(100);
    expect(proofs).toBeGreaterThan(100);
  });

  it('a policy-dead rule names the policy value and its pointer', async () => {
    const [hbh] = await analyseRepository(repository, { rulesetId: 'noord-veluwe/wmo/hbh' });
    const result = hbh.versions[0].contexts[0].rules.find((r) => r.ruleId === 'toegang/hoe-bij-aanbieder/duur');
    expect(result).toMatchObject({ canFire: false, deadBy: 'beleid' });
    expect(result?.proof?.conditions?.[0]).toMatchObject({ fact: 'hoeBeslisser', actual: 'toegang', pointer: '/policy/percelen/regionaal/toegang' });
  });

  it('says niet-beslist with the size when the space is larger than the limit, never samples', async () => {
    const base = fixture('tegenstrijdige-voorwaarden.json');
    const elements = ['soort-hulp', 'product', 'intensiteit', 'duur', 'aanbieder'];
    const wide: RuleSetVersion = {
      ...base,
      rules: [
        {
          ...base.rules[0],
          id: 'breed',
          conditions: {
            all: elements.flatMap((e) => [
              { fact: 'casus', path: `$.besluit.hoe.${e}.vastgesteldDoor`, operator: 'equal', value: 'toegang' },
              { fact: 'casus', path: `$.besluit.hoe.${e}.waarde`, operator: 'isLeeg', value: false },
            ]),
          },
        },
      ],
    };
    const rules = compileRules(prepareRuleSet(wide, await loadSharedRules(repository, wide))).filter((r) => r.expanded.rule.id === 'breed');
    const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
    const { results } = analyseRulesInContext({ ruleSet: wide, sharedRules: {}, region, gemeente: 'venlo', perceel: 'regionaal' }, rules);
    expect(results[0]).toMatchObject({ status: 'niet-beslist', canFire: null });
    expect(results[0].size).toBeGreaterThan(MAX_CELLS);
  });
});
