/** `sturing evaluate --case FILE|-` or `--providers FILE|-` [--referentie]: evaluates a case or provider data and prints the decision (JSON) or a Dutch report (text). */
import { isIsoDate } from '../../src/model/dates';
import { SturingError, isSturingError } from '../../src/model/errors';
import { evaluateCase } from '../../src/evaluate/evaluate-case';
import { evaluateProviders } from '../../src/evaluate/evaluate-providers';
import { FileRuleRepository } from '../../node/file-repository';
import { formatDecisionText } from '../format-decision-text';
import { defaultRulesDir } from '../../node/paths';
import { describeInputError, readJsonInput, type JsonInput } from '../read-input';
import { UsageError } from '../usage-error';

export interface EvaluateArgs {
  case?: string;
  providers?: string;
  ruleset?: string;
  'as-of'?: string;
  version?: string;
  format?: string;
  rules?: string;
  /** Evaluate on json-rules-engine, the reference semantics, instead of the compiled evaluator (an audit). */
  referentie?: boolean;
}

/** Runs the command; returns the exit code. */
export async function runEvaluate(args: EvaluateArgs, out: (text: string) => void): Promise<number> {
  if (args.case && args.providers) throw new UsageError('gebruik --case of --providers, niet allebei');
  const file = args.case ?? args.providers;
  if (!file) throw new UsageError('--case BESTAND|- of --providers BESTAND|- is verplicht');
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format moet json of text zijn, niet "${format}"`);
  const version = args.version === undefined ? undefined : Number(args.version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1))
    throw new UsageError(`--version moet een positief geheel getal zijn, niet "${args.version}"`);
  if (args['as-of'] !== undefined && !isIsoDate(args['as-of']))
    throw new UsageError(`--as-of moet een bestaande datum JJJJ-MM-DD zijn, niet "${args['as-of']}"`);
  let input: JsonInput | undefined;
  try {
    input = readJsonInput(file);
    const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
    const options = { rulesetId: args.ruleset, asOf: args['as-of'], version, ...(args.referentie ? { engine: 'referentie' as const } : {}) };
    const decision = args.providers ? await evaluateProviders(repository, input.value, options) : await evaluateCase(repository, input.value, options);
    out(format === 'json' ? JSON.stringify(decision, null, 2) : formatDecisionText(decision));
    return 0;
  } catch (error) {
    if (isSturingError(error)) throw new SturingError(error.code, describeInputError(error, input), error.issues);
    throw error;
  }
}
