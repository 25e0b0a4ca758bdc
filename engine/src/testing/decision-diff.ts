/**
 * Compares two decisions as the differential test needs: findings (code,
 * rule, and the explanation tree condition by condition), undecided rules and
 * missing facts — or the whole decision. Values compare as JSON would carry
 * them (a key holding undefined equals an absent key). Returns the
 * differences as readable lines, empty when the decisions agree.
 */
import type { Decision, Explanation } from '../model/decision';

/** The parts of a decision both paths must agree on. */
export interface ComparableDecision {
  findings: readonly { code: string; ruleId: string; explanation?: Explanation }[];
  undecidedRules: readonly { ruleId: string; code: string }[];
  missing: Decision['missing'];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Pushes onto `out` every place where `a` and `b` differ, as "path: a ≠ b". */
export function jsonDifferences(a: unknown, b: unknown, path: string, out: string[], limit = 20): void {
  if (out.length >= limit) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: lengte ${a.length} ≠ ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) jsonDifferences(a[i], b[i], `${path}[${i}]`, out, limit);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (a[key] === undefined && b[key] === undefined) continue;
      jsonDifferences(a[key], b[key], `${path}.${key}`, out, limit);
    }
    return;
  }
  if (!Object.is(a, b)) out.push(`${path}: ${JSON.stringify(a) ?? 'undefined'} ≠ ${JSON.stringify(b) ?? 'undefined'}`);
}

/** The differences between a reference decision and a candidate, on findings (with explanations), undecided rules and missing facts. */
export function decisionDifferences(reference: ComparableDecision, candidate: ComparableDecision, options: { explanations?: boolean } = {}): string[] {
  const out: string[] = [];
  const explanations = options.explanations !== false;
  const findingsOf = (d: ComparableDecision) =>
    d.findings.map((f) => ({ ruleId: f.ruleId, code: f.code, ...(explanations ? { explanation: f.explanation } : {}) }));
  jsonDifferences(findingsOf(reference), findingsOf(candidate), 'findings', out);
  jsonDifferences(reference.undecidedRules, candidate.undecidedRules, 'undecidedRules', out);
  jsonDifferences(reference.missing, candidate.missing, 'missing', out);
  return out;
}

/** The differences between two whole decisions (receipt, findings with every field, summary, input). */
export function fullDecisionDifferences(reference: Decision, candidate: Decision): string[] {
  const out: string[] = [];
  jsonDifferences(reference, candidate, 'decision', out);
  return out;
}
