/**
 * The cache of prepared and compiled rule sets, keyed by content: the rule
 * set version's content hash, the shared libraries' hashes and the subject;
 * inside an entry the policy contexts per municipality and perceel. Two
 * copies of one document (read twice from a store) share one entry, so a
 * server that owns a cache prepares and compiles each version once. Bounded
 * (least recently used entries go first); `clear()` after a publish is never
 * needed for correctness (a new version has a new hash) but frees memory.
 */
import type { RuleSetVersion, RuleSubject, SharedRules } from '../model/rule-set';
import { findFact } from '../facts/facts';
import { findSubjectFact } from '../facts/rule-subjects';
import { buildPreparedRuleSet, contentHashOf, librariesOf, type PreparedRuleSet } from './prepare-rule-set';
import { compileRules, type CompiledRule, type FactLookup } from './compile/compile-rules';
import { compileTrace, type TracedCondition } from './compile/compile-trace';
import { createPolicyContext, type PolicyContext } from './compile/policy-context';

/** A prepared rule set with what the compiled evaluator built for it. */
export interface CompiledRuleSet {
  prepared: PreparedRuleSet;
  /** The outcome-only compiled rules (index = rule index in `prepared.rules`). */
  rules: CompiledRule[];
  /** The index of a rule by id. */
  indexOfRule(ruleId: string): number;
  /** The tracer of each rule, built on first use. */
  tracer(index: number): TracedCondition;
  /** The policy context of a municipality and perceel (generated code or closures), built on first use. */
  context(gemeente: unknown, perceel: string, generateCode: boolean): PolicyContext;
}

function lookupFor(subject: RuleSubject): FactLookup {
  return subject === 'casus' ? findFact : (name) => findSubjectFact(subject, name);
}

function compiledRuleSet(prepared: PreparedRuleSet): CompiledRuleSet {
  const lookup = lookupFor(prepared.subject);
  let rules: CompiledRule[] | undefined;
  const tracers: TracedCondition[] = [];
  let indexes: Map<string, number> | undefined;
  const contexts = [new Map<unknown, Map<string, PolicyContext>>(), new Map<unknown, Map<string, PolicyContext>>()];
  const entry: CompiledRuleSet = {
    prepared,
    get rules() {
      return (rules ??= compileRules(prepared, lookup));
    },
    indexOfRule: (ruleId) => (indexes ??= new Map(prepared.rules.map((r, i) => [r.rule.id, i]))).get(ruleId) ?? -1,
    tracer: (index) => (tracers[index] ??= compileTrace(prepared.rules[index].rule.conditions as never, lookup)),
    context: (gemeente, perceel, generateCode) => {
      const byGemeente = contexts[generateCode ? 1 : 0];
      let byPerceel = byGemeente.get(gemeente);
      if (!byPerceel) byGemeente.set(gemeente, (byPerceel = new Map()));
      let context = byPerceel.get(perceel);
      if (!context) byPerceel.set(perceel, (context = createPolicyContext(prepared.ruleSet, entry.rules, gemeente, perceel, { generateCode, lookup })));
      return context;
    },
  };
  return entry;
}

export interface PreparedCacheOptions {
  /** How many prepared rule sets (version × libraries × subject) to keep; default 256. */
  maxEntries?: number;
}

export class PreparedCache {
  private readonly entries = new Map<string, CompiledRuleSet>();
  private byObject = new WeakMap<RuleSetVersion, Map<string, { shared: Record<string, SharedRules>; entry: CompiledRuleSet }>>();
  private readonly maxEntries: number;

  constructor(options: PreparedCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 256;
  }

  /** The prepared and compiled rule set for a subject (default `casus`): from the cache when the same content was prepared before. */
  get(ruleSet: RuleSetVersion, sharedRules: Record<string, SharedRules>, subject: RuleSubject = 'casus'): CompiledRuleSet {
    // Fast path: the same objects as last time (a batch, a repository that returns its documents).
    // An entry evicted since stays valid for its objects: same content, same compiled code.
    const seen = this.byObject.get(ruleSet)?.get(subject);
    if (seen && seen.shared === sharedRules) return seen.entry;
    const libraries = librariesOf(ruleSet, sharedRules);
    const key = `${subject}|${contentHashOf(ruleSet)}|${libraries.map((l) => `${l.id}@${l.version}#${contentHashOf(l)}`).join(',')}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, entry);
    } else {
      entry = compiledRuleSet(buildPreparedRuleSet(ruleSet, libraries, subject));
      this.entries.set(key, entry);
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    }
    let bySubject = this.byObject.get(ruleSet);
    if (!bySubject) this.byObject.set(ruleSet, (bySubject = new Map()));
    bySubject.set(subject, { shared: sharedRules, entry });
    return entry;
  }

  /** How many prepared rule sets the cache holds. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything (e.g. after a publish, to free memory). */
  clear(): void {
    this.entries.clear();
    this.byObject = new WeakMap();
  }
}

/** The cache the engine uses when the caller passes none. */
export const defaultPreparedCache = new PreparedCache();
