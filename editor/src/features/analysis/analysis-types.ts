/** The analysis as the editor receives it from /api/analyse (type-only imports from the engine). */
import type { RegionDrift, RuleSetAnalysis } from '../../../../engine/src/analysis';

export type { AnalysisFinding, RegionDrift, ResponsibilityRow, RuleSetAnalysis } from '../../../../engine/src/analysis';

export interface AnalyseResponse {
  analyses: RuleSetAnalysis[];
  drift: RegionDrift[];
  concept?: { draftId?: string; version: number };
}
