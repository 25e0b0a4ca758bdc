/**
 * The analysis on the server: a published rule set (every version), a region, or a draft analysed as the next
 * version next to the published ones. Used by /api/analyse and by the publish gate.
 */
import { analyseDocuments, analyseRepository, regionDriftOf, type RegionDrift, type RuleSetAnalysis } from '../engine/src/analysis';
import { isIsoDate } from '../engine/src/model';
import type { RuleSetVersion } from '../engine/src/model';
import { ApiError } from './api-error';
import { findHostileShape } from './http/validate-body';
import type { RuleStore } from './store/rule-store';

export interface AnalyseRequest {
  ruleset?: string;
  region?: string;
  asOf?: string;
  /** A draft of `ruleset` by id, or a document (unsaved text): analysed as the next version. */
  draftId?: string;
  document?: unknown;
}

export interface AnalyseResponse {
  analyses: RuleSetAnalysis[];
  drift: RegionDrift[];
  concept?: { draftId?: string; version: number };
}

const bad = (path: string, message: string): never => {
  throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `${path}: ${message}`, [{ path, message }]);
};

/** Checks the request's shape; names the field. */
export function checkAnalyseRequest(body: unknown): AnalyseRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) bad('/', 'verwacht een object');
  const hostile = findHostileShape(body);
  if (hostile) bad(hostile.path, hostile.message);
  const request = body as Record<string, unknown>;
  for (const key of Object.keys(request)) if (!['ruleset', 'region', 'asOf', 'draftId', 'document'].includes(key)) bad(`/${key}`, 'onbekend veld');
  for (const key of ['ruleset', 'region', 'asOf', 'draftId'])
    if (request[key] !== undefined && typeof request[key] !== 'string') bad(`/${key}`, 'moet tekst zijn');
  if (request.asOf !== undefined && !isIsoDate(request.asOf)) bad('/asOf', `geen geldige datum JJJJ-MM-DD: "${String(request.asOf)}"`);
  if ((request.draftId !== undefined || request.document !== undefined) && request.ruleset === undefined) bad('/ruleset', 'verplicht bij draftId of document');
  if (request.draftId !== undefined && request.document !== undefined) bad('/document', 'geef draftId óf document, niet allebei');
  if (request.document !== undefined && (request.document === null || typeof request.document !== 'object' || Array.isArray(request.document)))
    bad('/document', 'verwacht een regelset (object)');
  return request as AnalyseRequest;
}

/** The candidate a draft or document becomes when analysed: the next version number, the rule set's id. */
async function candidateOf(store: RuleStore, rulesetId: string, document: unknown): Promise<RuleSetVersion> {
  const summary = await store.requireRuleSet(rulesetId);
  const doc = document as Partial<RuleSetVersion>;
  if (!doc.policy || typeof doc.policy !== 'object' || typeof doc.policy.percelen !== 'object' || !Array.isArray(doc.rules))
    bad('/document', 'geen regelset: policy.percelen en rules zijn nodig');
  return {
    ...(doc as RuleSetVersion),
    id: rulesetId,
    version: summary.latestVersion + 1,
    effectiveFrom: typeof doc.effectiveFrom === 'string' && isIsoDate(doc.effectiveFrom) ? doc.effectiveFrom : '9999-12-31',
    effectiveTo: doc.effectiveTo ?? null,
  };
}

/** Analyses the candidate next to the published versions (which it follows). */
export async function analyseCandidate(store: RuleStore, candidate: RuleSetVersion, asOf?: string): Promise<RuleSetAnalysis> {
  const published = await store.listVersions(candidate.id);
  const [analysis] = await analyseDocuments(store, [...published.filter((v) => v.version !== candidate.version), candidate], asOf);
  return analysis;
}

/** Answers GET/POST /api/analyse. */
export async function analyseFor(store: RuleStore, request: AnalyseRequest): Promise<AnalyseResponse> {
  if (request.ruleset && (request.draftId || request.document)) {
    const document = request.draftId ? (await store.getDraft(request.ruleset, request.draftId)).document : request.document;
    const candidate = await candidateOf(store, request.ruleset, document);
    const analysis = await analyseCandidate(store, candidate, request.asOf);
    // Only the candidate's own version is new; the published versions are analysed as context.
    analysis.versions = analysis.versions.filter((v) => v.version === candidate.version);
    analysis.findings = analysis.findings.filter((f) => f.version === undefined || f.version === candidate.version || f.code.startsWith('VERSIE_'));
    return { analyses: [analysis], drift: [], concept: { ...(request.draftId ? { draftId: request.draftId } : {}), version: candidate.version } };
  }
  const analyses = await analyseRepository(store, { regionId: request.region, rulesetId: request.ruleset, asOf: request.asOf });
  const regions = request.region ? [request.region] : [...new Set(analyses.map((a) => a.rulesetId.split('/')[0]))];
  return { analyses, drift: await Promise.all(regions.map((r) => regionDriftOf(store, r))) };
}
