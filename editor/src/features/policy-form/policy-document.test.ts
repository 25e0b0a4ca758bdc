import { describe, expect, it } from 'vitest';
import { parseDutchAmount, parseDutchNumber, formatDutchNumber, valueName } from './dutch-values';
import { addOverride, effectivePolicy, fieldsNoLongerApplying, mentionsChoice, writePolicyValue } from './policy-document';
import { variantInWords } from './variant-words';

const document = {
  policy: {
    percelen: {
      regionaal: { bekostiging: { vorm: 'traject', budget: 'budgetplafond', signaleringPct: 90, omschrijving: 'Trajectfinanciering met een budgetplafond.' } },
    },
  },
  overrides: {},
};

describe('policy form document', () => {
  it('writes a regional value in place', () => {
    const next = writePolicyValue(document, { kind: 'regio' }, ['percelen', 'regionaal', 'bekostiging', 'signaleringPct'], 80) as typeof document;
    expect(next.policy.percelen.regionaal.bekostiging.signaleringPct).toBe(80);
    expect(document.policy.percelen.regionaal.bekostiging.signaleringPct).toBe(90);
  });

  it('writes only changed values into a municipality’s override, as a merge patch', () => {
    const venlo = { kind: 'afwijking' as const, gemeente: 'venlo' };
    let next = addOverride(document, 'venlo');
    next = writePolicyValue(next, venlo, ['percelen', 'regionaal', 'bekostiging', 'vorm'], 'plek');
    next = writePolicyValue(next, venlo, ['percelen', 'regionaal', 'bekostiging', 'signaleringPct'], 90); // same as the region: not written
    next = writePolicyValue(next, venlo, ['percelen', 'regionaal', 'bekostiging', 'budget'], 'geen');
    next = writePolicyValue(next, venlo, ['percelen', 'regionaal', 'bekostiging', 'budget'], 'budgetplafond'); // back to the region's: removed
    expect((next as { overrides: Record<string, unknown> }).overrides.venlo).toEqual({
      description: '',
      source: [],
      policy: { percelen: { regionaal: { bekostiging: { vorm: 'plek' } } } },
    });
    expect(effectivePolicy(next, venlo)).toMatchObject({
      percelen: { regionaal: { bekostiging: { vorm: 'plek', budget: 'budgetplafond', signaleringPct: 90 } } },
    });
    const override = (next as { overrides: Record<string, never> }).overrides.venlo;
    expect(variantInWords('Venlo', override, document.policy, 1)).toEqual(['Venlo: plekken in plaats van trajecten']);
    const removed = writePolicyValue(next, venlo, ['percelen', 'regionaal', 'bekostiging', 'signaleringPct'], undefined);
    expect(variantInWords('Venlo', (removed as { overrides: Record<string, never> }).overrides.venlo, document.policy, 2)).toEqual([
      'Venlo: plekken in plaats van trajecten (perceel regionaal)',
      'Venlo: geen signalering bij benutting (perceel regionaal)',
    ]);
  });

  it('names the fields a new choice leaves behind, and descriptions that still describe the old choice', () => {
    const element = { budget: 'budgetafspraak', bandbreedtePct: 5, afrekenregime: 'volledig' };
    expect(fieldsNoLongerApplying('bekostiging', 'budget', element, 'budgetafspraak', 'budgetplafond')).toEqual(['bandbreedtePct', 'afrekenregime']);
    expect(fieldsNoLongerApplying('bekostiging', 'budget', element, 'geen', 'budgetplafond')).toEqual([]);
    expect(mentionsChoice('Trajectfinanciering (PxT) met een budgetplafond.', 'traject')).toBe(true);
    expect(mentionsChoice('Plekken met een budgetplafond.', 'traject')).toBe(false);
  });

  it('reads and writes Dutch notation', () => {
    expect(parseDutchNumber('12,5')).toBe(12.5);
    expect(parseDutchNumber('1.234,5')).toBe(1234.5);
    expect(parseDutchNumber('90')).toBe(90);
    expect(parseDutchNumber('12,5,1')).toBeUndefined();
    expect(parseDutchNumber('abc')).toBeUndefined();
    expect(formatDutchNumber(12.5)).toBe('12,5');
    expect(parseDutchAmount('€ 1.234,5')).toBe('1234.50');
    expect(parseDutchAmount('12')).toBe('12.00');
    expect(parseDutchAmount('12,345')).toBeUndefined();
    expect(valueName('open-house')).toBe('Open house');
    expect(valueName('plek')).toBe('Plekken');
  });
});
