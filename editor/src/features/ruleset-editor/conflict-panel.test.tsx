// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import s1b from '../../../../rules/noord-limburg/wmo/S1b/v1.json';
import { ConflictPanel } from './conflict-panel';

type Bekostiging = Record<string, unknown>;
const v1: unknown = structuredClone(s1b);

describe('ConflictPanel', () => {
  afterEach(cleanup);

  it('lists in Dutch how the editor text differs from the server draft', () => {
    const mine = structuredClone(s1b);
    const bekostiging: Bekostiging = mine.policy.percelen.regionaal.bekostiging;
    delete bekostiging.voorschotten;
    Object.assign(bekostiging, { budget: 'budgetafspraak', bandbreedtePct: 5 });
    render(<ConflictPanel server={v1} mine={mine} />);
    expect(screen.getByRole('heading', { name: 'Uw tekst ten opzichte van de serverversie' })).toBeTruthy();
    expect(screen.getByText(/S1b regionaal — bekostiging: .*budgetafspraak.*bandbreedte 5 %/)).toBeTruthy();
    expect(screen.getByText(/er is niets verloren/)).toBeTruthy();
  });

  it('says so when the texts agree or the editor text is not valid JSON', () => {
    const { unmount } = render(<ConflictPanel server={v1} mine={structuredClone(v1)} />);
    expect(screen.getByText('Inhoudelijk zijn er geen verschillen.')).toBeTruthy();
    unmount();
    render(<ConflictPanel server={v1} mine={undefined} />);
    expect(screen.getByText(/geen geldige JSON/)).toBeTruthy();
  });
});
