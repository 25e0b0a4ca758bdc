import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../cli/file-repository';
import { loadSharedRules } from '../evaluate-case';
import { findFact } from '../facts';
import { prepareRuleSet } from '../prepare-rule-set';
import { compileRules } from './compile-rules';
import type { FastFinding } from './fast-decision';
import { createPolicyContext } from './policy-context';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

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

  it('falls back to closures when asked, with the same outcome on a case', async () => {
    const [ruleSet] = await repository.listVersions('noord-limburg/wmo/S1b');
    const rules = compileRules(prepareRuleSet(ruleSet, await loadSharedRules(repository, ruleSet)));
    const perceel = Object.keys(ruleSet.policy.percelen)[0];
    const generated = createPolicyContext(ruleSet, rules, 'venlo', perceel, { lookup: findFact });
    const closures = createPolicyContext(ruleSet, rules, 'venlo', perceel, { lookup: findFact, generateCode: false });
    expect(closures.generated).toBe(false);
    const caseData = { gemeente: 'venlo', perceel, besluit: 'geen object', toewijzing: 'specifiek' };
    const outcome = (decide: typeof generated.decide) => {
      const held: FastFinding[] = [];
      const undecided = decide(caseData, '2022-06-01', held);
      return { held, undecided };
    };
    expect(outcome(generated.decide)).toEqual(outcome(closures.decide));
  });
});
