import { describe, expect, it } from 'vitest';
import suite from '../../../../test/regression/noord-limburg/wmo-S1b.json';
import { buildCase } from '../access-check/build-case';
import { caseToForm } from './case-form';

describe('caseToForm', () => {
  it('turns a suite case into form answers that build the same decision-relevant case again', () => {
    const withCase = (suite as { cases: { case?: Record<string, unknown> }[] }).cases.find((c) => c.case && (c.case.besluit as { hoe?: object })?.hoe);
    const original = withCase!.case!;
    const form = caseToForm(original, 'noord-limburg/wmo/S1b', '2026-01-01');
    expect(form).toMatchObject({ gemeente: original.gemeente, perceel: original.perceel, rulesetId: 'noord-limburg/wmo/S1b' });
    const { caseData } = buildCase(form);
    expect(caseData.besluit).toMatchObject({ hoe: (original.besluit as { hoe: object }).hoe });
    expect(caseData).toMatchObject({ gemeente: original.gemeente, domein: 'wmo', segment: 'S1b', datum: original.datum });
  });
});
