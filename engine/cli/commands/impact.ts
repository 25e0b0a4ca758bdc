/** `sturing impact --ruleset ID --from N --to M|FILE --cases FILE|DIR [--gemeente G] [--format md|json|html]`: what a version change does to a population. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chooseVersion, loadSharedRules } from '../../src/evaluate-case';
import { computeImpact } from '../../src/impact';
import { renderImpactHtml, renderImpactMarkdown } from '../../src/impact-report';
import type { RuleSetVersion, SharedRules } from '../../src/rule-set';
import { parseRuleSetId } from '../../src/rule-set';
import { FileRuleRepository } from '../file-repository';
import { defaultRulesDir } from '../paths';
import { UsageError } from '../usage-error';

export interface ImpactArgs {
  ruleset?: string;
  from?: string;
  to?: string;
  cases?: string;
  gemeente?: string;
  format?: string;
  rules?: string;
}

/** Reads cases from a JSON file (one case or an array), a JSON-lines file, or every such file in a directory. */
export function readCases(path: string): Record<string, unknown>[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((f) => f.endsWith('.json') || f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readCases(join(path, f)));
  }
  const text = readFileSync(path, 'utf8');
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (path.endsWith('.jsonl'))
    return trimmed
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const parsed = JSON.parse(trimmed) as unknown;
  return (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
}

/** Runs the command; returns the exit code. */
export async function runImpact(args: ImpactArgs, out: (text: string) => void, err: (text: string) => void = () => {}): Promise<number> {
  if (!args.ruleset) throw new UsageError('--ruleset ontbreekt');
  if (!args.from || !/^\d+$/.test(args.from)) throw new UsageError('--from moet een versienummer zijn');
  if (!args.to) throw new UsageError('--to ontbreekt (versienummer of bestand)');
  if (!args.cases) throw new UsageError('--cases ontbreekt (bestand of map)');
  const format = args.format ?? 'md';
  if (!['md', 'json', 'html'].includes(format)) throw new UsageError(`--format moet md, json of html zijn, niet "${format}"`);
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const regionId = parseRuleSetId(args.ruleset).region;
  const region = (await repository.listRegions()).find((r) => r.id === regionId);
  if (!region) throw new UsageError(`onbekende regio in --ruleset: "${regionId}"`);
  const from = await chooseVersion(repository, args.ruleset, '9999-12-31', Number(args.from));
  const to: RuleSetVersion = /^\d+$/.test(args.to)
    ? await chooseVersion(repository, args.ruleset, '9999-12-31', Number(args.to))
    : (JSON.parse(readFileSync(args.to, 'utf8')) as RuleSetVersion);
  if (to.id !== from.id) throw new UsageError(`--to hoort bij regelset ${to.id}, niet bij ${from.id}`);
  const sharedRules: Record<string, SharedRules> = { ...(await loadSharedRules(repository, from)), ...(await loadSharedRules(repository, to)) };
  const started = Date.now();
  const cases = readCases(args.cases);
  const report = await computeImpact({ from, to, sharedRules, region, cases, gemeente: args.gemeente });
  err(`impact: ${report.casesEvaluated} casussen getoetst in ${Date.now() - started} ms`);
  out(format === 'json' ? JSON.stringify(report, null, 2) : format === 'html' ? renderImpactHtml(report) : renderImpactMarkdown(report));
  return 0;
}
