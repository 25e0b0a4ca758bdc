/** Runs the engine's full rule-set validation (schema + policy checks) on editor text and locates each issue for Monaco. */
import type { Issue } from '../../../../engine/src/model';
import type { Region, SharedRules } from '../../../../engine/src/model';
import { JsonSourceMap } from '../../../../engine/src/json';
import { validateRuleSet } from '../../../../engine/src/validate';

export interface LocatedIssue extends Issue {
  line: number;
  column: number;
}

export interface ValidationContext {
  region?: Region;
  sharedRules: Record<string, SharedRules>;
}

/** Issues of the text as a rule set, each with its 1-based line/column; a JSON syntax error yields none (Monaco reports it). */
export function locateRuleSetIssues(text: string, context: ValidationContext): LocatedIssue[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return [];
  }
  const map = new JsonSourceMap(text);
  return validateRuleSet(document, context).map((issue) => ({ ...issue, ...map.locate(issue.path) }));
}
