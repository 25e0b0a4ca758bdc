import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../../node/file-repository';
import { loadSharedRules } from '../evaluate-case';
import { findFact } from '../../facts/facts';
import { prepareRuleSet } from '../prepare-rule-set';
import { compileRules } from './compile-rules';
import type { FastFinding } from './fast-decision';
import { createPolicyContext } from './policy-context';

const repository = new FileRuleRepository(new URL('../../../../rules', import.meta.url).pathname);

describe('policy context', () => {
  it('generates code for every rule set, municipality and perceel in rules/ (so the differential test covers the generated path)', async () => {
    const regions = await repository.listRegions();
    let contexts = 0;
    for (const id of await repository.listRuleSetIds()) {
      const region = regions.find((r) => r.id === id.split('/')[0]);
      if (!region) continue;
      for (const ruleSet of await repository.listVersions(id)) {
        const rules = compileRules(prepareRuleSet(ruleSet, await loadSharedRules(repository, ruleSet)));
        for (const { id: gemeente } of region.gemeenten) {
          for (const perceel of [...Object.keys(ruleSet.policy.percelen), 'onbekend']) {
            const context = createPolicyContext(ruleSet, rules, gemeente, perceel, { lookup: findFact });
            expect(context.generated, `${ruleSet.id} v${ruleSet.version} ${gemeente} ${perceel}`).toBe(true);
            contexts++;
          }
        }
      }
    }
    expect(contexts).toBeGreaterThan(50);
  });

  it('generated code and closures agree on odd case shapes, for every rule set', async () => {
    const withHidden = (base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> =>
      Object.defineProperty({ ...base }, key, { value, enumerable: false });
    const hoeToegang = { waarde: 'x', vastgesteldDoor: 'toegang' };
    const shapes = (gemeente: string, perceel: string): Record<string, unknown>[] => {
      const base = { gemeente, perceel, datum: '2022-06-01', toewijzing: 'specifiek', melding: { datum: '2022-01-01' } };
      return [
        base,
        { ...base, besluit: null },
        { ...base, besluit: 'tekst' },
        { ...base, besluit: ['wat', 'hoe'] },
        { ...base, besluit: 7 },
        { ...base, besluit: { hoe: 'tekst', wat: [] } },
        { ...base, besluit: { hoe: ['a', 'b'], indicatie: 'x' } },
        { ...base, besluit: { hoe: { product: 'tekst', duur: null, intensiteit: hoeToegang }, indicatie: { tot: null } } },
        { ...base, besluit: { hoe: { 'soort-hulp': hoeToegang, product: hoeToegang, duur: hoeToegang, aanbieder: hoeToegang } } },
        { ...base, besluit: { wat: { doelen: ['d'] }, eigenBijdrage: { bedrag: '19.00', vanaf: '2022-01-02' }, planVanAanpak: 'nee' } },
        // Non-enumerable own properties: normaliseCase's spread drops them, so must the generated code.
        withHidden(base, 'toewijzing', 'specifiek'),
        { ...base, besluit: withHidden({ hoe: {} }, 'indicatie', { tot: null }) },
        { ...base, besluit: { hoe: withHidden({}, 'intensiteit', hoeToegang) } },
        { ...base, perceel: 42, melding: 'geen datum' },
      ];
    };
    const outcome = (decide: (c: Record<string, unknown>, asOf: unknown, held: FastFinding[]) => number[] | undefined, c: Record<string, unknown>) => {
      const held: FastFinding[] = [];
      const undecided = decide(c, c.datum, held);
      return { held: held.map((f) => f.ruleId), undecided };
    };
    const regions = await repository.listRegions();
    let compared = 0;
    for (const id of await repository.listRuleSetIds()) {
      const region = regions.find((r) => r.id === id.split('/')[0]);
      if (!region) continue;
      for (const ruleSet of await repository.listVersions(id)) {
        const rules = compileRules(prepareRuleSet(ruleSet, await loadSharedRules(repository, ruleSet)));
        const gemeente = region.gemeenten[0].id;
        for (const perceel of Object.keys(ruleSet.policy.percelen)) {
          const generated = createPolicyContext(ruleSet, rules, gemeente, perceel, { lookup: findFact });
          const closures = createPolicyContext(ruleSet, rules, gemeente, perceel, { lookup: findFact, generateCode: false });
          expect(closures.generated).toBe(false);
          for (const c of shapes(gemeente, perceel)) {
            expect(outcome(generated.decide, c), `${ruleSet.id} v${ruleSet.version} ${perceel} ${JSON.stringify(c)}`).toEqual(outcome(closures.decide, c));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
