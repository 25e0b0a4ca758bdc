/** calculateFunding: looks up a model, validates the input against its schema, and calculates. */
import { SturingError } from '../model/errors';
import type { FundingResult } from './funding-model';
import { FUNDING_MODELS, findFundingModel } from './registry';
import { validateFundingInput } from './validate-funding-input';

/**
 * Calculates funding model `model` for `input` (a parsed JSON value).
 * Throws SturingError MODEL_ONBEKEND for an unknown model and INVOER_ONGELDIG (issues naming the field by JSON pointer) for invalid input.
 */
export function calculateFunding(model: string, input: unknown): FundingResult {
  const definition = findFundingModel(model);
  if (!definition)
    throw new SturingError('MODEL_ONBEKEND', `onbekend bekostigingsmodel "${model}"; bekend zijn: ${FUNDING_MODELS.map((m) => m.id).join(', ')}`);
  const issues = validateFundingInput(definition.schema, input);
  if (issues.length > 0) throw new SturingError('INVOER_ONGELDIG', `ongeldige invoer voor bekostigingsmodel ${model}`, issues);
  return definition.calculate(input);
}
