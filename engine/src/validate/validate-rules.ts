/**
 * Semantic checks on rules that a schema cannot express: known facts,
 * operators and finding codes, paths that exist in the fact's schema,
 * fact references in values, and policy-choice pointers.
 */
import type { Issue } from '../model/errors';
import { expandRules } from '../rules/expand-rules';
import { parseFactPath, isValidFactPath } from '../rules/fact-path';
import { findFindingCode } from '../model/finding-codes';
import { parsePointer } from '../json/json-pointer';
import { findOperator } from '../rules/operators';
import type { ConditionJson, RuleJson, RuleSubject } from '../model/rule-set';
import { findSubjectFact, ruleSubject } from '../facts/rule-subjects';
import { schemaAllowsPath } from './schema-path';

const SUBJECT_LABEL: Record<RuleSubject, string> = { casus: 'casusregels', aanbieders: 'aanbiedersregels' };

function checkFactReference(fact: unknown, path: unknown, at: string, issues: Issue[], subject: RuleSubject): void {
  if (typeof fact !== 'string') return;
  const definition = findSubjectFact(subject, fact);
  if (!definition) {
    const other = (['casus', 'aanbieders'] as const).find((s) => s !== subject && findSubjectFact(s, fact));
    issues.push({
      path: `${at}/fact`,
      code: 'FEIT_ONBEKEND',
      message: other
        ? `feit "${fact}" bestaat alleen voor ${SUBJECT_LABEL[other]}; deze regel toetst onderwerp "${subject}" (zet "subject": "${other}" op de regel of bibliotheek)`
        : `onbekend feit "${fact}"`,
    });
    return;
  }
  if (path === undefined) return;
  if (typeof path !== 'string' || !isValidFactPath(path)) {
    issues.push({ path: `${at}/path`, code: 'PAD_ONGELDIG', message: `ongeldig pad ${JSON.stringify(path)} (gebruik $.a.b of /a/b)` });
    return;
  }
  if (/\{[a-zA-Z]+\}/.test(path)) {
    issues.push({ path: `${at}/path`, code: 'PAD_ONGELDIG', message: `pad bevat een onvervangen sjabloonnaam: ${path}` });
    return;
  }
  if (definition.scalar) {
    issues.push({ path: `${at}/path`, code: 'PAD_ONGELDIG', message: `feit "${fact}" is een enkele waarde en heeft geen pad` });
    return;
  }
  if (definition.schema && !schemaAllowsPath(definition.schema, parseFactPath(path))) {
    issues.push({ path: `${at}/path`, code: 'PAD_ONBEKEND', message: `pad ${path} bestaat niet in feit "${fact}"` });
  }
}

function checkCondition(condition: ConditionJson, at: string, issues: Issue[], subject: RuleSubject): void {
  if (condition.all) condition.all.forEach((c, i) => checkCondition(c, `${at}/all/${i}`, issues, subject));
  else if (condition.any) condition.any.forEach((c, i) => checkCondition(c, `${at}/any/${i}`, issues, subject));
  else if (condition.not) checkCondition(condition.not, `${at}/not`, issues, subject);
  else {
    checkFactReference(condition.fact, condition.path, at, issues, subject);
    if (typeof condition.operator === 'string' && !findOperator(condition.operator)) {
      issues.push({ path: `${at}/operator`, code: 'OPERATOR_ONBEKEND', message: `onbekende operator "${condition.operator}"` });
    }
    const value = condition.value;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
      const ref = value as { fact: unknown; path?: unknown };
      checkFactReference(ref.fact, ref.path, `${at}/value`, issues, subject);
    }
  }
}

/**
 * Checks rules (after template expansion). `base` is the JSON pointer of the
 * rule list in its document; issues point at the written rule. Facts are
 * checked against each rule's subject (its own, else `librarySubject`, else casus).
 */
export function validateRules(rules: readonly RuleJson[], base: string, origin: string, librarySubject?: RuleSubject): Issue[] {
  const issues: Issue[] = [];
  const seenIds = new Map<string, number>();
  for (const { rule, index } of expandRules(rules, origin)) {
    const at = `${base}/${index}`;
    const previous = seenIds.get(rule.id);
    if (previous !== undefined && previous !== index) {
      issues.push({ path: `${at}/id`, code: 'DUBBELE_REGEL', message: `regel-id "${rule.id}" komt vaker voor` });
    }
    seenIds.set(rule.id, index);
    if (rule.conditions) checkCondition(rule.conditions, `${at}/conditions`, issues, ruleSubject(rule, { subject: librarySubject }));
    const event = rule.event;
    if (event?.type) {
      const registered = findFindingCode(event.type);
      if (!registered) {
        issues.push({ path: `${at}/event/type`, code: 'CODE_ONBEKEND', message: `onbekende bevindingscode "${event.type}"` });
      } else if (event.params?.severity && event.params.severity !== registered.severity) {
        issues.push({
          path: `${at}/event/params/severity`,
          code: 'ERNST_AFWIJKEND',
          message: `${event.type} heeft ernst "${registered.severity}", niet "${event.params.severity}"`,
        });
      }
    }
    // "{{fact.path}}" in a message is filled from the facts at evaluation: the fact and path must exist.
    for (const match of String(event?.params?.message ?? '').matchAll(/\{\{([a-zA-Z]+)((?:\.[A-Za-z0-9-]+)*)\}\}/g)) {
      checkFactReference(match[1], match[2] ? `$${match[2]}` : undefined, `${at}/event/params/message`, issues, ruleSubject(rule, { subject: librarySubject }));
    }
    const pointer = event?.params?.policyChoice;
    if (typeof pointer === 'string') {
      let tokens: string[] | undefined;
      try {
        tokens = parsePointer(pointer.replace('{perceel}', 'regionaal'));
      } catch {
        tokens = undefined;
      }
      if (!tokens || !schemaAllowsPath({ file: 'ruleset.schema.json', pointer: '/$defs/beleid' }, tokens)) {
        issues.push({ path: `${at}/event/params/policyChoice`, code: 'BELEIDSKEUZE_ONBEKEND', message: `beleidskeuze ${pointer} bestaat niet in het beleid` });
      }
    }
  }
  // Issues of expanded copies of one template repeat each other.
  const unique = new Map(issues.map((i) => [`${i.path}|${i.message}`, i]));
  return [...unique.values()];
}
