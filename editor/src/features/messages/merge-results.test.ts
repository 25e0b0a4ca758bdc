import { describe, expect, it } from 'vitest';
import type { CheckReport, CheckedAllocation } from '../../../../engine/src/messages';
import { batchFiles, emptyResult, filterAllocations, mergeResponse } from './merge-results';

const allocation = (id: string, gemeente: string, oordeel: CheckedAllocation['oordeel'], codes: string[] = []): CheckedAllocation =>
  ({
    id,
    gemeente,
    oordeel,
    product: '02A11',
    rulesetId: 'noord-limburg/wmo/S1b',
    file: 'f.xml',
    findings: codes.map((code) => ({ code, severity: 'fout', message: '', ruleId: 'r' })),
  }) as unknown as CheckedAllocation;

const report = (over: Partial<CheckReport>): CheckReport =>
  ({ gelezen: { berichten: 1, berichtenOvergeslagen: 0 }, problemen: [], onbekendeCodes: [], uitstroom: [], ...over }) as unknown as CheckReport;

describe('merging batches and filtering the allocation table', () => {
  it('adds counts, lists and unknown codes of several responses', () => {
    let merged = mergeResponse(emptyResult(), {
      rapport: report({ onbekendeCodes: [{ code: '02/02Z99', regio: 'nl', aantal: 2 }] }),
      toewijzingen: [allocation('a', 'venlo', 'fout')],
    });
    merged = mergeResponse(merged, {
      rapport: report({ onbekendeCodes: [{ code: '02/02Z99', regio: 'nl', aantal: 1 }] }),
      toewijzingen: [allocation('b', 'venray', 'in orde')],
    });
    expect(merged.berichten).toBe(2);
    expect(merged.toewijzingen.map((a) => a.id)).toEqual(['a', 'b']);
    expect(merged.onbekendeCodes).toEqual([{ code: '02/02Z99', regio: 'nl', aantal: 3 }]);
  });

  it('filters on verdict, municipality and free text over finding codes', () => {
    const list = [
      allocation('a', 'venlo', 'fout', ['HOE_BIJ_AANBIEDER']),
      allocation('b', 'venray', 'in orde'),
      allocation('c', 'venlo', 'fout', ['INDICATIE_ONBEPAALDE_TIJD']),
    ];
    expect(filterAllocations(list, { tekst: '', oordeel: 'fout', gemeente: '' }).map((a) => a.id)).toEqual(['a', 'c']);
    expect(filterAllocations(list, { tekst: 'onbepaalde', oordeel: '', gemeente: 'venlo' }).map((a) => a.id)).toEqual(['c']);
    expect(filterAllocations(list, { tekst: '', oordeel: '', gemeente: 'venray' }).map((a) => a.id)).toEqual(['b']);
  });

  it('batches files under a size limit, an oversized file alone', () => {
    const files = [{ inhoud: 'aaaa' }, { inhoud: 'bb' }, { inhoud: 'cccccccc' }, { inhoud: 'd' }];
    expect(batchFiles(files, 6).map((b) => b.map((f) => f.inhoud).join('+'))).toEqual(['aaaa+bb', 'cccccccc', 'd']);
  });
});
