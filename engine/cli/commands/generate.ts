/** `sturing generate --region R --year Y --seed S [--count N] [--error-rate P] [--format jsonl|json] [--out FILE]`: a seeded case population. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateCaseStream } from '../../src/impact/generate-cases';
import { regionSegments } from '../../src/impact/region-segments';
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
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
  const cases = generateCaseStream({ year, seed, count, segments, gemeenten: region.gemeenten, errorRate, idPrefix: region.id.toUpperCase().slice(0, 2) });
  // Streamed case by case (never one string of the whole population: a million cases exceed a string's maximum
  // length). Without --out, `out` receives whole lines in chunks (it ends each with a newline).
  const file = args.out ? createWriteStream(args.out) : undefined;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!file) out(chunk);
    else if (!file.write(chunk + '\n')) await once(file, 'drain');
  };
  let first = true;
  for (const caseData of cases) {
    const text = JSON.stringify(caseData);
    const line = format === 'json' ? `${first ? '[' : ','}${text}` : text;
    buffer = buffer === '' ? line : `${buffer}\n${line}`;
    first = false;
    if (buffer.length >= 1 << 16) await flush();
  }
  if (format === 'json') buffer = first ? '[]' : `${buffer}]`;
  await flush();
  if (file) {
    file.end();
    await once(file, 'finish');
  }
  return 0;
}
