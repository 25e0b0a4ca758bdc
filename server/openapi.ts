/** The OpenAPI 3.1 document, built from the same schemas the server validates with; a test checks real responses against it. */
import caseSchema from '../engine/schemas/case.schema.json';
import decisionSchema from '../engine/schemas/decision.schema.json';
import providersSchema from '../engine/schemas/providers.schema.json';
import rulesetSchema from '../engine/schemas/ruleset.schema.json';
import { ENGINE_VERSION } from '../engine/src/model';
import { REQUEST_SCHEMAS } from './contract';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Probleem') } } });

const ERRORS = {
  400: problem('Ongeldig verzoek; detail en issues noemen het veld'),
  401: problem('Niet aangemeld'),
  403: problem('Rol heeft geen toegang'),
  404: problem('Niet gevonden'),
  405: problem('Niet toegestaan (gepubliceerde versies zijn onveranderlijk)'),
  409: problem('Conflict: het concept is al gepubliceerd, het token is al ingetrokken of de beoordeling staat niet meer open'),
  412: problem('ETag verouderd: het concept is intussen gewijzigd'),
  413: problem('Body te groot'),
  415: problem('Body is geen JSON'),
  422: problem('Inhoudelijk geweigerd'),
  428: problem('If-Match ontbreekt'),
  503: problem('Te druk: probeer het over enkele seconden opnieuw'),
} as const;

type ErrorStatus = keyof typeof ERRORS;

function operation(
  summary: string,
  options: { ok: [number, object | null, string]; body?: object; errors?: ErrorStatus[]; parameters?: object[]; security?: boolean },
) {
  const [status, schema, description] = options.ok;
  const errors: ErrorStatus[] = options.security === false ? (options.errors ?? []) : [401, 403, ...(options.errors ?? [])];
  return {
    summary,
    ...(options.security === false ? { security: [] } : {}),
    ...(options.parameters ? { parameters: options.parameters } : {}),
    ...(options.body ? { requestBody: { required: true, ...json(options.body) } } : {}),
    responses: {
      [status]: schema ? { description, ...json(schema) } : { description },
      ...Object.fromEntries(errors.map((e) => [e, ERRORS[e]])),
    },
  };
}

const pathParam = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'path', required: true, description, schema });
const RULESET_PARAMS = [pathParam('region', 'regio-id'), pathParam('domain', 'domein'), pathParam('segment', 'segment')];
const queryParam = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'string' } });

const versionMeta = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'effectiveFrom', 'effectiveTo', 'contentHash', 'author', 'changeNote', 'publishedAt'],
  properties: {
    version: { type: 'integer' },
    effectiveFrom: { type: 'string' },
    effectiveTo: { type: ['string', 'null'] },
    contentHash: { type: 'string' },
    author: { type: 'string' },
    changeNote: { type: 'string' },
    publishedAt: { type: 'string' },
    analyse: {
      type: 'object',
      description: 'Alleen na publiceren: de waarschuwingen van de beleidsanalyse (gaten en tegenstrijdigheden weigeren de publicatie).',
      properties: { waarschuwingen: { type: 'array', items: { type: 'object', required: ['code', 'severity', 'message', 'pointers'] } } },
    },
  },
};

/** Points into the decision schema (hoisted as Beslissing and Beslissing_<def>), so both descriptions stay one. */
const decisionPart = (pointer: string) => ({ $ref: `#/components/schemas/${pointer}` });

/** With uitleg: false: findings without explanation, undecided rules and missing facts. */
const fastDecision = {
  description: 'Met uitleg: false — bevindingen zonder uitleg, onbesliste regels en ontbrekende feiten',
  type: 'object',
  required: ['rulesetId', 'version', 'gemeente', 'perceel', 'findings', 'undecidedRules', 'missing'],
  properties: {
    rulesetId: { type: 'string' },
    version: { type: 'integer' },
    gemeente: { type: 'string' },
    perceel: { type: 'string' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'severity', 'message', 'ruleId', 'ruleDescription', 'policyChoice', 'source'],
        properties: Object.fromEntries(
          ['code', 'severity', 'message', 'advice', 'ruleId', 'ruleDescription', 'policyChoice', 'source', 'about'].map((name) => [
            name,
            decisionPart(`Beslissing_bevinding/properties/${name}`),
          ]),
        ),
      },
    },
    undecidedRules: decisionPart('Beslissing/properties/undecidedRules'),
    missing: decisionPart('Beslissing/properties/missing'),
  },
};

