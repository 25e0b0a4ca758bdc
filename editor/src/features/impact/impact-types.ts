/** The answer of POST /api/impact (server/openapi.ts "Impactrapport"): the engine's report plus where the cases came from. */
import type { ImpactReport } from '../../../../engine/src/impact/impact';

export interface ApiImpactReport extends ImpactReport {
  /** The compared draft, or null for two published versions. */
  concept: string | null;
  bron: 'casussen' | 'populatie' | 'suites';
  /** Only for bron "suites": case id (<suiteId>/<index>) → the suite case. */
  suiteCases?: Record<string, { suiteId: string; index: number; name: string }>;
}
