/** `sturing generate --region R --year Y --seed S [--count N] [--error-rate P] [--format jsonl|json] [--out FILE]`: a seeded case population. */
import { writeFileSync } from 'node:fs';
import { generateCases, REGION_CLIENT_COUNTS, type GenerateSegment } from '../../src/generate-cases';
import type { RuleRepository } from '../../src/repository';
import { FileRuleRepository } from '../file-repository';
import { defaultRulesDir } from '../paths';
import { UsageError } from '../usage-error';

export interface GenerateArgs {
  region?: string;
  year?: string;
  seed?: string;
  count?: string;
  'error-rate'?: string;
  format?: string;
  out?: string;
  rules?: string;
}

function integer(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} ontbreekt`);
    return fallback;
  }
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} moet een geheel getal zijn, niet "${value}"`);
  return Number(value);
}

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

/** Runs the command; returns the exit code. */
export async function runGenerate(args: GenerateArgs, out: (text: string) => void): Promise<number> {
  if (!args.region) throw new UsageError('--region ontbreekt');
  const year = integer('year', args.year);
  const seed = integer('seed', args.seed);
  const count = args.count === undefined ? undefined : integer('count', args.count);
  const errorRate = args['error-rate'] === undefined ? 0.15 : Number(args['error-rate']);
  if (!(errorRate >= 0 && errorRate <= 1)) throw new UsageError(`--error-rate moet tussen 0 en 1 liggen, niet "${args['error-rate']}"`);
  const format = args.format ?? 'jsonl';
  if (!['jsonl', 'json'].includes(format)) throw new UsageError(`--format moet jsonl of json zijn, niet "${format}"`);
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const region = (await repository.listRegions()).find((r) => r.id === args.region);
  if (!region) throw new UsageError(`onbekende regio "${args.region}"`);
  const segments = await regionSegments(repository, region.id);
  const cases = generateCases({ year, seed, count, segments, gemeenten: region.gemeenten, errorRate, idPrefix: region.id.toUpperCase().slice(0, 2) });
  const text = format === 'json' ? JSON.stringify(cases) : cases.map((c) => JSON.stringify(c)).join('\n');
  if (args.out) writeFileSync(args.out, text + '\n');
  else out(text);
  return 0;
}
