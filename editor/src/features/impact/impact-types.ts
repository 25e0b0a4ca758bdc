/** The answer of POST /api/impact: the engine's report plus where the cases came from (the API contract's ImpactResponse). */
import type { ImpactResponse } from '../../../../server/contract';

export type ApiImpactReport = ImpactResponse;
