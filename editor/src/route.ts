/**
 * Hash routes (the server serves only index.html at /):
 * #/ home, #/regels/<region>/<domain>/<segment>[/<tab>], #/toegangscheck, #/bekostiging, #/resultaten, #/berichten.
 */
export const RULESET_TABS = ['bewerken', 'proberen', 'vergelijken', 'regressie', 'impact', 'analyse', 'geschiedenis'] as const;
export type RulesetTab = (typeof RULESET_TABS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'ruleset'; rulesetId: string; tab: RulesetTab }
  | { name: 'access-check' }
  | { name: 'funding' }
  | { name: 'outcomes' }
  | { name: 'messages' };

function isRulesetTab(value: string | undefined): value is RulesetTab {
  return (RULESET_TABS as readonly string[]).includes(value ?? '');
}

export function parseRoute(hash: string): Route {
  const ruleset = /^#\/regels\/([^/]+\/[^/]+\/[^/?#]+)(?:\/([^/?#]+))?/.exec(hash);
  if (ruleset) return { name: 'ruleset', rulesetId: decodeURIComponent(ruleset[1]), tab: isRulesetTab(ruleset[2]) ? ruleset[2] : 'bewerken' };
  if (/^#\/toegangscheck\b/.test(hash)) return { name: 'access-check' };
  if (/^#\/bekostiging\b/.test(hash)) return { name: 'funding' };
  if (/^#\/resultaten\b/.test(hash)) return { name: 'outcomes' };
  if (/^#\/berichten\b/.test(hash)) return { name: 'messages' };
  return { name: 'home' };
}

export function rulesetHref(rulesetId: string, tab: RulesetTab = 'bewerken'): string {
  return tab === 'bewerken' ? `#/regels/${rulesetId}` : `#/regels/${rulesetId}/${tab}`;
}
