/** The shape every funding model shares: id, Dutch one-line description, input schema and calculation. */

/** A model's result: its outputs (field names as in the issue) plus the Dutch breakdown of the steps. */
export interface FundingResult {
  /** Short Dutch steps with the numbers, so a policy officer can check the sum by hand. */
  breakdown: string[];
  [output: string]: unknown;
}

/** A JSON Schema object (engine/schemas/funding/<model>.schema.json). */
export type JsonSchema = { $id: string; properties: Record<string, object> } & Record<string, unknown>;

/** One funding model in the registry. */
export interface FundingModel {
  /** The model's id, also its file names: pxq, traject-jaargrens, … */
  id: string;
  /** One Dutch line for `sturing calc --list`. */
  beschrijving: string;
  schema: JsonSchema;
  /** Calculates from an input that is valid against `schema` (use calculateFunding for unchecked input). */
  calculate(input: unknown): FundingResult;
}

/** The defaults a schema declares for its top-level properties: the single source for [aanname] parameters. */
export function schemaDefaults<T extends Record<string, unknown>>(schema: { properties: Record<string, object> }): T {
  const defaults: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties)) if ('default' in property) defaults[key] = property.default;
  return defaults as T;
}
