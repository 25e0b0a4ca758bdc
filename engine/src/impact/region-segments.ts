/** A region's segments with their population weights, read from a rule repository (the input of generateCases). */
import type { RuleRepository } from '../model/repository';
import { REGION_CLIENT_COUNTS, type GenerateSegment } from './generate-cases';

/** The segments of a region with their weights: the real client counts where known, otherwise equal. */
export async function regionSegments(repository: RuleRepository, region: string): Promise<GenerateSegment[]> {
  const counts = REGION_CLIENT_COUNTS[region];
  const segments: GenerateSegment[] = [];
  for (const id of await repository.listRuleSetIds()) {
    const [regionId, domein, segment] = id.split('/');
    if (regionId !== region) continue;
    const known = counts?.[`${domein}/${segment}`];
    if (counts && !known) continue; // only segments with real counts (Noord-Limburg: Wmo and Jeugd)
    const [first] = await repository.listVersions(id);
    segments.push({ domein, segment, clients: known?.clients ?? 100, kostenPerClient: known?.kostenPerClient, percelen: Object.keys(first.policy.percelen) });
  }
  return segments;
}
