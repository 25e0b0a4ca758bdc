// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutcomeReport } from '../../../../engine/src/outcomes';
import { OutcomeReportView } from './outcome-report-view';

afterEach(cleanup);

const provider = (id: string, naam: string, uitval: number[]) => ({
  id,
  naam,
  indicatoren: [
    {
      indicator: 'uitval' as const,
      doel: { waarde: 15, soort: 'hoogstens' as const, pointer: '/policy/percelen/licht/leveranciersmanagement/resultaatdoelen/maxUitvalPct' },
      punten: uitval.map((waarde, i) => ({
        periode: `2017 H${i + 1}`,
        waarde,
        tenOpzichteVanVorige: i === 0 ? undefined : waarde < uitval[i - 1] ? ('beter' as const) : ('slechter' as const),
        doelGehaald: waarde <= 15,
      })),
    },
    { indicator: 'clientervaring' as const, punten: [] },
    { indicator: 'doelrealisatie' as const, punten: [] },
  ],
  trajectenBeeindigd: 2,
  redenen: [{ code: '31', omschrijving: 'Levering is volgens plan beëindigd', aantal: 2 }],
  gemiddeldeKwalificatie: '7.5',
});

const report: OutcomeReport = {
  rulesetId: 'zuid-limburg/jeugd/arrangementen',
  version: 1,
  fictief: true,
  aanbieders: [provider('b', 'Aanbieder B (fictief)', [18, 12]), provider('a', 'Aanbieder Z (fictief)', [9, 10])],
  overgeslagen: [{ path: '/perioden/3/halfjaar', message: 'ongeldige waarde' }],
  uitgangspunt: 'Elke aanbieder wordt vergeleken met zijn eigen eerdere halfjaren.',
};

describe('OutcomeReportView', () => {
  it('shows the providers in the order the report gives (by name), each against its own past and the target', () => {
    render(<OutcomeReportView report={report} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Aanbieder B (fictief)',
      'Aanbieder Z (fictief)',
      'Overgeslagen regels (1)',
    ]);
    const table = screen.getByRole('table', { name: 'Indicatoren per halfjaar van Aanbieder B (fictief)' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows[1]).toBe('Uitvalhoogstens 15 %2017 H118 %—niet gehaald');
    expect(rows[2]).toBe('Uitvalhoogstens 15 %2017 H212 %betergehaald');
    expect(rows[3]).toBe('Cliëntervaringgeen doelgeen gegevens');
    expect(screen.getByText('Fictieve voorbeeldgegevens.')).toBeTruthy();
    expect(screen.getAllByText(/gemiddelde kwalificatie door de consulent: 7,5/)).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/rangorde|positie|beste aanbieder/i);
  });
});
