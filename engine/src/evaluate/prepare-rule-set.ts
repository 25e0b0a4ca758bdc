/**
 * A rule-set version made ready to run for one subject (a case, or provider
 * data): shared rules included, templates expanded, rules of the other
 * subject left out, content hashed. Cached per document object; the
 * content-keyed cache of prepared and compiled rule sets is prepared-cache.ts.
 */
import { contentHash } from '../json/content-hash';
import { SturingError } from '../model/errors';
import { expandRules, type ExpandedRule } from '../rules/expand-rules';
import type { RuleSetVersion, RuleSubject, SharedRules } from '../model/rule-set';
import { ruleSubject } from '../facts/rule-subjects';

export interface PreparedRuleSet {
  ruleSet: RuleSetVersion;
  subject: RuleSubject;
  /** Shared rules first, then the segment's own, all expanded; only those of `subject`. */
  rules: ExpandedRule[];
  contentHash: string;
  sharedRules: { id: string; version: number; contentHash: string }[];
}

const hashes = new WeakMap<object, string>();

/**
 * Records the content hash of a document whose hash is already known (a store keeps it beside the document), so
 * preparing and cache lookups do not hash it again. The caller vouches that `hash` is contentHash(document).
 */
export function rememberContentHash(document: object, hash: string): void {
  hashes.set(document, hash);
}

/** The content hash of a document, computed once per object. */
export function contentHashOf(document: object): string {
  let hash = hashes.get(document);
  if (hash === undefined) hashes.set(document, (hash = contentHash(document)));
  return hash;
}

/** The shared libraries a rule set names, in its order; GEDEELDE_REGELS_ONBEKEND when one is not there. */
export function librariesOf(ruleSet: RuleSetVersion, sharedRules: Record<string, SharedRules>): SharedRules[] {
  return (ruleSet.sharedRules ?? []).map((name) => {
    const library = Object.prototype.hasOwnProperty.call(sharedRules, name) ? sharedRules[name] : undefined;
    if (!library) {
      throw new SturingError('GEDEELDE_REGELS_ONBEKEND', `Regelset ${ruleSet.id} gebruikt gedeelde regels "${name}", die niet bestaan.`, [
        { path: '/sharedRules', message: `onbekend: ${name}` },
      ]);
    }
    return library;
  });
}

/** Builds the preparation of a rule set for one subject (no caching). */
export function buildPreparedRuleSet(ruleSet: RuleSetVersion, libraries: readonly SharedRules[], subject: RuleSubject): PreparedRuleSet {
  return {
    ruleSet,
    subject,
    rules: [
      ...libraries.flatMap((l) => expandRules(l.rules, `shared:${l.id}`, `${l.id}/`).filter((e) => ruleSubject(e.rule, l) === subject)),
      ...expandRules(ruleSet.rules, 'rules').filter((e) => ruleSubject(e.rule) === subject),
    ],
    contentHash: contentHashOf(ruleSet),
    sharedRules: libraries.map((l) => ({ id: l.id, version: l.version, contentHash: contentHashOf(l) })),
  };
}

const cache = new WeakMap<RuleSetVersion, Map<string, PreparedRuleSet>>();

/** Prepares (or returns the cached preparation of) a rule set with the shared libraries it names, for one subject (default `casus`). */
export function prepareRuleSet(ruleSet: RuleSetVersion, sharedRules: Record<string, SharedRules>, subject: RuleSubject = 'casus'): PreparedRuleSet {
  const libraries = librariesOf(ruleSet, sharedRules);
  const key = `${subject}:${libraries.map((l) => `${l.id}@${l.version}`).join(',')}`;
  let byLibraries = cache.get(ruleSet);
  const cached = byLibraries?.get(key);
  if (cached) return cached;
  const prepared = buildPreparedRuleSet(ruleSet, libraries, subject);
  if (!byLibraries) cache.set(ruleSet, (byLibraries = new Map()));
  byLibraries.set(key, prepared);
  return prepared;
}
