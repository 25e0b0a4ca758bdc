import { describe, expect, it } from 'vitest';
import { overrideKeySuggestions } from './override-completion';

const gemeenten = [
  { id: 'venlo', naam: 'Venlo' },
  { id: 'horst-aan-de-maas', naam: 'Horst aan de Maas' },
  { id: 'beesel', naam: 'Beesel' },
];

describe('overrideKeySuggestions', () => {
  it('offers the region’s municipalities without an override at a key inside overrides', () => {
    const text = '{"policy": {}, "overrides": {"venlo": {"policy": {}}, "" }}';
    const offset = text.indexOf('""') + 1;
    expect(overrideKeySuggestions(text, offset, gemeenten).map((g) => g.id)).toEqual(['horst-aan-de-maas', 'beesel']);
  });
  it('offers nothing elsewhere: a value, a key at the top, a key deeper inside an override', () => {
    const text = '{"title": "", "overrides": {"venlo": {"": 1}}}';
    expect(overrideKeySuggestions(text, text.indexOf('""') + 1, gemeenten)).toEqual([]);
    expect(overrideKeySuggestions(text, 2, gemeenten)).toEqual([]);
    expect(overrideKeySuggestions(text, text.lastIndexOf('""') + 1, gemeenten)).toEqual([]);
  });
});
