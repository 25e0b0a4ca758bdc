/** Validates a funding model's input against its JSON Schema (ajv, strict), with Dutch issues located by JSON pointer. */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Issue } from '../model/errors';
import { toIssues } from '../model/schemas';
import type { JsonSchema } from './funding-model';

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function getValidator(schema: JsonSchema): ValidateFunction {
  let validate = validators.get(schema.$id);
  if (!validate) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }), ['date']);
    validate = ajv.compile(schema);
    validators.set(schema.$id, validate);
  }
  return validate;
}

/** Issues for `input` against the model's schema; empty when valid. */
export function validateFundingInput(schema: JsonSchema, input: unknown): Issue[] {
  const validate = getValidator(schema);
  if (validate(input)) return [];
  return fundingIssues(validate.errors ?? []);
}

/** The engine's Dutch issues, with clearer words for amounts and strict lower bounds. */
function fundingIssues(errors: readonly ErrorObject[]): Issue[] {
  return toIssues(errors).map((issue) => {
    const error = errors.find((e) => e.instancePath === issue.path && (e.keyword === 'pattern' || e.keyword === 'exclusiveMinimum'));
    if (!error) return issue;
    if (error.keyword === 'pattern' && issue.code === 'FORMAAT_ONGELDIG')
      return { ...issue, message: 'geen geldig bedrag: gebruik een niet-negatief getal of tekst als "1500.00" (punt als decimaalteken)' };
    if (error.keyword === 'exclusiveMinimum' && issue.code === 'TE_KLEIN')
      return { ...issue, message: `moet groter dan ${String((error.params as { limit: unknown }).limit)} zijn` };
    return issue;
  });
}