/** A batch (`cases`): per case its decision or its error, in order. */
const batchEvaluation = {
  type: 'object',
  required: ['decisions', 'summary'],
  properties: {
    decisions: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            required: ['index', 'decision'],
            properties: { index: { type: 'integer' }, decision: { anyOf: [ref('Beslissing'), ref('SnelleBeslissing')] } },
          },
          {
            type: 'object',
            required: ['index', 'error'],
            properties: {
              index: { type: 'integer' },
              error: {
                type: 'object',
                required: ['code', 'status', 'detail', 'issues'],
                properties: {
                  code: { type: 'string' },
                  status: { type: 'integer' },
                  detail: { type: 'string' },
                  issues: { type: 'array', items: ref('Issue') },
                },
              },
            },
          },
        ],
      },
    },
    summary: { type: 'object', required: ['total', 'errors'], properties: { total: { type: 'integer' }, errors: { type: 'integer' } } },
  },
};

const ruleSetSummary = {
  type: 'object',
  required: ['id', 'region', 'domain', 'segment', 'title', 'latestVersion'],
  properties: {
    id: { type: 'string' },
    region: { type: 'string' },
    domain: { type: 'string' },
    segment: { type: 'string' },
    title: { type: 'string' },
    latestVersion: { type: 'integer' },
  },
};

const auditEntry = {
  type: 'object',
  required: ['id', 'at', 'actor', 'action', 'target', 'beforeHash', 'afterHash', 'detail'],
  properties: {
    id: { type: 'integer' },
    at: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string' },
    target: { type: 'string' },
    beforeHash: { type: ['string', 'null'] },
    afterHash: { type: ['string', 'null'] },
    detail: {},
  },
};

const draftMeta = {
  type: 'object',
  required: ['id', 'rulesetId', 'baseVersion', 'revision', 'etag', 'author', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    rulesetId: { type: 'string' },
    baseVersion: { type: ['integer', 'null'] },
    revision: { type: 'integer' },
    etag: { type: 'string' },
    author: { type: 'string' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
    document: { type: 'object' },
    issues: { type: 'array', items: ref('Issue') },
  },
};

const testRun = {
  type: 'object',
  required: ['id', 'ruleset', 'target', 'status', 'total', 'done', 'passed', 'failed', 'createdAt', 'finishedAt'],
  properties: {
    id: { type: 'string' },
    ruleset: { type: 'string' },
    target: { type: 'object', additionalProperties: false, properties: { version: { type: 'integer' }, draftId: { type: 'string' } } },
    status: { enum: ['bezig', 'klaar', 'mislukt'] },
    total: { type: 'integer' },
    done: { type: 'integer' },
    passed: { type: 'integer' },
    failed: { type: 'integer' },
    results: { type: 'array' },
    createdAt: { type: 'string' },
    finishedAt: { type: ['string', 'null'] },
  },
};

const expectation = {
  type: 'object',
  required: ['findings'],
  properties: {
    findings: { type: 'array', items: { type: 'string' } },
    info: { type: 'array', items: { type: 'string' } },
    missing: { type: 'array', items: { type: 'string' } },
    error: { type: 'string' },
  },
};

const impactGroup = {
  type: 'object',
  required: ['cases', 'changed', 'verschenen', 'verdwenen', 'bedragGewijzigd'],
  properties: {
    cases: { type: 'integer' },
    changed: { type: 'integer' },
    verschenen: { type: 'integer' },
    verdwenen: { type: 'integer' },
    bedragGewijzigd: { type: 'string', description: 'Euro, decimale string' },
  },
};

/** The impact report: the JSON of `sturing impact --format json`, plus concept, bron and (for suites) suiteCases. */
const impactReport = {
  type: 'object',
  required: [
    'rulesetId',
    'fromVersion',
    'toVersion',
    'gemeente',
    'casesRead',
    'casesEvaluated',
    'casesChanged',
    'byCode',
    'byGemeente',
    'bySegment',
    'changes',
    'examples',
    'summary',
    'concept',
    'bron',
  ],
  properties: {
    rulesetId: { type: 'string' },
    fromVersion: { type: 'integer' },
    toVersion: { type: 'integer', description: 'Bij een concept: het versienummer dat het zou krijgen.' },
    gemeente: { type: ['string', 'null'] },
    casesRead: { type: 'integer' },
    casesEvaluated: { type: 'integer', description: 'Casussen van dit domein en segment (en de gemeente, als gegeven).' },
    casesChanged: { type: 'integer' },
    byCode: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['verschenen', 'verdwenen'],
        properties: { verschenen: { type: 'integer' }, verdwenen: { type: 'integer' } },
      },
    },
    byGemeente: { type: 'object', additionalProperties: impactGroup },
    bySegment: { type: 'object', additionalProperties: impactGroup, description: 'Sleutel: domein/segment/perceel.' },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'code', 'ruleId', 'cases', 'bedrag', 'examples'],
        properties: {
          kind: { enum: ['verschijnt', 'verdwijnt', 'wordt-onbeslist', 'wordt-beslist'] },
          code: { type: 'string' },
          ruleId: { type: 'string' },
          cases: { type: 'integer' },
          bedrag: { type: 'string' },
          examples: { type: 'array', items: { type: 'string' }, description: 'Casus-id’s; hun beslissingen staan in examples.' },
        },
      },
    },
    examples: {
      type: 'object',
      description: 'Per casus-id de beslissing (met uitleg) onder beide versies.',
      additionalProperties: { type: 'object', required: ['from', 'to'], properties: { from: ref('Beslissing'), to: ref('Beslissing') } },
    },
    summary: { type: 'string', description: 'Nederlandse samenvatting; begint met "geen wijzigingen" als geen uitkomst verandert.' },
    concept: { type: ['string', 'null'], description: 'Het vergeleken concept, of null bij twee gepubliceerde versies.' },
    bron: { enum: ['casussen', 'populatie', 'suites', 'berichten'] },
    berichtProblemen: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'line', 'column', 'path', 'code', 'message'],
        properties: {
          file: { type: 'string' },
          line: { type: 'integer' },
          column: { type: 'integer' },
          path: { type: 'string' },
          code: { type: 'string' },
          message: { type: 'string' },
          bericht: { type: 'string' },
        },
      },
      description: 'Alleen bij bron berichten: wat niet gelezen of gekoppeld kon worden, met plaats.',
    },
    suiteCases: {
      type: 'object',
      description: 'Alleen bij bron suites: casus-id (<suiteId>/<index>) → het suitegeval.',
      additionalProperties: {
        type: 'object',
        required: ['suiteId', 'index', 'name'],
        properties: { suiteId: { type: 'string' }, index: { type: 'integer' }, name: { type: 'string' } },
      },
    },
  },
};

