/** Hash routes (the server serves only index.html at /): #/ home, #/regels/<region>/<domain>/<segment>. */
export type Route = { name: 'home' } | { name: 'ruleset'; rulesetId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/regels\/([^/]+\/[^/]+\/[^/?#]+)/.exec(hash);
  if (match) return { name: 'ruleset', rulesetId: decodeURIComponent(match[1]) };
  return { name: 'home' };
}

export function rulesetHref(rulesetId: string): string {
  return `#/regels/${rulesetId}`;
}
