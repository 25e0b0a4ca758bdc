import { describe, expect, it } from 'vitest';
import { findFact } from '../../facts/facts';
import { explainConditions } from '../explain';
import { compileTrace } from './compile-trace';
import type { ConditionJson } from './compile-rules';

const trace = (condition: ConditionJson, facts: Record<string, unknown>) => {
  const missing: { fact: string; path?: string }[] = [];
  return { explanation: compileTrace(condition, findFact)(facts, missing), missing };
};

describe('compileTrace', () => {
  it('records fact, path, operator, expected (with the fact it came from) and actual for every condition', () => {
    const facts = { casus: { client: { leeftijd: 70 }, datum: '2022-06-01' }, beleid: { maxLeeftijd: 65 }, peildatum: '2022-06-01' };
    const { explanation, missing } = trace(
      {
        all: [
          { fact: 'casus', path: '$.client.leeftijd', operator: 'greaterThan', value: { fact: 'beleid', path: '$.maxLeeftijd' } },
          { not: { fact: 'peildatum', operator: 'equal', value: '2023-01-01' } },
        ],
      } as ConditionJson,
      facts,
    );
    expect(missing).toEqual([]);
    expect(explanation).toEqual({
      type: 'all',
      held: true,
      conditions: [
        {
          fact: 'casus',
          path: '$.client.leeftijd',
          operator: 'greaterThan',
          expected: 65,
          expectedFrom: { fact: 'beleid', path: '$.maxLeeftijd' },
          actual: 70,
          held: true,
        },
        { type: 'not', held: true, conditions: [{ fact: 'peildatum', operator: 'equal', expected: '2023-01-01', actual: '2022-06-01', held: false }] },
      ],
    });
  });

  it('leaves a condition on an absent user fact undecided and names the fact, except for operators that accept absence', () => {
    const facts = { casus: { besluit: {} } };
    const absent = trace({ any: [{ fact: 'casus', path: '$.besluit.indicatie.tot', operator: 'equal', value: null }] } as ConditionJson, facts);
    expect(absent.explanation.held).toBeNull();
    expect(absent.missing).toEqual([{ fact: 'casus', path: '$.besluit.indicatie.tot' }]);
    const accepted = trace({ fact: 'casus', path: '$.besluit.indicatie', operator: 'bestaat', value: false } as ConditionJson, facts);
    expect(accepted.missing).toEqual([]);
    expect(accepted.explanation.held).not.toBeNull();
  });

  it('reads a path on a non-object as the reference does: undefined as actual, the value itself for the operator', () => {
    const facts = { casus: { melding: 'geen object' }, peildatum: 'tekst' };
    const condition = { fact: 'peildatum', path: '$.jaar', operator: 'equal', value: 'tekst' } as ConditionJson;
    const { explanation } = trace(condition, facts);
    // json-rules-engine's almanac gives the value itself on a path into a non-object: the operator holds.
    expect(explanation).toEqual({ fact: 'peildatum', path: '$.jaar', operator: 'equal', expected: 'tekst', actual: undefined, held: true });
    const evaluated = { fact: 'peildatum', path: '$.jaar', operator: 'equal', value: 'tekst', result: true };
    expect(explainConditions(evaluated, facts, [])).toEqual(explanation);
  });

  it('combines three-valued: all is false with a false child even beside an undecided one, any is true with a true child', () => {
    const facts = { casus: {}, peildatum: '2022-06-01' };
    const undecided = { fact: 'casus', path: '$.x', operator: 'equal', value: 1 };
    const no = { fact: 'peildatum', operator: 'equal', value: 'nooit' };
    const yes = { fact: 'peildatum', operator: 'equal', value: '2022-06-01' };
    expect(trace({ all: [undecided, no] } as ConditionJson, facts).explanation.held).toBe(false);
    expect(trace({ all: [undecided, yes] } as ConditionJson, facts).explanation.held).toBeNull();
    expect(trace({ any: [undecided, yes] } as ConditionJson, facts).explanation.held).toBe(true);
    expect(trace({ any: [undecided, no] } as ConditionJson, facts).explanation.held).toBeNull();
    expect(trace({ not: undecided } as ConditionJson, facts).explanation.held).toBeNull();
  });

  it('refuses what the compiled path does not support', () => {
    expect(() => compileTrace({ fact: 'casus', operator: 'bestaatNiet', value: 1 } as ConditionJson, findFact)).toThrow(/Onbekende operator/);
    expect(() => compileTrace({ condition: 'elders' } as unknown as ConditionJson, findFact)).toThrow(/Voorwaardeverwijzingen/);
  });
});