const suiteReview = {
  type: 'object',
  required: [
    'id',
    'suiteId',
    'index',
    'naam',
    'oordeel',
    'toelichting',
    'conceptId',
    'revisie',
    'versie',
    'door',
    'datum',
    'verwachtingVoor',
    'uitkomst',
    'status',
  ],
  properties: {
    id: { type: 'integer' },
    suiteId: { type: 'string' },
    index: { type: 'integer' },
    naam: { type: 'string' },
    oordeel: { enum: ['beoogd', 'regressie'] },
    toelichting: { type: 'string' },
    conceptId: { type: 'string' },
    revisie: { type: ['integer', 'null'], description: 'De beoordeelde revisie van het concept.' },
    versie: { type: 'integer', description: 'Het versienummer dat het concept zou krijgen (na publicatie: kreeg).' },
    status: {
      enum: ['open', 'ingetrokken', 'vervangen', 'vervallen', 'toegepast'],
      description:
        'open: wacht op publicatie van het concept; ingetrokken; vervangen door een nieuwere beoordeling; vervallen met het verwijderde concept; toegepast bij de publicatie.',
    },
    door: { type: 'string' },
    datum: { type: 'string' },
    verwachtingVoor: ref('Verwachting'),
    uitkomst: ref('Verwachting'),
  },
};

const suiteCase = {
  type: 'object',
  required: ['name', 'expect'],
  properties: {
    name: { type: 'string' },
    expect: ref('Verwachting'),
    wijzigingen: {
      type: 'array',
      description: 'Geschiedenis van de verwachting, oudste eerst: vóór versie `versie` gold `vorigeVerwachting`.',
      items: {
        type: 'object',
        required: ['versie', 'toelichting', 'door', 'datum', 'vorigeVerwachting'],
        properties: {
          versie: { type: 'integer' },
          concept: { type: 'string' },
          toelichting: { type: 'string' },
          door: { type: 'string' },
          datum: { type: 'string' },
          vorigeVerwachting: ref('Verwachting'),
        },
      },
    },
  },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The component names of the engine's schema files, for references between them (e.g. ruleset.schema.json#/$defs/bron). */
const SCHEMA_FILES: Record<string, string> = {
  'case.schema.json': 'Casus',
  'providers.schema.json': 'Aanbiedersgegevens',
  'ruleset.schema.json': 'Regelset',
  'decision.schema.json': 'Beslissing',
};

/** Rewrites a reference inside the embedded schema `owner` to a components/schemas reference. */
function rewriteRef(ref: string, owner: string): string {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  const target = file === '' ? owner : (SCHEMA_FILES[file.split('/').pop() ?? ''] ?? owner);
  const defs = /^\/\$defs\/([^/]+)(.*)$/.exec(fragment);
  if (defs) return `#/components/schemas/${target}_${defs[1]}${defs[2]}`;
  return `#/components/schemas/${target}${fragment}`;
}

function rewriteRefs(value: Json, owner: string): Json {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, owner));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      key === '$ref' && typeof v === 'string' && !v.startsWith('#/components/') ? rewriteRef(v, owner) : rewriteRefs(v, owner),
    ]),
  );
}

/**
 * Hoists the `$defs` of embedded JSON Schemas into components/schemas (as `<Component>_<def>`) and rewrites their
 * `$ref`s, dropping `$id` and `$schema`: generators and linters resolve references against the document, not
 * against an embedded schema's `$id`.
 */
