import { describe, expect, it } from 'vitest';
import { compareHref, parseSide, sidesFromHash } from './compare-choice';

describe('compare choice', () => {
  it('round-trips the sides through a link to the Vergelijken tab', () => {
    const href = compareHref('noord-limburg/wmo/S1b', { kind: 'versie', version: 1 }, { kind: 'concept' });
    expect(href).toBe('#/regels/noord-limburg/wmo/S1b/vergelijken?van=v1&naar=concept');
    expect(sidesFromHash(href)).toEqual({ from: { kind: 'versie', version: 1 }, to: { kind: 'concept' } });
  });

  it('ignores links without two valid sides', () => {
    expect(sidesFromHash('#/regels/a/b/c/vergelijken?van=v1')).toBeUndefined();
    expect(parseSide('versie-2')).toBeUndefined();
    expect(parseSide('v12')).toEqual({ kind: 'versie', version: 12 });
  });
});
