// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/client';
import { count } from './dutch-count';
import type { ChangedSuiteCase } from './suite-case-review';
import { SuiteChangesSection } from './suite-changes-section';

afterEach(cleanup);

const changedCase = (index: number, name: string): ChangedSuiteCase => ({
  suiteId: 's1b',
  index,
  name,
  expected: { findings: ['HOE_BIJ_AANBIEDER'] },
  actual: { findings: [], info: [], missing: [] },
  missing: ['HOE_BIJ_AANBIEDER'],
  unexpected: [],
  beoordeling: null,
  beoordelingActueel: false,
});

/** A server answering suite-changes with three changed cases and recording what is posted. */
function fakeServer() {
  const posted: unknown[] = [];
  const changes = { revision: 4, version: 2, total: 18, passed: 15, changed: [changedCase(1, 'Eerste'), changedCase(3, 'Tweede'), changedCase(5, 'Derde')] };
  const client = new ApiClient('token', (input, init) => {
    if (init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return Promise.resolve(new Response('{"beoordelingen":[]}', { status: 201 }));
    }
    return Promise.resolve(new Response(JSON.stringify(changes), { status: 200 }));
  });
  return { client, posted };
}

describe('SuiteChangesSection', () => {
  it('counts cases with Dutch plurals', () => {
    expect(count(1, 'casus')).toBe('1 casus');
    expect(count(3, 'casus')).toBe('3 casussen');
    expect(count(1, 'bevinding')).toBe('1 bevinding');
    expect(count(2000, 'bevinding')).toBe('2.000 bevindingen');
  });

  it('judges the selected cases at once with one note and the revision seen; a note is required', async () => {
    const { client, posted } = fakeServer();
    render(<SuiteChangesSection client={client} rulesetId="noord-limburg/wmo/S1b" draftId="d1" mayJudge />);
    await screen.findByText(/3 van 18 casussen krijgen onder het concept \(revisie 4, als versie 2\)/);
    fireEvent.click(screen.getByLabelText('Eerste'));
    fireEvent.click(screen.getByLabelText('Derde'));
    expect(screen.getByRole('group').querySelector('legend')?.textContent).toBe('Geselecteerde casussen beoordelen (2 casussen)');
    fireEvent.click(screen.getByRole('button', { name: 'Beoogd' }));
    expect(screen.getByRole('alert').textContent).toBe('Toelichting: verplicht, minstens 3 tekens.');
    expect(posted).toEqual([]);
    fireEvent.change(screen.getByLabelText(/Toelichting \(één voor alle/), { target: { value: ' Nieuwe HOE-verdeling ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beoogd' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      oordeel: 'beoogd',
      toelichting: 'Nieuwe HOE-verdeling',
      revisie: 4,
      gevallen: [
        { suiteId: 's1b', index: 1 },
        { suiteId: 's1b', index: 5 },
      ],
    });
    await screen.findByText('2 casussen beoordeeld als beoogd; de verwachtingen volgen wanneer dit concept wordt gepubliceerd.');
  });

  it('selects all changed cases with one checkbox', async () => {
    const { client, posted } = fakeServer();
    render(<SuiteChangesSection client={client} rulesetId="noord-limburg/wmo/S1b" draftId="d1" mayJudge />);
    fireEvent.click(await screen.findByLabelText('Alle 3 casussen selecteren'));
    fireEvent.change(screen.getByLabelText(/Toelichting \(één voor alle/), { target: { value: 'Bedoeld' } });
    fireEvent.click(screen.getByRole('button', { name: 'Regressie' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect((posted[0] as { gevallen: unknown[] }).gevallen).toHaveLength(3);
  });
});
