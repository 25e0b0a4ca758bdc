/** A generated population's impact: the `sturing generate` population of the region, then `computeImpact` — the work the impact worker does. */
import { generateCases, type GenerateSegment } from '../engine/src/impact';
import { computeImpact, type ImpactReport } from '../engine/src/impact';
import type { Region, RuleSetVersion, SharedRules } from '../engine/src/model';

export interface PopulationImpactJob {
  from: RuleSetVersion;
  to: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  /** The region's segments with their weights (regionSegments), read from the store by the caller. */
  segments: GenerateSegment[];
  population: { year: number; seed: number; count: number; errorRate?: number };
  gemeente?: string;
  examples?: number;
}

/** Generates the same population as `sturing generate --region R --year Y --seed S --count N` and reports the impact on it. */
export function computePopulationImpact(job: PopulationImpactJob): Promise<ImpactReport> {
  const { population, region } = job;
  const cases = generateCases({
    year: population.year,
    seed: population.seed,
    count: population.count,
    errorRate: population.errorRate ?? 0.15,
    segments: job.segments,
    gemeenten: region.gemeenten,
    idPrefix: region.id.toUpperCase().slice(0, 2),
  });
  return computeImpact({
    from: job.from,
    to: job.to,
    sharedRules: job.sharedRules,
    region,
    cases,
    gemeente: job.gemeente,
    examples: job.examples,
    trusted: true,
  });
}
