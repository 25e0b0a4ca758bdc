import { describe, expect, it } from 'vitest';
import { locateAnalysisFindings } from './analysis-markers';
import type { AnalysisFinding } from './analysis-types';

const text = `{
  "version": 2,
  "effectiveTo": null,
  "overrides": {
    "venlo": { "policy": { "percelen": { "regionaal": { "toegang": { "hoe": null } } } } }
  }
}
`;

const finding = (over: Partial<AnalysisFinding>): AnalysisFinding => ({
  code: 'BESLISSER_ONTBREEKT',
  severity: 'fout',
  message: 'niemand bepaalt soort-hulp',
  pointers: ['/overrides/venlo/policy/percelen/regionaal/toegang/hoe'],
  rulesetId: 'noord-limburg/wmo/S1b',
  version: 2,
  status: 'bewezen',
  ...over,
});

describe('locateAnalysisFindings', () => {
  it('puts a marker on the line of each pointer of the findings of the version on screen', () => {
    const markers = locateAnalysisFindings(
      text,
      [finding({}), finding({ code: 'VERSIE_OVERLAP', version: 1, versions: [1, 2], pointers: ['/effectiveTo'] })],
      2,
    );
    expect(markers.map((m) => [m.finding.code, m.line])).toEqual([
      ['BESLISSER_ONTBREEKT', 5],
      ['VERSIE_OVERLAP', 3],
    ]);
  });

  it('leaves out findings of other versions and survives text that is not JSON', () => {
    expect(locateAnalysisFindings(text, [finding({ version: 1 })], 2)).toEqual([]);
    expect(locateAnalysisFindings('{ kapot', [finding({})], 2)).toEqual([]);
  });
});
