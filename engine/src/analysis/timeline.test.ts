import { describe, expect, it } from 'vitest';
import type { RuleSetVersion } from '../model/rule-set';
import { analyseTimeline, looptijdJaren } from './timeline';
import { fixture } from '../../../test/fixtures/analysis/load-fixtures';

const region = { id: 'noord-limburg', naam: 'Noord-Limburg', gemeenten: [{ id: 'venlo', naam: 'Venlo' }], source: [] };

describe('timeline', () => {
  it('fixture: a three-month gap between two versions, with the first day as witness', () => {
    const findings = analyseTimeline([fixture('versiegat/v1.json'), fixture('versiegat/v2.json')], region);
    const gap = findings.find((f) => f.code === 'VERSIE_GAT');
    expect(gap).toMatchObject({ severity: 'fout', version: 1, pointers: ['/effectiveTo', '/effectiveFrom'], status: 'bewezen' });
    expect(gap?.message).toMatch(/van 2022-10-01 tot en met 2022-12-31 \(92 dagen\)/);
    expect(gap?.witness).toEqual(expect.objectContaining({ kind: 'datum', datum: '2022-10-01' }));
  });

  it('no gap when the next version starts the day after', () => {
    const v1 = { ...fixture('versiegat/v1.json') };
    const v2 = { ...fixture('versiegat/v2.json'), effectiveFrom: '2022-10-01' };
    expect(analyseTimeline([v1, v2], region).filter((f) => f.code === 'VERSIE_GAT')).toEqual([]);
  });

  it('overlapping versions, a term with no version after it, an override for a municipality outside the region', () => {
    const v1 = { ...fixture('versiegat/v1.json'), effectiveTo: '2023-03-31' } as RuleSetVersion;
    const v2 = { ...fixture('versiegat/v2.json'), overrides: { maastricht: { policy: {} } } } as RuleSetVersion;
    const codes = analyseTimeline([v1, v2], region).map((f) => `${f.code} ${f.perceel ?? f.gemeente ?? ''}`.trim());
    expect(codes).toEqual([
      'VERSIE_OVERLAP',
      'LOOPTIJD_ZONDER_VERVOLG regionaal',
      'LOOPTIJD_ZONDER_VERVOLG lokaal',
      'AFWIJKING_VERTROKKEN_GEMEENTE maastricht',
    ]);
    const term = analyseTimeline([v1, v2], region).find((f) => f.code === 'LOOPTIJD_ZONDER_VERVOLG');
    // 3+1+1 from the first version on 2022-01-01: five years.
    expect(term?.message).toMatch(/eindigt uiterlijk op 2026-12-31/);
    expect(looptijdJaren('3+1+1')).toBe(5);
    expect(looptijdJaren('drie')).toBeUndefined();
  });

  it('no term finding when a version starts after the term', () => {
    const v1 = { ...fixture('versiegat/v1.json'), effectiveTo: null } as RuleSetVersion;
    const v2 = { ...fixture('versiegat/v2.json'), effectiveFrom: '2027-01-01' } as RuleSetVersion;
    expect(analyseTimeline([v1, v2], region).filter((f) => f.code === 'LOOPTIJD_ZONDER_VERVOLG' && f.version === 1)).toEqual([]);
  });
});
