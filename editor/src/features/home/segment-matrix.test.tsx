// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SegmentMatrix } from '../../../../engine/src/policy';
import { SegmentMatrixView } from './segment-matrix';

afterEach(cleanup);

const cell = (tekst: string) => ({ tekst, nietVanToepassing: false, afwijkingen: [] });
const matrix: SegmentMatrix = {
  peildatum: '2023-05-01',
  regios: [
    {
      id: 'noord-limburg',
      naam: 'Noord-Limburg',
      domeinen: [
        {
          domein: 'wmo',
          titel: 'Wmo',
          segmenten: [
            {
              rulesetId: 'noord-limburg/wmo/S1b',
              domein: 'wmo',
              segment: 'S1b',
              versie: 2,
              geldigVanaf: '2021-01-01',
              titel: 'Begeleiding',
              typering: 'x',
              basiseenheid: 'y',
              percelen: [
                {
                  perceel: 'regionaal',
                  elementen: {
                    contract: cell('Open house'),
                    bekostiging: {
                      ...cell('budgetplafond'),
                      afwijkingen: [{ noot: 1, gemeente: 'venlo', gemeenteNaam: 'Venlo', tekst: 'budgetafspraak' }],
                    },
                    leveranciersmanagement: cell('regionaal'),
                    toegang: cell('toegang stelt WAT vast'),
                  },
                },
              ],
            },
          ],
        },
      ],
      noten: [
        {
          noot: 1,
          rulesetId: 'noord-limburg/wmo/S1b',
          gemeente: 'venlo',
          gemeenteNaam: 'Venlo',
          omschrijving: 'Venlo werkt met een budgetafspraak',
          pointers: [],
        },
      ],
      nietVanKracht: [],
    },
  ],
} as unknown as SegmentMatrix;

describe('SegmentMatrixView', () => {
  it('shows the date in Dutch, links each cell to the rule set and marks overrides', () => {
    render(<SegmentMatrixView matrix={matrix} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('1 mei 2023');
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(new Set(links)).toEqual(new Set(['#/regels/noord-limburg/wmo/S1b']));
    const overridden = screen.getByText('budgetplafond').closest('td')!;
    expect(overridden.className).toBe('has-override');
    expect(within(overridden).getByText(/Venlo: budgetafspraak/)).toBeTruthy();
    expect(screen.getByText(/Venlo werkt met een budgetafspraak/)).toBeTruthy();
  });
});
