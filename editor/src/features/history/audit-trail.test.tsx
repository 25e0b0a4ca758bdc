// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditTrail } from './audit-trail';

afterEach(cleanup);

describe('AuditTrail', () => {
  it('names actions and targets in Dutch relative to the rule set', () => {
    render(
      <AuditTrail
        rulesetId="noord-limburg/wmo/S1b"
        entries={[
          {
            id: 3,
            at: '2026-11-23T13:05:00.000Z',
            actor: 'Beheerder',
            action: 'gepubliceerd',
            target: 'noord-limburg/wmo/S1b/versions/2',
            beforeHash: null,
            afterHash: 'bbbbbbbbbbbbbbbbbbbb',
            detail: { changeNote: 'Bandbreedte 5 %' },
          },
          {
            id: 2,
            at: '2026-11-23T13:01:00.000Z',
            actor: 'Beheerder',
            action: 'concept-opgeslagen',
            target: 'noord-limburg/wmo/S1b/drafts/0f1e2d3c-aaaa',
            beforeHash: 'aaaaaaaaaaaaaaaa',
            afterHash: 'cccccccccccccccc',
            detail: { revisie: 2 },
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: /Audittrail \(2 regels/ })).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['23-11-2026 14:05', 'Beheerder', 'Gepubliceerd', 'versie 2', 'Bandbreedte 5 %', '— → bbbbbbbbbbbb']);
    expect(within(rows[2]).getByText('concept 0f1e2d3c')).toBeTruthy();
    expect(within(rows[2]).getByText('revisie 2')).toBeTruthy();
  });

  it('says so when there is nothing yet', () => {
    render(<AuditTrail rulesetId="x/y/z" entries={[]} />);
    expect(screen.getByText('Nog geen auditregels voor deze regelset.')).toBeTruthy();
  });
});
