/** `sturing resultaten --gegevens BESTAND|- [--ruleset ID] [--as-of D] [--format md|json]`: the provider outcome report (resultaatsturing). */
import { chooseVersion } from '../../src/evaluate';
import { isSturingError } from '../../src/model/errors';
import { buildOutcomeReport, readOutcomeData, renderOutcomeMarkdown } from '../../src/outcomes';
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
import { describeInputError, readJsonInput } from '../read-input';
import { UsageError } from '../usage-error';

export interface ResultatenArgs {
  gegevens?: string;
  ruleset?: string;
  'as-of'?: string;
  perceel?: string;
  format?: string;
  rules?: string;
}

/** Runs the command; returns the exit code (0: report written, 2: unusable input). */
export async function runResultaten(args: ResultatenArgs, out: (text: string) => void): Promise<number> {
  if (!args.gegevens) throw new UsageError('--gegevens ontbreekt (een bestand met resultaatgegevens, of - voor standaardinvoer)');
  const format = args.format ?? 'md';
  if (!['md', 'json'].includes(format)) throw new UsageError(`onbekend formaat "${format}"; kies md of json`);
  const input = readJsonInput(args.gegevens);
  const value = input.value as { ruleset?: unknown };
  const rulesetId = args.ruleset ?? (typeof value?.ruleset === 'string' ? value.ruleset : undefined);
  if (!rulesetId) throw new UsageError('--ruleset ontbreekt en de gegevens noemen geen regelset');
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const asOf = args['as-of'] ?? new Date().toISOString().slice(0, 10);
  const ruleSet = await chooseVersion(repository, rulesetId, asOf);
  try {
    const report = buildOutcomeReport(ruleSet, readOutcomeData(input.value, ruleSet.policy), args.perceel);
    out(format === 'json' ? JSON.stringify(report, null, 2) : renderOutcomeMarkdown(report));
    return 0;
  } catch (error) {
    if (isSturingError(error)) throw new UsageError(describeInputError(error, input));
    throw error;
  }
}