export function hoistDefinitions(schemas: Record<string, unknown>): Record<string, Json> {
  const hoisted: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
      hoisted[name] = schema as Json;
      continue;
    }
    const { $defs, $id: _id, $schema: _schema, ...rest } = schema as Record<string, Json>;
    hoisted[name] = rewriteRefs(rest, name);
    if ($defs && typeof $defs === 'object' && !Array.isArray($defs)) {
      for (const [def, definition] of Object.entries($defs)) hoisted[`${name}_${def}`] = rewriteRefs(definition, name);
    }
  }
  return hoisted;
}

/** Readable operation ids for generated clients; an operation not listed gets one derived from method and path. */
const OPERATION_IDS: Record<string, string> = {
  'get /api/health': 'getHealth',
  'get /api/me': 'getMe',
  'get /api/regions': 'listRegions',
  'get /api/rulesets': 'listRuleSets',
  'get /api/rulesets/{region}/{domain}/{segment}': 'getRuleSet',
  'get /api/rulesets/{region}/{domain}/{segment}/versions/{n}': 'getVersion',
  'put /api/rulesets/{region}/{domain}/{segment}/versions/{n}': 'replaceVersion',
  'get /api/rulesets/{region}/{domain}/{segment}/versions/{n}/diff/{m}': 'diffVersions',
  'get /api/rulesets/{region}/{domain}/{segment}/suites': 'listSuites',
  'get /api/rulesets/{region}/{domain}/{segment}/drafts/{draftId}/suite-changes': 'listSuiteChanges',
  'post /api/rulesets/{region}/{domain}/{segment}/suites/{suiteId}/cases/{index}/beoordeling': 'reviewSuiteCase',
  'post /api/rulesets/{region}/{domain}/{segment}/drafts': 'createDraft',
  'get /api/rulesets/{region}/{domain}/{segment}/drafts/{draftId}': 'getDraft',
  'put /api/rulesets/{region}/{domain}/{segment}/drafts/{draftId}': 'saveDraft',
  'delete /api/rulesets/{region}/{domain}/{segment}/drafts/{draftId}': 'deleteDraft',
  'post /api/rulesets/{region}/{domain}/{segment}/drafts/{draftId}/publish': 'publishDraft',
  'post /api/evaluate': 'evaluate',
  'get /api/calc': 'listFundingModels',
  'post /api/calc/{model}': 'calculateFunding',
  'post /api/impact': 'computeImpact',
  'post /api/test-runs': 'startTestRun',
  'get /api/test-runs/{id}': 'getTestRun',
  'get /api/test-runs/{id}/events': 'followTestRun',
  'get /api/matrix': 'getSegmentMatrix',
  'get /api/audit': 'listAudit',
  'post /api/tokens': 'createToken',
  'get /api/openapi.json': 'getOpenApi',
};

/** method + path → camelCase, e.g. "get /api/test-runs/{id}" → "getTestRunsById". */
function derivedOperationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split('/')
    .map((part) => (part.startsWith('{') ? `by-${part.slice(1, -1)}` : part))
    .join('-')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function withOperationIds(paths: Record<string, Record<string, Record<string, unknown>>>): typeof paths {
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      operation.operationId ??= OPERATION_IDS[`${method} ${path}`] ?? derivedOperationId(method, path);
    }
  }
  return paths;
}

