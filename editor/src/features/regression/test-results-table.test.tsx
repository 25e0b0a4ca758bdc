// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRunResult } from './test-run';
import { TestResultsTable } from './test-results-table';

afterEach(cleanup);

const results: CaseRunResult[] = [
  {
    suite: 's1b',
    name: 'Intensiteit door aanbieder',
    index: 0,
    passed: true,
    expected: { findings: ['HOE_BIJ_AANBIEDER'] },
    actual: { findings: ['HOE_BIJ_AANBIEDER'], info: [], missing: [] },
    missing: [],
    unexpected: [],
    firedRules: [{ ruleId: 'toegang/hoe-bij-aanbieder/intensiteit', code: 'HOE_BIJ_AANBIEDER' }],
  },
  {
    suite: 's1b',
    name: 'Indicatie onbepaalde tijd',
    index: 1,
    passed: false,
    expected: { findings: ['INDICATIE_ONBEPAALDE_TIJD'] },
    actual: { findings: [], info: [], missing: [] },
    missing: ['INDICATIE_ONBEPAALDE_TIJD'],
    unexpected: [],
    firedRules: [],
  },
];

describe('TestResultsTable', () => {
  it('shows expected vs actual, pass/fail and fired rules under a captioned table', () => {
    render(<TestResultsTable results={results} caption="Regressiesuite versie 2" />);
    const table = screen.getByRole('table', { name: /Regressiesuite versie 2: 1 geslaagd, 1 gefaald/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Suite', 'Casus', 'Uitkomst', 'Verwacht', 'Werkelijk', 'Gevuurde regels', 'Toelichting']);
    const failed = within(table).getByRole('row', { name: /Indicatie onbepaalde tijd/ });
    expect(
      within(failed)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['s1b', 'Gefaald', 'INDICATIE_ONBEPAALDE_TIJD', '—', '—', 'ontbreekt: INDICATIE_ONBEPAALDE_TIJD']);
    expect(within(table).getByText('toegang/hoe-bij-aanbieder/intensiteit')).toBeTruthy();
  });

  it('filters to failures with a labelled checkbox', () => {
    render(<TestResultsTable results={results} caption="Suite" />);
    fireEvent.click(screen.getByLabelText('Alleen gefaalde casussen (1)'));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(2); // header + the failed case
    expect(rows[1].textContent).toContain('Indicatie onbepaalde tijd');
  });
});
