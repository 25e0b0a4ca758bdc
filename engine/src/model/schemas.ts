/** The JSON Schemas (engine/schemas, the single source) compiled once with ajv, with Dutch error messages. */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import caseSchema from '../../schemas/case.schema.json';
import providersSchema from '../../schemas/providers.schema.json';
import regionSchema from '../../schemas/region.schema.json';
import resultatenSchema from '../../schemas/resultaten.schema.json';
import suiteSchema from '../../schemas/regression-suite.schema.json';
import rulesetSchema from '../../schemas/ruleset.schema.json';
import sharedRulesSchema from '../../schemas/shared-rules.schema.json';
import type { Issue } from './errors';

/** Every schema by its file name, for the editor and for path checks. */
export const SCHEMAS = {
  'ruleset.schema.json': rulesetSchema,
  'case.schema.json': caseSchema,
  'region.schema.json': regionSchema,
  'shared-rules.schema.json': sharedRulesSchema,
  'regression-suite.schema.json': suiteSchema,
  'providers.schema.json': providersSchema,
  'resultaten.schema.json': resultatenSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

function getAjv(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv, ['date']);
    for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  }
  return ajv;
}

function getValidator(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = getAjv().getSchema(SCHEMAS[name].$id);
    if (!validate) throw new Error(`Schema ${name} ontbreekt`);
    validators.set(name, validate);
  }
  return validate;
}

/** Validates `value` against a schema; returns Dutch issues located by JSON pointer (empty when valid). */
export function validateAgainstSchema(name: SchemaName, value: unknown): Issue[] {
  const validate = getValidator(name);
  if (validate(value)) return [];
  return toIssues(validate.errors ?? []);
}

/** Keywords that only report that a branch failed; the branch's own errors say more. */
const BRANCH_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'then', 'else']);

/** Turns ajv errors into one Dutch issue per field, dropping branch noise. */
export function toIssues(errors: readonly ErrorObject[]): Issue[] {
  const specific = errors.filter((e) => !BRANCH_KEYWORDS.has(e.keyword));
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of chosen) {
    const issue = toIssue(error);
    const key = issue.path + '|' + issue.message;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject): Issue {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { path: `${at}/${String(p.missingProperty)}`, code: 'VERPLICHT_VELD', message: `verplicht veld "${String(p.missingProperty)}" ontbreekt` };
    case 'additionalProperties':
      return { path: `${at}/${String(p.additionalProperty)}`, code: 'ONBEKEND_VELD', message: `onbekend veld "${String(p.additionalProperty)}"` };
    case 'enum':
      return {
        path: at,
        code: 'WAARDE_ONGELDIG',
        message: `ongeldige waarde; toegestaan: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { path: at, code: 'WAARDE_ONGELDIG', message: `waarde moet ${JSON.stringify(p.allowedValue)} zijn` };
    case 'type':
      return { path: at, code: 'TYPE_ONGELDIG', message: `verwacht ${dutchType(String(p.type))}` };
    case 'pattern':
      return { path: at, code: 'FORMAAT_ONGELDIG', message: `ongeldig formaat (verwacht patroon ${String(p.pattern)})` };
    case 'format':
      return { path: at, code: 'FORMAAT_ONGELDIG', message: p.format === 'date' ? 'geen geldige datum (JJJJ-MM-DD)' : `ongeldig formaat ${String(p.format)}` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path: at, code: 'TE_KLEIN', message: `moet minstens ${String(p.limit)} zijn` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { path: at, code: 'TE_GROOT', message: `mag hoogstens ${String(p.limit)} zijn` };
    case 'minItems':
      return { path: at, code: 'TE_WEINIG', message: `moet minstens ${String(p.limit)} element(en) bevatten` };
    case 'maxProperties':
      return { path: at, code: 'TE_VEEL', message: `mag hoogstens ${String(p.limit)} veld(en) bevatten` };
    case 'minProperties':
      return { path: at, code: 'TE_WEINIG', message: `moet minstens ${String(p.limit)} veld(en) bevatten` };
    case 'minLength':
      return { path: at, code: 'TE_KORT', message: p.limit === 1 ? 'mag niet leeg zijn' : `moet minstens ${String(p.limit)} tekens bevatten` };
    case 'uniqueItems':
      return { path: at, code: 'DUBBEL', message: 'bevat dubbele waarden' };
    case 'anyOf':
      return { path: at, code: 'STRUCTUUR_ONGELDIG', message: 'voldoet aan geen van de toegestane vormen' };
    default:
      return { path: at, code: 'ONGELDIG', message: error.message ?? 'ongeldig' };
  }
}

function dutchType(type: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'getal',
    integer: 'geheel getal',
    boolean: 'true of false',
    object: 'object',
    array: 'lijst',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' of ');
}
