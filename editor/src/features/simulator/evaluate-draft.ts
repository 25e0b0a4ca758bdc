/**
 * Runs a case against the editor's unsaved rule-set text with the same engine the server runs
 * (evaluateCaseWith), turning every way it can fail into a Dutch message naming the problem.
 */
import type { Decision } from '../../../../engine/src/model';
import { isSturingError, type Issue } from '../../../../engine/src/model';
import { evaluateCaseWith } from '../../../../engine/src/evaluate';
import type { Region, RuleSetVersion, SharedRules } from '../../../../engine/src/model';
import { validateAgainstSchema } from '../../../../engine/src/model';
import { validateRuleSet } from '../../../../engine/src/validate';
import { parseJsonText } from './parse-json-text';

export interface DraftInput {
  /** The rule-set text in the editor, saved or not. */
  ruleSetText: string;
  caseText: string;
  /** Empty: the case's own `datum`. */
  asOf: string;
  region: Region | undefined;
  sharedRules: Record<string, SharedRules>;
}

/** Where a run failed: in the rule set (the draft) or in the case. */
export type DraftFailure = { ok: false; where: 'regelset' | 'casus'; message: string; issues: Issue[] };
/** A decision, plus the policy-check problems of the draft that did not stop the evaluation. */
export type DraftRun = { ok: true; decision: Decision; ruleSetIssues: Issue[] } | DraftFailure;

/** Engine error codes that point at the case; every other code points at the rule set. */
const CASE_ERRORS = new Set(['CASUS_ONGELDIG', 'INVOER_ONGELDIG', 'GEMEENTE_ONBEKEND']);

const fail = (where: DraftFailure['where'], message: string, issues: Issue[] = []): DraftFailure => ({ ok: false, where, message, issues });

/** Evaluates the case text under the rule-set text; never throws. */
export async function evaluateDraft(input: DraftInput): Promise<DraftRun> {
  const ruleSet = parseJsonText(input.ruleSetText, 'De regelset in de editor');
  if (!ruleSet.ok) return fail('regelset', ruleSet.message);
  const schemaIssues = validateAgainstSchema('ruleset.schema.json', ruleSet.value);
  if (schemaIssues.length > 0) {
    const first = schemaIssues[0];
    return fail('regelset', `De regelset in de editor is ongeldig: ${first.path || '/'} ${first.message}.`, schemaIssues);
  }
  if (!input.region) return fail('regelset', 'De regio van deze regelset is onbekend; de casus kan niet getoetst worden.');
  const caseData = parseJsonText(input.caseText, 'De casus');
  if (!caseData.ok) return fail('casus', caseData.message);
  try {
    const decision = await evaluateCaseWith({
      caseData: caseData.value,
      ruleSet: ruleSet.value as RuleSetVersion,
      sharedRules: input.sharedRules,
      region: input.region,
      asOf: input.asOf || undefined,
    });
    return { ok: true, decision, ruleSetIssues: validateRuleSet(ruleSet.value, { region: input.region, sharedRules: input.sharedRules }) };
  } catch (e) {
    if (isSturingError(e)) return fail(CASE_ERRORS.has(e.code) ? 'casus' : 'regelset', e.message, e.issues);
    return fail('regelset', `De regels van de regelset konden niet worden uitgevoerd: ${e instanceof Error ? e.message : String(e)}`);
  }
}
