import { describe, expect, it } from 'vitest';
import { regionDriftOf } from './analyse-rule-set';
import { repository } from '../../../test/fixtures/analysis/load-fixtures';

describe('municipal drift', () => {
  it('lists every value an override changes against the regional baseline, with its source and a score per steering element', async () => {
    const drift = await regionDriftOf(repository, 'noord-limburg');
    const horst = drift.entries.find((e) => e.rulesetId === 'noord-limburg/jeugd/S3' && e.gemeente === 'horst-aan-de-maas');
    expect(horst?.changes.map((c) => c.pointer)).toEqual(['/percelen/lokaal/toegang/hoeElementenInOverleg', '/percelen/lokaal/toegang/hoeElementenToegang']);
    expect(horst?.changes[1]).toMatchObject({ baseline: ['soort-hulp'], value: ['soort-hulp', 'intensiteit'], element: 'toegang' });
    expect(horst?.changes[0].source[0].toelichting).toMatch(/illustratief/);
    expect(horst?.score).toEqual({ contract: 0, bekostiging: 0, leveranciersmanagement: 0, toegang: 2 });
    // Venlo converts trajectories to places in Jeugd S3 and S4 (both percelen) and on the Wmo S1a/S1b regional perceel.
    const venlo = drift.entries.filter((e) => e.gemeente === 'venlo');
    expect(venlo.filter((e) => e.score.bekostiging > 0).map((e) => e.rulesetId)).toEqual(
      expect.arrayContaining(['noord-limburg/jeugd/S3', 'noord-limburg/jeugd/S4', 'noord-limburg/wmo/S1a', 'noord-limburg/wmo/S1b']),
    );
    expect(drift.totals.venlo.bekostiging).toBe(venlo.reduce((n, e) => n + e.score.bekostiging, 0));
    expect(drift.totals.beesel).toEqual({ contract: 0, bekostiging: 0, leveranciersmanagement: 0, toegang: 0 });
  });
});
