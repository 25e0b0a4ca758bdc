/** What one evaluation is given once region, version and shared rules are resolved: the input of both paths. */
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';

export interface EvaluationInput {
  caseData: unknown;
  ruleSet: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  /** Defaults to the case's `datum`. */
  asOf?: string;
}

export interface ProviderEvaluationInput {
  providerData: unknown;
  ruleSet: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  /** Defaults to the data's `datum`. */
  asOf?: string;
}

/**
 * Which engine evaluates: the compiled evaluator (default), or `referentie` —
 * json-rules-engine, the reference semantics, for an audit of an answer.
 */
export type EngineChoice = 'gecompileerd' | 'referentie';
