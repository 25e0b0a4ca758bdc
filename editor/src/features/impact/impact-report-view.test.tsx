// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImpactGroup } from '../../../../engine/src/impact/impact';
import { ImpactReportView } from './impact-report-view';
import type { ApiImpactReport } from './impact-types';

afterEach(cleanup);

const group = (cases: number, changed: number, bedrag: string): ImpactGroup => ({ cases, changed, verschenen: 0, verdwenen: changed, bedragGewijzigd: bedrag });
const decision = (codes: string[]) => ({ findings: codes.map((code) => ({ code })) });

const base: ApiImpactReport = {
  rulesetId: 'noord-limburg/wmo/S1b',
  fromVersion: 1,
  toVersion: 2,
  gemeente: null,
  casesRead: 2500,
  casesEvaluated: 1200,
  casesChanged: 0,
  signalen: [],
  byCode: {},
  byGemeente: {},
  bySegment: {},
  changes: [],
  examples: {},
  summary: 'geen wijzigingen',
  concept: null,
  bron: 'populatie',
};

describe('ImpactReportView', () => {
  it('says "Geen wijzigingen" when no outcome changes', () => {
    render(<ImpactReportView report={base} gemeenteNames={{}} />);
    expect(screen.getByRole('status').textContent).toContain('Geen wijzigingen');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows counts, codes, per gemeente and segment with €, and example cases by suite name', () => {
    const report = {
      ...base,
      concept: 'c1',
      bron: 'suites',
      casesChanged: 2,
      summary: '2 van 1.200 casussen veranderen',
      byCode: { HOE_BIJ_AANBIEDER: { verschenen: 0, verdwenen: 2 } },
      byGemeente: { venlo: group(700, 2, '1234.5'), horst: group(500, 0, '0') },
      bySegment: { 'wmo/S1b/regionaal': group(1200, 2, '1234.5') },
      changes: [
        { kind: 'verdwijnt', code: 'HOE_BIJ_AANBIEDER', ruleId: 'toegang/hoe-bij-aanbieder/intensiteit', cases: 2, bedrag: '1234.5', examples: ['s1b/0'] },
      ],
      examples: { 's1b/0': { from: decision(['HOE_BIJ_AANBIEDER']), to: decision([]) } },
      suiteCases: { 's1b/0': { suiteId: 's1b', index: 0, name: 'Intensiteit door aanbieder' } },
    } as unknown as ApiImpactReport;
    render(<ImpactReportView report={report} gemeenteNames={{ venlo: 'Venlo', horst: 'Horst aan de Maas' }} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Impact versie 1 → concept (als versie 2)');
    const perGemeente = screen.getByRole('table', { name: /Per gemeente/ });
    const rows = within(perGemeente).getAllByRole('row');
    expect(rows).toHaveLength(2); // header + Venlo; Horst has no changes
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['700', '2', '0', '2', '€ 1.234,50']);
    expect(within(screen.getByRole('table', { name: 'Bevindingen per code' })).getByRole('row', { name: /HOE_BIJ_AANBIEDER/ }).textContent).toBe(
      'HOE_BIJ_AANBIEDER02',
    );
    expect(screen.getByText(/Intensiteit door aanbieder: voor HOE_BIJ_AANBIEDER; na —/)).toBeTruthy();
  });
});
