/** JSON Schemas of every request body: unknown fields are rejected, fields are named in errors. */

const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const rulesetId = { type: 'string', pattern: '^[a-z0-9-]+/[a-z-]+/[A-Za-z0-9-]+$' };

/** Largest generated population for POST /api/impact (the generator runs in a worker thread). */
export const MAX_IMPACT_POPULATION = 50_000;

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
      terugwerkendeKracht: {
        type: 'object',
        description: 'Alleen de vaststeller: publiceren met een ingangsdatum vóór de publicatiedatum, met de reden (komt in de audittrail).',
        additionalProperties: false,
        required: ['reden'],
        properties: { reden: { type: 'string', minLength: 10, maxLength: 2000 } },
      },
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
      kennisdatum: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z)?$',
        description: 'Evalueer met de versies zoals ze op deze datum (of dit UTC-tijdstip) bekend waren; standaard alle gepubliceerde versies.',
      },
      version: { type: 'integer', minimum: 1 },
      ruleset: { type: 'string', pattern: '^[a-z0-9-]+/[a-z-]+/[A-Za-z0-9-]+$' },
      uitleg: {
        type: 'boolean',
        description: 'Bij case en cases: false gebruikt de gecompileerde evaluator (bevindingen zonder uitleg, veel sneller); standaard true.',
      },
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
      ruleset: rulesetId,
      version: { type: 'integer', minimum: 1 },
      draftId: { type: 'string', minLength: 1, maxLength: 100 },
    },
  },
  /** Exactly one of to/draftId and one of cases/population/suites: checked by the route, so the error names the fields. */
  impact: {
    type: 'object',
    description: 'Precies één van to en draftId, en precies één van cases, population en suites.',
    additionalProperties: false,
    required: ['ruleset', 'from'],
    properties: {
      ruleset: rulesetId,
      from: { type: 'integer', minimum: 1 },
      to: { type: 'integer', minimum: 1 },
      draftId: { type: 'string', minLength: 1, maxLength: 100 },
      cases: { type: 'array', minItems: 1, maxItems: 10000, items: { type: 'object' } },
      population: {
        type: 'object',
        additionalProperties: false,
        required: ['year', 'seed', 'count'],
        properties: {
          year: { type: 'integer', minimum: 2000, maximum: 2100 },
          seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
          count: { type: 'integer', minimum: 1, maximum: MAX_IMPACT_POPULATION },
          errorRate: { type: 'number', minimum: 0, maximum: 1 },
        },
      },
      suites: { const: true },
      gemeente: { type: 'string', pattern: '^[a-z0-9-]+$' },
      examples: { type: 'integer', minimum: 0, maximum: 10 },
    },
  },
  suiteReview: {
    type: 'object',
    additionalProperties: false,
    required: ['oordeel', 'toelichting', 'draftId'],
    properties: {
      oordeel: { enum: ['beoogd', 'regressie'] },
      toelichting: { type: 'string', minLength: 3, maxLength: 2000 },
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
      expiresAt: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$',
        description: 'Optioneel: tot wanneer het token geldig is (ISO 8601 met tijdzone), in de toekomst.',
      },
    },
  },
} as const;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
