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

  it('words discarded drafts and judgements of suite cases', () => {
    render(
      <AuditTrail
        rulesetId="noord-limburg/wmo/S1b"
        entries={[
          {
            id: 5,
            at: '2026-11-23T13:09:00.000Z',
            actor: 'Fleur de Vries (vaststeller)',
            action: 'concept-verwijderd',
            target: 'noord-limburg/wmo/S1b/drafts/0f1e2d3c-aaaa',
            beforeHash: 'aaaaaaaaaaaaaaaa',
            afterHash: null,
            detail: { revisie: 3, vanVersie: 1, beoordelingenVervallen: 2 },
          },
          {
            id: 4,
            at: '2026-11-23T13:08:00.000Z',
            actor: 'Tom Tester (tester)',
            action: 'beoogd-gemarkeerd',
            target: `noord-limburg/wmo/S1b/suites/${encodeURIComponent('noord-limburg/wmo/S1b#wmo-S1b')}/cases/1`,
            beforeHash: null,
            afterHash: null,
            detail: { geval: 'Intensiteit', oordeel: 'beoogd', toelichting: 'Nieuwe HOE-verdeling' },
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: /Audittrail/ })).getAllByRole('row');
    expect(within(rows[1]).getAllByRole('cell')[2].textContent).toBe('Concept verwijderd');
    expect(within(rows[1]).getByText('revisie 3; 2 beoordelingen vervallen')).toBeTruthy();
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(expect.arrayContaining(['Beoordeeld als beoogd', 'regressiegeval 2 van noord-limburg/wmo/S1b#wmo-S1b', '“Intensiteit”: Nieuwe HOE-verdeling']));
  });

  it('says so when there is nothing yet', () => {
    render(<AuditTrail rulesetId="x/y/z" entries={[]} />);
    expect(screen.getByText('Nog geen auditregels voor deze regelset.')).toBeTruthy();
  });
});
