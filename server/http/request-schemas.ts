/** JSON Schemas of every request body: unknown fields are rejected, fields are named in errors. */

const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export const REQUEST_SCHEMAS = {
  createDraft: {
    type: 'object',
    additionalProperties: false,
    properties: { fromVersion: { type: 'integer', minimum: 1 } },
  },
  saveDraft: {
    type: 'object',
    additionalProperties: false,
    required: ['document'],
    properties: { document: { type: 'object' } },
  },
  publish: {
    type: 'object',
    additionalProperties: false,
    required: ['effectiveFrom', 'changeNote'],
    properties: {
      effectiveFrom: date,
      effectiveTo: { oneOf: [date, { type: 'null' }] },
      changeNote: { type: 'string', minLength: 3, maxLength: 2000 },
    },
  },
  evaluate: {
    type: 'object',
    additionalProperties: false,
    properties: {
      case: { type: 'object' },
      providers: { type: 'object' },
      cases: { type: 'array', minItems: 1, maxItems: 10000, items: { type: 'object' } },
      asOf: date,
      version: { type: 'integer', minimum: 1 },
      ruleset: { type: 'string', pattern: '^[a-z0-9-]+/[a-z-]+/[A-Za-z0-9-]+$' },
    },
    oneOf: [
      { type: 'object', required: ['case'] },
      { type: 'object', required: ['providers'] },
      { type: 'object', required: ['cases'] },
    ],
  },
  testRun: {
    type: 'object',
    additionalProperties: false,
    required: ['ruleset'],
    properties: {
      ruleset: { type: 'string', pattern: '^[a-z0-9-]+/[a-z-]+/[A-Za-z0-9-]+$' },
      version: { type: 'integer', minimum: 1 },
      draftId: { type: 'string', minLength: 1, maxLength: 100 },
    },
  },
  createToken: {
    type: 'object',
    additionalProperties: false,
    required: ['role', 'name'],
    properties: {
      role: { enum: ['lezer', 'beleidsmedewerker', 'vaststeller', 'tester', 'beheerder'] },
      name: { type: 'string', minLength: 1, maxLength: 100 },
    },
  },
} as const;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
