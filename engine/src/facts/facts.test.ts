import { describe, expect, it } from 'vitest';
import { addWeeks, buildCaseFacts, deriveCaseDates, findFact } from './facts';
import type { RuleJson, SegmentPolicy, ToegangPolicy } from '../model/rule-set';
import { validateRules } from '../validate/validate-rules';

const toegang20: ToegangPolicy = {
  wat: 'aanbieder',
  hoe: 'aanbieder',
  indicatie: { onbepaaldeTijdToegestaan: false },
  beschikkingsvrijeTermijnWeken: 13,
  eigenBijdrageInBeschikkingsvrijeTermijn: false,
};
const toegangZonderTermijn: ToegangPolicy = { wat: 'toegang', hoe: 'aanbieder', indicatie: { onbepaaldeTijdToegestaan: false } };

describe('addWeeks', () => {
  it('adds whole weeks in calendar days, across month, year and leap-day boundaries', () => {
    expect(addWeeks('2023-01-02', 13)).toBe('2023-04-03');
    expect(addWeeks('2022-12-26', 1)).toBe('2023-01-02');
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
    expect(addWeeks('2023-03-20', 0)).toBe('2023-03-20');
  });

  it('refuses anything that is not an ISO calendar date', () => {
    expect(addWeeks('2023-02-30', 1)).toBeUndefined();
    expect(addWeeks('2-1-2023', 1)).toBeUndefined();
    expect(addWeeks(undefined, 13)).toBeUndefined();
    expect(addWeeks(20230102, 13)).toBeUndefined();
  });
});

describe('deriveCaseDates', () => {
  it('ends the decision-free period the policy weeks after the registration', () => {
    expect(deriveCaseDates({ melding: { datum: '2023-01-02' } }, toegang20)).toEqual({ beschikkingsvrijeTermijnEinde: '2023-04-03' });
  });

  it('is null (does not apply) when the policy has no decision-free period, whatever the case says', () => {
    expect(deriveCaseDates({ melding: { datum: '2023-01-02' } }, toegangZonderTermijn)).toEqual({ beschikkingsvrijeTermijnEinde: null });
    expect(deriveCaseDates({}, undefined)).toEqual({ beschikkingsvrijeTermijnEinde: null });
  });

  it('is absent (undecided) when the case lacks a valid registration date', () => {
    expect(deriveCaseDates({}, toegang20)).toEqual({});
    expect(deriveCaseDates({ melding: { datum: 'gisteren' } }, toegang20)).toEqual({});
  });
});

describe('buildCaseFacts', () => {
  const policy: SegmentPolicy = {
    domein: 'wmo',
    segment: 'begeleiding',
    typering: 't',
    basiseenheid: 'lumpsum',
    percelen: {
      bgi: { contract: {}, bekostiging: {}, leveranciersmanagement: {}, toegang: toegang20 },
      pw: { contract: {}, bekostiging: {}, leveranciersmanagement: {}, toegang: { nietVanToepassing: true, toelichting: 'n.v.t.' } },
    },
  };

  it('offers the derived dates as the fact "afgeleid", supplied like case data so absence is undecided', () => {
    const facts = buildCaseFacts({ perceel: 'bgi', melding: { datum: '2023-01-02' } }, policy, '2023-05-01');
    expect(facts.afgeleid).toEqual({ beschikkingsvrijeTermijnEinde: '2023-04-03' });
    expect(findFact('afgeleid')?.suppliedByUser).toBe(true);
  });

  it('derives nothing for a perceel whose access element is not applicable, or an unknown perceel', () => {
    expect(buildCaseFacts({ perceel: 'pw', melding: { datum: '2023-01-02' } }, policy, '2023-05-01').afgeleid).toEqual({ beschikkingsvrijeTermijnEinde: null });
    expect(buildCaseFacts({ perceel: 'onbekend' }, policy, '2023-05-01').afgeleid).toEqual({ beschikkingsvrijeTermijnEinde: null });
  });
});

describe('the fact "afgeleid" in rules', () => {
  const rule = (path: string): RuleJson => ({
    id: 'r',
    description: 'd',
    conditions: { all: [{ fact: 'peildatum', operator: 'datumNa', value: { fact: 'afgeleid', path } }] },
    event: { type: 'BESCHIKKINGSVRIJE_TERMIJN_OVERSCHREDEN', params: { severity: 'fout', message: 'bericht', policyChoice: '/percelen/{perceel}/toegang' } },
  });

  it('is known to the validator with its schema, so a typo in the path is an error', () => {
    expect(validateRules([rule('$.beschikkingsvrijeTermijnEinde')], '/rules', 'rules')).toEqual([]);
    expect(validateRules([rule('$.beschikkingsvrijeTermijnEind')], '/rules', 'rules')).toMatchObject([{ code: 'PAD_ONBEKEND' }]);
  });
});
