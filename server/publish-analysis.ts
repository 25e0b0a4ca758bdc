/**
 * The analysis step of the publish gate: gaps and contradictions the candidate brings refuse publishing (422
 * naming each with its pointer); findings the version it follows already had, and every other finding, warn.
 */
import { isBlocking, type AnalysisFinding } from '../engine/src/analysis';
import type { RuleSetVersion } from '../engine/src/model';
import { ApiError } from './api-error';
import { analyseCandidate } from './analysis-service';
import type { RuleStore } from './store/rule-store';

/** What the gate reports on a published version. */
export interface PublishAnalysis {
  waarschuwingen: { code: string; severity: string; message: string; pointers: string[] }[];
}

/** One key per municipality a finding holds for: the grouping of municipalities may differ between versions. */
const keysOf = (f: AnalysisFinding): string[] =>
  (f.gemeenten && f.gemeenten.length > 0 ? f.gemeenten : [f.gemeente ?? '']).map(
    (gemeente) => `${f.code}|${gemeente}|${f.perceel ?? ''}|${f.element ?? ''}|${(f.ruleIds ?? []).join(',')}`,
  );

/** Runs the analysis on the candidate; throws PUBLICATIE_GEWEIGERD on a new gap or contradiction, returns the warnings. */
export async function analysisGate(store: RuleStore, candidate: RuleSetVersion): Promise<PublishAnalysis> {
  const analysis = await analyseCandidate(store, candidate);
  // The candidate's own findings, and timeline findings that involve it (a gap or overlap before it).
  const mine = analysis.findings.filter((f) => f.version === candidate.version || f.versions?.includes(candidate.version));
  const previous = analysis.findings.filter((f) => f.version !== undefined && f.version < candidate.version && !f.code.startsWith('VERSIE_'));
  const inherited = new Set(previous.filter((f) => f.version === Math.max(...previous.map((p) => p.version ?? 0))).flatMap(keysOf));
  // Inherited only when the version it follows had it for every municipality it now holds for.
  const refusing = mine.filter((f) => isBlocking(f) && !keysOf(f).every((k) => inherited.has(k)));
  if (refusing.length > 0) {
    throw new ApiError(
      'PUBLICATIE_GEWEIGERD',
      'Publicatie geweigerd: de analyse vindt een gat of tegenstrijdigheid',
      `${refusing.length} gat/tegenstrijdigheid; eerste: ${refusing[0].message}`,
      refusing.flatMap((f) => f.pointers.slice(0, 1).map((path) => ({ path, code: f.code, message: f.message }))),
      { analyse: refusing },
    );
  }
  return {
    waarschuwingen: mine
      .filter((f) => !refusing.includes(f) && f.severity !== 'info')
      .map((f) => ({
        code: f.code,
        severity: isBlocking(f) ? 'waarschuwing' : f.severity,
        message: isBlocking(f) ? `${f.message} (al aanwezig in de vorige versie)` : f.message,
        pointers: f.pointers,
      })),
  };
}
