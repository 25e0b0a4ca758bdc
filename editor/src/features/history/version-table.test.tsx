// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VersionTable } from './version-table';

afterEach(cleanup);

describe('VersionTable', () => {
  it('lists versions newest first with Dutch dates, and links each to a comparison with its predecessor', () => {
    render(
      <VersionTable
        rulesetId="noord-limburg/wmo/S1b"
        versions={[
          {
            version: 1,
            effectiveFrom: '2022-01-01',
            effectiveTo: '2023-12-31',
            changeNote: 'Eerste versie',
            contentHash: 'aaaaaaaaaaaaaaaa',
            author: 'systeem',
            publishedAt: '2026-11-23T08:00:00.000Z',
          },
          {
            version: 2,
            effectiveFrom: '2024-01-01',
            effectiveTo: null,
            changeNote: 'Bandbreedte 5 %',
            contentHash: 'bbbbbbbbbbbbbbbb',
            author: 'Beheerder',
            publishedAt: '2026-11-23T13:05:00.000Z',
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Gepubliceerde versies (2)' })).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1 januari 2024', 'geen einddatum', 'Beheerder', 'Bandbreedte 5 %', '23-11-2026 14:05', 'bbbbbbbbbbbb', 'Vergelijk met versie 1']);
    expect(screen.getByRole('link', { name: 'Vergelijk met versie 1' }).getAttribute('href')).toBe('#/regels/noord-limburg/wmo/S1b/vergelijken?van=v1&naar=v2');
    expect(within(rows[2]).getByText('eerste versie')).toBeTruthy();
    expect(within(rows[2]).getByText('31 december 2023')).toBeTruthy();
  });
});
