import { describe, expect, it } from 'vitest';
import { addWeeks, buildCaseFacts, deriveCaseDates, derivedDatesAreConstant, findFact, lastDayOfMonths } from './facts';
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
    expect(deriveCaseDates({ melding: { datum: '2023-01-02' } }, toegang20)).toEqual({
      beschikkingsvrijeTermijnEinde: '2023-04-03',
      indicatieUiterlijkTot: null,
    });
  });

  it('is null (does not apply) when the policy has no decision-free period, whatever the case says', () => {
    expect(deriveCaseDates({ melding: { datum: '2023-01-02' } }, toegangZonderTermijn)).toEqual({
      beschikkingsvrijeTermijnEinde: null,
      indicatieUiterlijkTot: null,
    });
    expect(deriveCaseDates({}, undefined)).toEqual({ beschikkingsvrijeTermijnEinde: null, indicatieUiterlijkTot: null });
  });

  it('is absent (undecided) when the case lacks a valid registration date', () => {
    expect(deriveCaseDates({}, toegang20)).toEqual({ indicatieUiterlijkTot: null });
    expect(deriveCaseDates({ melding: { datum: 'gisteren' } }, toegang20)).toEqual({ indicatieUiterlijkTot: null });
  });

  it("ends an indication at the latest the policy's maximum number of months after its start, less one day", () => {
    const kort = { ...toegangZonderTermijn, indicatie: { onbepaaldeTijdToegestaan: false, maxDuurMaanden: 6 } };
    expect(deriveCaseDates({ besluit: { indicatie: { van: '2017-03-01' } } }, kort)).toEqual({
      beschikkingsvrijeTermijnEinde: null,
      indicatieUiterlijkTot: '2017-08-31',
    });
    expect(
      deriveCaseDates({ besluit: { indicatie: { van: '2017-03-31' } } }, { ...kort, indicatie: { onbepaaldeTijdToegestaan: false, maxDuurMaanden: 1 } }),
    ).toEqual({
      beschikkingsvrijeTermijnEinde: null,
      indicatieUiterlijkTot: '2017-04-30',
    });
    expect(deriveCaseDates({ besluit: { indicatie: {} } }, kort)).toEqual({ beschikkingsvrijeTermijnEinde: null });
    expect(derivedDatesAreConstant(kort)).toBe(false);
    expect(derivedDatesAreConstant(toegangZonderTermijn)).toBe(true);
  });
});

describe('lastDayOfMonths', () => {
  it('counts calendar months, clamping to the end of a shorter month', () => {
    expect(lastDayOfMonths('2017-01-01', 12)).toBe('2017-12-31');
    expect(lastDayOfMonths('2016-08-31', 6)).toBe('2017-02-28');
    expect(lastDayOfMonths('2016-02-29', 12)).toBe('2017-02-28');
    expect(lastDayOfMonths('2017-03-15', 1)).toBe('2017-04-14');
    expect(lastDayOfMonths('2017-02-30', 1)).toBeUndefined();
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
    expect(facts.afgeleid).toEqual({ beschikkingsvrijeTermijnEinde: '2023-04-03', indicatieUiterlijkTot: null });
    expect(findFact('afgeleid')?.suppliedByUser).toBe(true);
  });

  it('derives nothing for a perceel whose access element is not applicable, or an unknown perceel', () => {
    expect(buildCaseFacts({ perceel: 'pw', melding: { datum: '2023-01-02' } }, policy, '2023-05-01').afgeleid).toEqual({
      beschikkingsvrijeTermijnEinde: null,
      indicatieUiterlijkTot: null,
    });
    expect(buildCaseFacts({ perceel: 'onbekend' }, policy, '2023-05-01').afgeleid).toEqual({
      beschikkingsvrijeTermijnEinde: null,
      indicatieUiterlijkTot: null,
    });
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
