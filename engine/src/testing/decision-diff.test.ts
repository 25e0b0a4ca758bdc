// The comparison the differential test relies on: a deliberately broken trace must show up as a difference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import type { ConditionExplanation, Decision, Explanation } from '../model/decision';
import { cloneJson } from '../json/clone-json';
import { evaluateCase } from '../evaluate/evaluate-case';
import { evaluateProviders } from '../evaluate/evaluate-providers';
import { decisionDifferences, fullDecisionDifferences } from './decision-diff';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);
const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const example = read('venlo-wmo-s1b-intensiteit-door-toegang');
const providers = read('providers-noord-limburg-wmo-s1b');

function leaves(explanation: Explanation): ConditionExplanation[] {
  return 'conditions' in explanation ? explanation.conditions.flatMap(leaves) : [explanation];
}

/** The first condition of the explanation whose actual and expected values differ. */
function firstLeaf(explanation: Explanation): ConditionExplanation {
  return leaves(explanation).find((l) => JSON.stringify(l.actual) !== JSON.stringify(l.expected)) as ConditionExplanation;
}

/** A copy of the decision with one condition (actual ≠ expected) of a finding's explanation changed by `breakIt`. */
function broken(decision: Decision, breakIt: (leaf: ConditionExplanation) => void): Decision {
  const copy = cloneJson(decision);
  breakIt(copy.findings.map((f) => firstLeaf(f.explanation)).find((l) => l !== undefined) as ConditionExplanation);
  return copy;
}

describe('decision comparison', () => {
  it('finds no difference between the compiled-traced and the reference decision of a case', async () => {
    const compiled = await evaluateCase(repository, example);
    const reference = await evaluateCase(repository, example, { engine: 'referentie' });
    expect(compiled.findings.length).toBeGreaterThan(0);
    expect(decisionDifferences(reference, compiled)).toEqual([]);
    expect(fullDecisionDifferences(reference, compiled)).toEqual([]);
  });

  it('reports a trace with actual and expected exchanged, a swapped operator, a flipped outcome or a lost expectedFrom', async () => {
    const reference = await evaluateProviders(repository, providers, { engine: 'referentie' });
    expect(decisionDifferences(reference, await evaluateProviders(repository, providers))).toEqual([]);
    expect(reference.findings.some((f) => firstLeaf(f.explanation) !== undefined)).toBe(true);
    const exchanged = broken(reference, (l) => ([l.actual, l.expected] = [l.expected, l.actual]));
    const differences = decisionDifferences(reference, exchanged);
    expect(differences.some((d) => d.startsWith('findings[') && d.includes('.explanation') && d.includes('.actual'))).toBe(true);
    expect(differences.some((d) => d.includes('.expected'))).toBe(true);

    const swappedOperator = broken(reference, (l) => (l.operator = l.operator === 'equal' ? 'notEqual' : 'equal'));
    expect(decisionDifferences(reference, swappedOperator).join('\n')).toMatch(/\.operator: /);

    const flipped = broken(reference, (l) => (l.held = l.held === true ? false : true));
    expect(decisionDifferences(reference, flipped).join('\n')).toMatch(/\.held: /);

    const withRef = broken(reference, (l) => (l.expectedFrom = { fact: 'casus', path: '$.datum' }));
    expect(decisionDifferences(reference, withRef).join('\n')).toMatch(/\.expectedFrom: undefined ≠/);
  });

  it('reports differences in findings, undecided rules and missing facts, and ignores keys that hold undefined', async () => {
    const reference = await evaluateProviders(repository, providers, { engine: 'referentie' });
    const noFinding = { ...reference, findings: reference.findings.slice(1) };
    expect(decisionDifferences(reference, noFinding)[0]).toMatch(/^findings: lengte/);
    const otherUndecided = { ...reference, undecidedRules: [{ ruleId: 'x', code: 'Y' }] };
    expect(decisionDifferences(reference, otherUndecided).join('\n')).toMatch(/undecidedRules/);
    const otherMissing = { ...reference, missing: [{ fact: 'casus', path: '$.x', rules: ['r'] }] };
    expect(decisionDifferences(reference, otherMissing).join('\n')).toMatch(/missing/);
    expect(
      decisionDifferences(
        { findings: [], undecidedRules: [], missing: [{ fact: 'a', path: undefined, rules: [] }] },
        {
          findings: [],
          undecidedRules: [],
          missing: [{ fact: 'a', rules: [] }],
        },
      ),
    ).toEqual([]);
    // Without explanations the comparison looks at codes and rules only.
    const exchanged = broken(reference, (l) => ([l.actual, l.expected] = [l.expected, l.actual]));
    expect(decisionDifferences(reference, exchanged, { explanations: false })).toEqual([]);
  });
});
