import { describe, expect, it } from 'vitest';
import s1b from '../../../../rules/noord-limburg/wmo/S1b/v1.json';
import type { Override } from './policy-document';
import { variantInWords } from './variant-words';

const venlo = s1b.overrides.venlo as unknown as Override;

describe('variantInWords', () => {
  it('reads a variant in words per changed value', () => {
    const words = variantInWords('Venlo', venlo, s1b.policy, 2);
    expect(words).toContain('Venlo: plekken in plaats van trajecten (perceel regionaal)');
    expect(words.join('\n')).not.toContain('/policy/');
  });

  it('says nothing of an entry that equals the region’s value, or removes what the region does not have', () => {
    const regional = structuredClone(s1b.policy) as Record<string, unknown> & typeof s1b.policy;
    const bekostiging = regional.percelen.regionaal.bekostiging as Record<string, unknown>;
    // The region adopts Venlo's conversion to plekken and drops its ceiling meaning.
    bekostiging.omzettingNaarPlekken = true;
    delete bekostiging.plafondBetekenis;
    const words = variantInWords('Venlo', venlo, regional, 2);
    expect(words.some((w) => w.includes('omzetting'))).toBe(false);
    expect(words.some((w) => w.includes('plafond betekenis'))).toBe(false);
    expect(words).toContain('Venlo: plekken in plaats van trajecten (perceel regionaal)');
    expect(variantInWords('Venlo', venlo, s1b.policy, 2).some((w) => w.includes('plafond betekenis'))).toBe(true);
  });
});
