/** The outcome of a compiled evaluation: a decision without explanations. */
import type { Finding, MissingFact } from '../../model/decision';

/** A finding of the compiled path: a reference finding without its explanation. */
export type FastFinding = Omit<Finding, 'explanation'>;

/** The outcome of a compiled evaluation. */
export interface FastDecision {
  rulesetId: string;
  version: number;
  gemeente: string;
  perceel: string;
  findings: FastFinding[];
  undecidedRules: { ruleId: string; code: string }[];
  missing: MissingFact[];
}
