import { describe, expect, it } from 'vitest';
import { parseRoute, rulesetHref } from './route';

describe('hash routes', () => {
  it('reads the rule set and its tab, defaulting to the editor', () => {
    expect(parseRoute('#/regels/noord-limburg/wmo/S1b')).toEqual({ name: 'ruleset', rulesetId: 'noord-limburg/wmo/S1b', tab: 'bewerken' });
    expect(parseRoute('#/regels/noord-limburg/wmo/S1b/proberen')).toEqual({ name: 'ruleset', rulesetId: 'noord-limburg/wmo/S1b', tab: 'proberen' });
    expect(parseRoute('#/regels/noord-limburg/wmo/S1b/onbekend')).toEqual({ name: 'ruleset', rulesetId: 'noord-limburg/wmo/S1b', tab: 'bewerken' });
  });

  it('knows the access check and the funding calculator, and falls back to home', () => {
    expect(parseRoute('#/toegangscheck')).toEqual({ name: 'access-check' });
    expect(parseRoute('#/bekostiging')).toEqual({ name: 'funding' });
    expect(parseRoute('#/resultaten')).toEqual({ name: 'outcomes' });
    expect(parseRoute('#/berichten')).toEqual({ name: 'messages' });
    expect(parseRoute('#/iets-anders')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
  });

  it('builds links that parse back to the same route', () => {
    expect(parseRoute(rulesetHref('maastricht-heuvelland/wmo/begeleiding', 'vergelijken'))).toEqual({
      name: 'ruleset',
      rulesetId: 'maastricht-heuvelland/wmo/begeleiding',
      tab: 'vergelijken',
    });
    expect(rulesetHref('noord-limburg/wmo/S1b')).toBe('#/regels/noord-limburg/wmo/S1b');
  });
});
