/**
 * Rule templates: a rule with `forEach: { element: [...] }` is written once
 * and stands for one rule per value, with "{element}" replaced in every
 * string. This keeps the per-element WAT/HOE checks in one place.
 */
import type { RuleJson } from '../model/rule-set';

/** An expanded rule, remembering which written rule (and file position) it came from. */
export interface ExpandedRule {
  rule: RuleJson;
  /** Where the written rule lives: 'rules' of the rule set, or 'shared:<id>'. */
  origin: string;
  /** Index of the written rule in its list. */
  index: number;
}

function substitute(value: unknown, bindings: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => bindings[name] ?? whole);
  if (Array.isArray(value)) return value.map((v) => substitute(v, bindings));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, bindings)]));
  }
  return value;
}

/** Expands the templates of a list of rules; rules without forEach pass through unchanged. Shared libraries prefix their ids ("toegang/"). */
export function expandRules(rules: readonly RuleJson[], origin: string, idPrefix = ''): ExpandedRule[] {
  const out: ExpandedRule[] = [];
  rules.forEach((written, index) => {
    const rule = idPrefix ? { ...written, id: idPrefix + written.id } : written;
    if (!rule.forEach) {
      out.push({ rule, origin, index });
      return;
    }
    const [[name, values]] = Object.entries(rule.forEach);
    for (const value of values) {
      const { forEach: _template, ...body } = rule;
      const expanded = substitute(body, { [name]: value }) as RuleJson;
      out.push({ rule: { ...expanded, id: `${rule.id}/${value}` }, origin, index });
    }
  });
  return out;
}
