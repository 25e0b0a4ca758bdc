/** Full validation of a rule-set version: schema, consistency with its region, rules, overrides and policy checks. */
import type { Issue } from '../model/errors';
import { applyOverride } from '../rules/overrides';
import { checkPolicy, clarifyMissingElements } from './policy-checks';
import { parseRuleSetId, type Region, type RuleSetVersion, type SharedRules } from '../model/rule-set';
import { validateAgainstSchema } from '../model/schemas';
import { validateRules } from './validate-rules';

export interface RuleSetContext {
  /** The region the rule set belongs to; undefined when it could not be found. */
  region?: Region;
  /** Shared-rule libraries by id. */
  sharedRules: Record<string, SharedRules>;
}

/** All problems of a rule-set document, located by JSON pointer. Empty when it may be published. */
export function validateRuleSet(document: unknown, context: RuleSetContext): Issue[] {
  const schemaIssues = clarifyMissingElements(validateAgainstSchema('ruleset.schema.json', document));
  if (schemaIssues.length > 0) return schemaIssues;
  const ruleSet = document as RuleSetVersion;
  const issues: Issue[] = [];
  const { region, domain, segment } = parseRuleSetId(ruleSet.id);
  if (ruleSet.policy.domein !== domain) {
    issues.push({ path: '/policy/domein', code: 'ID_INCONSISTENT', message: `domein "${ruleSet.policy.domein}" past niet bij id ${ruleSet.id}` });
  }
  if (ruleSet.policy.segment !== segment) {
    issues.push({ path: '/policy/segment', code: 'ID_INCONSISTENT', message: `segment "${ruleSet.policy.segment}" past niet bij id ${ruleSet.id}` });
  }
  if (ruleSet.effectiveTo && ruleSet.effectiveTo < ruleSet.effectiveFrom) {
    issues.push({ path: '/effectiveTo', code: 'PERIODE_ONGELDIG', message: 'einddatum ligt vóór de ingangsdatum' });
  }
  if (!context.region) {
    issues.push({ path: '/id', code: 'REGIO_ONBEKEND', message: `regio "${region}" heeft geen region.json` });
  }
  (ruleSet.sharedRules ?? []).forEach((name, i) => {
    if (!context.sharedRules[name]) {
      issues.push({
        path: `/sharedRules/${i}`,
        code: 'GEDEELDE_REGELS_ONBEKEND',
        message: `gedeelde regels "${name}" bestaan niet (rules/shared/${name}.json)`,
      });
    }
  });
  issues.push(...validateRules(ruleSet.rules, '/rules', 'rules'));
  const regionalPolicyIssues = checkPolicy(ruleSet.policy, '/policy', undefined, ruleSet.effectiveFrom);
  issues.push(...regionalPolicyIssues);
  // An override inherits the regional policy's problems: report those once, at the regional policy.
  const regionalKeys = new Set(regionalPolicyIssues.map((i) => `${i.code}|${i.path.slice('/policy'.length)}|${i.message}`));
  const municipalities = new Set(context.region?.gemeenten.map((g) => g.id) ?? []);
  for (const gemeente of Object.keys(ruleSet.overrides ?? {})) {
    const at = `/overrides/${gemeente}`;
    if (context.region && !municipalities.has(gemeente)) {
      issues.push({ path: at, code: 'GEMEENTE_ONBEKEND', message: `gemeente "${gemeente}" hoort niet bij regio ${context.region.id}` });
      continue;
    }
    const { policy } = applyOverride(ruleSet, gemeente);
    const patched = clarifyMissingElements(validateAgainstSchema('ruleset.schema.json', { ...ruleSet, overrides: undefined, policy }));
    for (const issue of patched) {
      issues.push({ ...issue, path: issue.path.replace(/^\/policy/, `${at}/policy`), message: `na afwijking van ${gemeente}: ${issue.message}` });
    }
    if (patched.length === 0) {
      for (const issue of checkPolicy(policy, `${at}/policy`, ruleSet.policy, ruleSet.effectiveFrom)) {
        if (regionalKeys.has(`${issue.code}|${issue.path.slice(`${at}/policy`.length)}|${issue.message}`)) continue;
        issues.push({ ...issue, message: `na afwijking van ${gemeente}: ${issue.message}` });
      }
    }
  }
  return issues;
}

/** Validation of a shared-rules library. */
export function validateSharedRules(document: unknown): Issue[] {
  const schemaIssues = validateAgainstSchema('shared-rules.schema.json', document);
  if (schemaIssues.length > 0) return schemaIssues;
  const library = document as SharedRules;
  return validateRules(library.rules, '/rules', `shared:${library.id}`, library.subject);
}

/** Validation of a region file. */
export function validateRegion(document: unknown): Issue[] {
  const issues = validateAgainstSchema('region.schema.json', document);
  if (issues.length > 0) return issues;
  const seen = new Set<string>();
  (document as Region).gemeenten.forEach((g, i) => {
    if (seen.has(g.id)) issues.push({ path: `/gemeenten/${i}/id`, code: 'DUBBEL', message: `gemeente "${g.id}" komt vaker voor` });
    seen.add(g.id);
  });
  const codes = new Set<string>();
  (document as Region).gemeenten.forEach((g, i) => {
    if (g.gemeentecode === undefined) return;
    if (codes.has(g.gemeentecode))
      issues.push({ path: `/gemeenten/${i}/gemeentecode`, code: 'DUBBEL', message: `gemeentecode "${g.gemeentecode}" komt vaker voor` });
    codes.add(g.gemeentecode);
  });
  const agbs = new Set<string>();
  const providerIds = new Set<string>();
  ((document as Region).aanbieders ?? []).forEach((a, i) => {
    if (agbs.has(a.agb)) issues.push({ path: `/aanbieders/${i}/agb`, code: 'DUBBEL', message: `AGB-code "${a.agb}" komt vaker voor` });
    if (providerIds.has(a.id)) issues.push({ path: `/aanbieders/${i}/id`, code: 'DUBBEL', message: `aanbieder-id "${a.id}" komt vaker voor` });
    agbs.add(a.agb);
    providerIds.add(a.id);
  });
  return issues;
}
