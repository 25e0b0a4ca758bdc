import { describe, expect, it } from 'vitest';
import { ABSENT, FILLED, PRESENT, buildCaseSpace, realiseCell, schemaAt } from './case-space';

const base = { id: 'fictief', gemeente: 'venlo', domein: 'wmo', segment: 'S1b', perceel: 'regionaal', datum: '2022-01-01', besluit: {} };

describe('case space', () => {
  it('splits dates at the registration date and the derived end of the decision-free period', () => {
    const space = buildCaseSpace(
      [
        {
          all: [
            { fact: 'casus', path: '$.melding.datum', operator: 'datumOpOfVoor', value: { fact: 'peildatum' } },
            { fact: 'peildatum', operator: 'datumNa', value: { fact: 'afgeleid', path: '$.beschikkingsvrijeTermijnEinde' } },
          ],
        },
      ],
      { anchor: '2023-01-02', weeks: 13, constants: {} },
    );
    const peildatum = space.dimensions.find((d) => d.key === 'peildatum');
    expect(peildatum?.values).toEqual(['2023-01-01', '2023-01-02', '2023-01-03', '2023-04-02', '2023-04-03', '2023-04-04']);
    expect(space.dimensions.find((d) => d.key === '/melding/datum')?.values).toEqual(['2023-01-02', ABSENT]);
    expect(space.inexact).toBeUndefined();
  });

  it('splits numbers at each threshold, lists by length, enums by value', () => {
    const space = buildCaseSpace(
      [
        {
          all: [
            { fact: 'casus', path: '$.client.leeftijd', operator: 'lessThan', value: 18 },
            { fact: 'casus', path: '$.besluit.wat.resultaatgebieden', operator: 'aantalGroterDan', value: { fact: 'beleid', path: '$.toegang.max' } },
            { fact: 'casus', path: '$.toewijzing', operator: 'equal', value: 'specifiek' },
          ],
        },
      ],
      { anchor: '2023-01-02', constants: { beleid: { toegang: { max: 3 } } } },
    );
    const byKey = Object.fromEntries(space.dimensions.map((d) => [d.key, d.values]));
    expect(byKey['/client/leeftijd']).toEqual([0, 17, 18, 19, ABSENT]);
    expect((byKey['/besluit/wat/resultaatgebieden'] as unknown[]).map((v) => (Array.isArray(v) ? v.length : v))).toEqual([0, 1, 3, 4, ABSENT]);
    expect(byKey['/toewijzing']).toEqual(['specifiek', 'aspecifiek', 'generiek', ABSENT]);
    expect(space.size).toBe(5 * 5 * 4);
  });

  it('realises a cell as a valid case, and refuses cells no valid case has', () => {
    const { dimensions } = buildCaseSpace(
      [
        {
          all: [
            { fact: 'casus', path: '$.besluit.hoe.duur.vastgesteldDoor', operator: 'equal', value: 'toegang' },
            { fact: 'casus', path: '$.besluit.hoe.duur.waarde', operator: 'isLeeg', value: true },
          ],
        },
      ],
      { anchor: '2023-01-02', constants: {} },
    );
    const keys = dimensions.map((d) => d.key);
    expect(keys).toEqual(['/besluit/hoe/duur/vastgesteldDoor', '/besluit/hoe/duur/waarde']);
    expect(realiseCell(base, dimensions, ['toegang', ''], '2023-01-02')?.caseData.besluit).toEqual({
      hoe: { duur: { vastgesteldDoor: 'toegang', waarde: '' } },
    });
    // A decision-maker without a value is not a valid case.
    expect(realiseCell(base, dimensions, ['toegang', ABSENT], '2023-01-02')).toBeUndefined();
    expect(schemaAt('/besluit/indicatie/tot')?.oneOf).toBeDefined();
  });

  it('an object without required fields is split into empty and non-empty (isLeeg can go both ways)', () => {
    const { dimensions } = buildCaseSpace([{ fact: 'casus', path: '$.besluit.wat', operator: 'isLeeg', value: false }], {
      anchor: '2023-01-02',
      constants: {},
    });
    expect(dimensions[0].values).toEqual([PRESENT, FILLED, ABSENT]);
    expect(realiseCell(base, dimensions, [PRESENT], '2023-01-02')?.caseData.besluit).toEqual({ wat: {} });
    expect(Object.keys((realiseCell(base, dimensions, [FILLED], '2023-01-02')?.caseData.besluit as { wat: object }).wat)).toHaveLength(1);
  });

  it('a value that may be a number is split at numeric thresholds', () => {
    const { dimensions } = buildCaseSpace([{ fact: 'casus', path: '$.besluit.hoe.intensiteit.waarde', operator: 'greaterThan', value: 8 }], {
      anchor: '2023-01-02',
      constants: {},
    });
    expect(dimensions[0].values).toEqual(['', 'fictief', 8, 7, 9, ABSENT]);
  });
});