/** The whole document. */
export function buildOpenApi(): Record<string, unknown> {
  const base = '/api/rulesets/{region}/{domain}/{segment}';
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sturing API',
      version: ENGINE_VERSION,
      description:
        'Versiebeheer, publicatie en toetsing van regelsets voor het sociaal domein. Fouten als application/problem+json met een Nederlandse titel en een detail dat het veld noemt.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Rollen: lezer, beleidsmedewerker, vaststeller, tester, beheerder.' } },
      schemas: hoistDefinitions({
        Issue: {
          type: 'object',
          required: ['path', 'message'],
          properties: { path: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } },
        },
        Probleem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'code', 'issues'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            issues: { type: 'array', items: ref('Issue') },
            instance: { type: 'string' },
            requestId: { type: 'string' },
          },
        },
        Casus: caseSchema,
        Aanbiedersgegevens: providersSchema,
        Regelset: rulesetSchema,
        Beslissing: decisionSchema,
        Versie: versionMeta,
        VersieMetDocument: {
          ...versionMeta,
          required: [...versionMeta.required, 'document'],
          properties: { ...versionMeta.properties, document: ref('Regelset') },
        },
        Concept: draftMeta,
        SnelleBeslissing: fastDecision,
        Batchbeoordeling: batchEvaluation,
        Rol: { enum: ['lezer', 'beleidsmedewerker', 'vaststeller', 'tester', 'beheerder'] },
        Regelsetoverzicht: ruleSetSummary,
        Auditregel: auditEntry,
        Testrun: testRun,
        Impactrapport: impactReport,
        Verwachting: expectation,
        Suitegeval: suiteCase,
        Beoordeling: suiteReview,
        ...Object.fromEntries(Object.entries(REQUEST_SCHEMAS).map(([name, schema]) => [`Verzoek_${name}`, schema])),
      }),
    },
    paths: withOperationIds({
      '/api/health': {
        get: operation('Gezondheid van de server (zonder token)', {
          ok: [
            200,
            {
              type: 'object',
              required: ['status', 'engineVersion', 'store'],
              properties: { status: { const: 'ok' }, engineVersion: { type: 'string' }, store: { enum: ['sqlite', 'postgres'] } },
            },
            'In orde',
          ],
          security: false,
        }),
      },
      '/api/me': {
        get: operation('De aangemelde gebruiker: naam en rol (de editor toont alleen wat de rol mag)', {
          ok: [200, { type: 'object', required: ['role', 'name'], properties: { role: ref('Rol'), name: { type: 'string' } } }, 'Naam en rol van het token'],
        }),
      },
      '/api/regions': {
        get: operation('Regio’s met hun gemeenten', {
          ok: [200, { type: 'object', required: ['regions'], properties: { regions: { type: 'array' } } }, 'De regio’s'],
        }),
      },
      '/api/rulesets': {
        get: operation('Regelsets, te filteren op regio en domein', {
          parameters: [queryParam('region', 'regio-id'), queryParam('domain', 'domein')],
          ok: [
            200,
            {
              type: 'object',
              required: ['rulesets'],
              properties: { rulesets: { type: 'array', items: ref('Regelsetoverzicht') } },
            },
            'De regelsets',
          ],
        }),
      },
      [base]: {
        get: operation('Een regelset met versies en concepten', {
          parameters: RULESET_PARAMS,
          errors: [404],
          ok: [
            200,
            {
              type: 'object',
              required: [...ruleSetSummary.required, 'versions', 'drafts'],
              properties: { ...ruleSetSummary.properties, versions: { type: 'array', items: ref('Versie') }, drafts: { type: 'array', items: ref('Concept') } },
            },
            'De regelset',
          ],
        }),
      },
      [`${base}/versions/{n}`]: {
        get: operation('Een gepubliceerde versie', {
          parameters: [...RULESET_PARAMS, pathParam('n', 'versienummer', { type: 'integer' })],
          errors: [400, 404],
          ok: [200, ref('VersieMetDocument'), 'De versie'],
        }),
        put: operation('Geweigerd: gepubliceerde versies zijn onveranderlijk', {
          parameters: [...RULESET_PARAMS, pathParam('n', 'versienummer', { type: 'integer' })],
          errors: [405],
          ok: [200, null, 'Nooit'],
        }),
      },
      [`${base}/versions/{n}/diff/{m}`]: {
        get: operation('Structureel verschil tussen twee versies', {
          parameters: [...RULESET_PARAMS, pathParam('n', 'van', { type: 'integer' }), pathParam('m', 'naar', { type: 'integer' })],
          errors: [400, 404],
          ok: [
            200,
            {
              type: 'object',
              required: ['from', 'to', 'changes'],
              properties: { changes: { type: 'array', items: { type: 'object', required: ['pointer', 'kind'] } } },
            },
            'De wijzigingen per JSON-pointer',
          ],
        }),
      },
      [`${base}/suites`]: {
        get: operation('De regressiesuites van een regelset (casussen met verwachte bevindingen en hun geschiedenis) en alle beoordelingen', {
          parameters: RULESET_PARAMS,
          errors: [404],
          ok: [
            200,
            {
              type: 'object',
              required: ['suites', 'beoordelingen'],
              properties: {
                suites: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'suite'],
                    properties: {
                      id: { type: 'string', description: 'Suite-id, bijvoorbeeld noord-limburg/wmo/S1b#wmo-S1b (URL-gecodeerd in paden)' },
                      suite: { type: 'object', required: ['cases'], properties: { cases: { type: 'array', items: ref('Suitegeval') } } },
                    },
                  },
                },
                beoordelingen: { type: 'array', items: ref('Beoordeling'), description: 'Nieuwste eerst.' },
              },
            },
            'De suites',
          ],
        }),
      },
      [`${base}/drafts/{draftId}/suite-changes`]: {
        get: operation('Welke regressiegevallen het concept van uitkomst verandert (met hun laatste beoordeling voor dit concept)', {
          parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id')],
          errors: [404, 422],
          ok: [
            200,
            {
              type: 'object',
              required: ['ruleset', 'draftId', 'revision', 'version', 'total', 'passed', 'changed'],
              properties: {
                ruleset: { type: 'string' },
                draftId: { type: 'string' },
                revision: { type: 'integer', description: 'De revisie van het concept waarmee is getest.' },
                version: { type: 'integer', description: 'Het versienummer dat het concept zou krijgen.' },
                total: { type: 'integer' },
                passed: { type: 'integer' },
                changed: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['suiteId', 'index', 'name', 'expected', 'actual', 'missing', 'unexpected', 'beoordeling', 'beoordelingActueel'],
                    properties: {
                      suiteId: { type: 'string' },
                      index: { type: 'integer' },
                      name: { type: 'string' },
                      expected: ref('Verwachting'),
                      actual: { type: 'object', required: ['findings', 'info', 'missing'] },
                      missing: { type: 'array', items: { type: 'string' } },
                      unexpected: { type: 'array', items: { type: 'string' } },
                      message: { type: 'string' },
                      beoordeling: { oneOf: [ref('Beoordeling'), { type: 'null' }], description: 'De openstaande beoordeling voor dit concept.' },
                      beoordelingActueel: { type: 'boolean', description: 'Onwaar als de uitkomst sinds de beoordeling is veranderd.' },
                    },
                  },
                },
              },
            },
            'De veranderde gevallen',
          ],
        }),
      },
      [`${base}/drafts/{draftId}/beoordelingen`]: {
        post: operation(
          'Beoordeel meerdere door het concept veranderde gevallen tegelijk met één toelichting (tester); alles of niets. De beoordelingen wachten op publicatie van het concept',
          {
            parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id')],
            body: ref('Verzoek_suiteReviewBatch'),
            errors: [400, 404, 412, 413, 415, 422],
            ok: [
              201,
              { type: 'object', required: ['beoordelingen'], properties: { beoordelingen: { type: 'array', items: ref('Beoordeling') } } },
              'De vastgelegde beoordelingen',
            ],
          },
        ),
      },
      [`${base}/drafts/{draftId}/beoordelingen/{reviewId}`]: {
        delete: operation('Trek een openstaande beoordeling in (tester), zolang het concept niet is gepubliceerd', {
          parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id'), pathParam('reviewId', 'id van de beoordeling', { type: 'integer' })],
          errors: [400, 404, 409],
          ok: [200, { type: 'object', required: ['beoordeling'], properties: { beoordeling: ref('Beoordeling') } }, 'De ingetrokken beoordeling'],
        }),
      },
      [`${base}/suites/{suiteId}/cases/{index}/beoordeling`]: {
        post: operation(
          'Beoordeel een door het concept veranderd geval (tester). De beoordeling hoort bij het concept en zijn revisie: pas bij publicatie van dat concept werkt beoogd de verwachting bij (met toelichting, versie en auteur in de geschiedenis en de audit); regressie houdt de publicatie tegen; een verwijderd concept neemt zijn beoordelingen mee',
          {
            parameters: [
              ...RULESET_PARAMS,
              pathParam('suiteId', 'suite-id, URL-gecodeerd'),
              pathParam('index', 'positie van het geval in de suite (vanaf 0)', { type: 'integer' }),
            ],
            body: ref('Verzoek_suiteReview'),
            errors: [400, 404, 412, 413, 415, 422],
            ok: [
              201,
              {
                type: 'object',
                required: ['beoordeling', 'geval'],
                properties: { beoordeling: ref('Beoordeling'), geval: ref('Suitegeval') },
              },
              'De beoordeling en het geval zoals het nu in de suite staat (ongewijzigd tot de publicatie)',
            ],
          },
        ),
      },
      [`${base}/drafts`]: {
        post: operation('Nieuw concept vanaf een versie (standaard de laatste)', {
          parameters: RULESET_PARAMS,
          body: ref('Verzoek_createDraft'),
          errors: [400, 404, 413, 415],
          ok: [201, ref('Concept'), 'Het concept, met ETag'],
        }),
      },
      [`${base}/drafts/{draftId}`]: {
        get: operation('Een concept met zijn validatieproblemen', {
          parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id')],
          errors: [404],
          ok: [200, ref('Concept'), 'Het concept'],
        }),
        put: operation('Concept opslaan (If-Match verplicht)', {
          parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id')],
          body: ref('Verzoek_saveDraft'),
          errors: [400, 404, 412, 413, 415, 422, 428],
          ok: [200, ref('Concept'), 'Opgeslagen, met nieuwe ETag'],
        }),
        delete: operation('Concept verwijderen', {
          parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id')],
          errors: [404, 412],
          ok: [204, null, 'Verwijderd'],
        }),
      },
      [`${base}/drafts/{draftId}/publish`]: {
        post: operation('Publiceren: validatie, beleidstoetsen en regressiesuite; daarna een onveranderlijke versie', {
          parameters: [...RULESET_PARAMS, pathParam('draftId', 'concept-id')],
          body: ref('Verzoek_publish'),
          errors: [400, 404, 409, 412, 413, 415, 422],
          ok: [201, ref('Versie'), 'Gepubliceerd'],
        }),
      },
      '/api/evaluate': {
        post: operation('Toets een casus, aanbiedersgegevens of een reeks casussen', {
          body: ref('Verzoek_evaluate'),
          errors: [400, 404, 413, 415, 422],
          ok: [
            200,
            {
              anyOf: [ref('Beslissing'), ref('SnelleBeslissing'), ref('Batchbeoordeling')],
            },
            'De beslissing(en)',
          ],
        }),
      },
      '/api/calc': {
        get: operation('De bekostigingsmodellen', {
          ok: [200, { type: 'object', required: ['models'], properties: { models: { type: 'array' } } }, 'De modellen'],
        }),
      },
      '/api/calc/{model}': {
        post: operation('Bereken een bekostigingsmodel (zelfde invoer en uitvoer als sturing calc)', {
          parameters: [pathParam('model', 'model-id')],
          body: { type: 'object' },
          errors: [400, 404, 413, 415],
          ok: [
            200,
            { type: 'object', required: ['breakdown'], properties: { breakdown: { type: 'array', items: { type: 'string' } } } },
            'Het resultaat met berekening',
          ],
        }),
      },
      '/api/berichten': {
        post: operation(
          'Toets iWmo/iJw 3.2-berichten (lezen): één bericht als application/xml (naam in X-Bestandsnaam) of meerdere als JSON { bestanden: [{ naam, inhoud }] }. 200 met het rapport en per toewijzing het besluit met uitleg; problemen per bericht horen bij het rapport.',
          {
            body: {
              type: 'object',
              required: ['bestanden'],
              properties: {
                bestanden: {
                  type: 'array',
                  items: { type: 'object', required: ['inhoud'], properties: { naam: { type: 'string' }, inhoud: { type: 'string' } } },
                },
              },
            },
            errors: [400, 413, 415],
            ok: [
              200,
              {
                type: 'object',
                required: ['rapport', 'toewijzingen'],
                properties: { rapport: { type: 'object' }, toewijzingen: { type: 'array', items: { type: 'object' } } },
              },
              'Het rapport en de getoetste toewijzingen',
            ],
          },
        ),
      },
      '/api/afrekening': {
        post: operation(
          'Jaarafrekening (lezen): per aanbieder en gemeente het vastgestelde bedrag, voorschotten, afrekening, niet vergoed, verdeling van een overschrijding en onderbenutting, uit het beleid van de versie die dat jaar gold (of een versie of concept); met vergelijkMet het verschil in euro per aanbieder en gemeente (zelfde uitvoer als sturing afrekening --format json).',
          {
            body: ref('Verzoek_afrekening'),
            errors: [400, 404, 413, 415, 422],
            ok: [
              200,
              {
                type: 'object',
                required: ['afrekening'],
                properties: {
                  afrekening: { type: 'object', required: ['ruleset', 'versie', 'jaar', 'regels', 'totalen'] },
                  variant: { type: 'object' },
                  vergelijking: { type: 'object', required: ['aanbieders', 'gemeenten', 'geenVerschil', 'samenvatting'] },
                },
              },
              'De afrekening, en bij vergelijkMet de variant en de vergelijking',
            ],
          },
        ),
      },
      '/api/impact': {
        post: operation(
          'Impactanalyse (lezen): elke casus onder versie from en onder to of een concept; telt veranderde uitkomsten per bevindingcode, gemeente en segment, met voorbeelden en €. Casussen: meegestuurd (cases), de regressiesuites van de regelset (suites: true) of een gegenereerde populatie (population, max. 50.000; loopt in een worker-thread).',
          {
            body: ref('Verzoek_impact'),
            errors: [400, 404, 413, 415, 422, 503],
            ok: [200, ref('Impactrapport'), 'Het impactrapport (zelfde structuur als sturing impact --format json)'],
          },
        ),
      },
      '/api/test-runs': {
        post: operation('Start een regressierun tegen een versie of concept', {
          body: ref('Verzoek_testRun'),
          errors: [400, 404, 413, 415],
          ok: [202, ref('Testrun'), 'Gestart'],
        }),
      },
      '/api/test-runs/{id}': {
        get: operation('Status en resultaten van een run', { parameters: [pathParam('id', 'run-id')], errors: [404], ok: [200, ref('Testrun'), 'De run'] }),
      },
      '/api/test-runs/{id}/events': {
        get: {
          summary: 'Voortgang als server-sent events (voortgang, klaar)',
          parameters: [pathParam('id', 'run-id')],
          responses: {
            200: { description: 'Eventstream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
            401: ERRORS[401],
            403: ERRORS[403],
            404: ERRORS[404],
          },
        },
      },
      '/api/analyse': {
        get: operation('Beleidsanalyse van gepubliceerde versies: wie beslist, tijdlijn, regels met getuigen, couleur locale', {
          parameters: [queryParam('ruleset', 'regelset-id'), queryParam('region', 'regio-id'), queryParam('asOf', 'alleen de versie die op deze datum geldt')],
          errors: [400, 404],
          ok: [200, { type: 'object', required: ['analyses', 'drift'] }, 'De analyse'],
        }),
        post: operation('Beleidsanalyse van een concept (draftId) of een ongeslagen document, als volgende versie', {
          body: {
            type: 'object',
            properties: { ruleset: { type: 'string' }, draftId: { type: 'string' }, document: { type: 'object' }, asOf: { type: 'string' } },
          },
          errors: [400, 404],
          ok: [200, { type: 'object', required: ['analyses', 'drift'] }, 'De analyse'],
        }),
      },
      '/api/matrix': {
        get: operation('De segmentmatrix (segmenten × sturingselementen per perceel)', {
          parameters: [queryParam('region', 'regio-id'), queryParam('asOf', 'peildatum JJJJ-MM-DD')],
          errors: [400],
          ok: [200, { type: 'object' }, 'De matrix'],
        }),
      },
      '/api/resultaten': {
        post: operation(
          'Resultaatsturing: per aanbieder de indicatoren per halfjaar t.o.v. de eigen eerdere halfjaren en de doelen in het beleid (geen rangorde)',
          {
            body: ref('Verzoek_resultaten'),
            errors: [400, 404, 413, 415, 422],
            ok: [
              200,
              {
                type: 'object',
                required: ['rulesetId', 'version', 'aanbieders', 'overgeslagen', 'uitgangspunt'],
                properties: { aanbieders: { type: 'array' } },
              },
              'Het resultatenrapport',
            ],
          },
        ),
      },
      '/api/exports/matrix/{format}': {
        get: operation('De segmentmatrix als raadsbijlage: Word, Excel of PDF', {
          parameters: [
            pathParam('format', 'docx, xlsx of pdf', { enum: ['docx', 'xlsx', 'pdf'] }),
            queryParam('region', 'regio-id'),
            queryParam('asOf', 'peildatum JJJJ-MM-DD'),
          ],
          errors: [400, 404],
          ok: [200, null, 'Het bestand (Content-Disposition: attachment)'],
        }),
      },
      '/api/exports/rulesets/{region}/{domain}/{segment}/{format}': {
        get: operation('Het volledige beleid van een segment (versie die geldt op asOf): Word, Excel of PDF', {
          parameters: [
            ...RULESET_PARAMS,
            pathParam('format', 'docx, xlsx of pdf', { enum: ['docx', 'xlsx', 'pdf'] }),
            queryParam('asOf', 'peildatum JJJJ-MM-DD'),
          ],
          errors: [400, 404, 422],
          ok: [200, null, 'Het bestand (Content-Disposition: attachment)'],
        }),
      },
      '/api/audit': {
        get: operation('Audittrail: wie deed wat, wanneer, aan welke regelset', {
          parameters: [queryParam('target', 'regelset-id of pad'), queryParam('limit', 'maximum aantal')],
          ok: [
            200,
            {
              type: 'object',
              required: ['entries'],
              properties: { entries: { type: 'array', items: ref('Auditregel') } },
            },
            'De audittrail',
          ],
        }),
      },
      '/api/tokens': {
        get: operation('Alle tokens: naam, rol, aangemaakt, laatst gebruikt, vervaldatum, intrekking (nooit het geheim) (beheerder)', {
          ok: [
            200,
            {
              type: 'object',
              required: ['tokens'],
              properties: {
                tokens: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'name', 'role', 'createdAt', 'createdBy', 'lastUsedAt', 'expiresAt', 'revokedAt', 'status'],
                    properties: {
                      id: { type: 'string' },
                      name: { type: 'string' },
                      role: { type: 'string' },
                      createdAt: { type: 'string' },
                      createdBy: { type: 'string' },
                      lastUsedAt: { type: ['string', 'null'] },
                      expiresAt: { type: ['string', 'null'] },
                      revokedAt: { type: ['string', 'null'] },
                      revokedBy: { type: ['string', 'null'] },
                      status: { enum: ['actief', 'verlopen', 'ingetrokken'] },
                    },
                  },
                },
              },
            },
            'De tokens',
          ],
        }),
        post: operation('Maak een token voor een rol, optioneel met vervaldatum (beheerder)', {
          body: ref('Verzoek_createToken'),
          errors: [400, 413, 415],
          ok: [
            201,
            {
              type: 'object',
              required: ['token', 'id', 'role', 'name', 'expiresAt'],
              properties: {
                token: { type: 'string' },
                id: { type: 'string' },
                role: ref('Rol'),
                name: { type: 'string' },
                expiresAt: { type: ['string', 'null'] },
              },
            },
            'Het token (alleen nu zichtbaar)',
          ],
        }),
      },
      '/api/tokens/{id}': {
        delete: operation('Trek een token in; het volgende verzoek ermee krijgt 401 (beheerder)', {
          parameters: [pathParam('id', 'token-id (tok_…)')],
          errors: [404, 409],
          ok: [204, null, 'Ingetrokken'],
        }),
      },
      '/api/openapi.json': { get: operation('Dit document', { ok: [200, { type: 'object' }, 'OpenAPI 3.1'] }) },
    }),
  };
}
