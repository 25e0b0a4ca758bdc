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
      engine: {
        const: 'referentie',
        description: 'Voor een audit: de referentie-engine (json-rules-engine) in plaats van de gecompileerde evaluator; altijd met uitleg.',
      },
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
    description: 'Precies één van to en draftId, en precies één van cases, population, suites en berichten.',
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
      berichten: {
        type: 'array',
        minItems: 1,
        maxItems: 200,
        description: '301-berichten als populatie: per bestand naam en inhoud (XML).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['inhoud'],
          properties: { naam: { type: 'string', maxLength: 200 }, inhoud: { type: 'string', minLength: 1 } },
        },
      },
      gemeente: { type: 'string', pattern: '^[a-z0-9-]+$' },
      examples: { type: 'integer', minimum: 0, maximum: 10 },
    },
  },
  /** POST /api/afrekening: realisatie as JSON object or CSV text; optionally a version or draft, and a second one to compare with. */
  afrekening: {
    type: 'object',
    description:
      'De jaarafrekening van een regelset tegen een realisatie (JSON-object of CSV-tekst), onder de versie die dat jaar gold, een gevraagde versie of een concept; met vergelijkMet een scenario.',
    additionalProperties: false,
    required: ['ruleset', 'realisatie'],
    properties: {
      ruleset: rulesetId,
      realisatie: {
        anyOf: [{ type: 'object' }, { type: 'string', minLength: 1 }],
        description: 'De realisatie: een object volgens realisation.schema.json, of CSV-tekst met een Nederlandse kopregel.',
      },
      bestand: { type: 'string', minLength: 1, maxLength: 200, description: 'Naam van het bestand, voor de foutmeldingen.' },
      gemeente: { type: 'string', pattern: '^[a-z0-9-]+$' },
      versie: { type: 'integer', minimum: 1 },
      draftId: { type: 'string', minLength: 1, maxLength: 100 },
      vergelijkMet: {
        type: 'object',
        additionalProperties: false,
        description: 'Precies één van versie en draftId.',
        properties: { versie: { type: 'integer', minimum: 1 }, draftId: { type: 'string', minLength: 1, maxLength: 100 } },
      },
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
      revisie: { type: 'integer', minimum: 1, description: 'De revisie van het concept die de tester zag.' },
    },
  },
  suiteReviewBatch: {
    type: 'object',
    additionalProperties: false,
    required: ['oordeel', 'toelichting', 'gevallen'],
    properties: {
      oordeel: { enum: ['beoogd', 'regressie'] },
      toelichting: { type: 'string', minLength: 3, maxLength: 2000 },
      revisie: { type: 'integer', minimum: 1, description: 'De revisie van het concept die de tester zag.' },
      gevallen: {
        type: 'array',
        minItems: 1,
        maxItems: 1000,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['suiteId', 'index'],
          properties: { suiteId: { type: 'string', minLength: 1, maxLength: 300 }, index: { type: 'integer', minimum: 0, maximum: 999999 } },
        },
      },
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
  resultaten: {
    type: 'object',
    additionalProperties: false,
    required: ['gegevens'],
    properties: {
      gegevens: { type: 'object' },
      ruleset: rulesetId,
      asOf: date,
      perceel: { type: 'string', minLength: 1 },
    },
  },
} as const;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
