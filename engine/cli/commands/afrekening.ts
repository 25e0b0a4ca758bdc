/** `sturing afrekening --ruleset ID --jaar Y --realisatie FILE`: the year-end settlement from the rule set in force that year; `--vergelijk-met N|FILE` compares two versions. */
import { readFileSync } from 'node:fs';
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
import { SturingError } from '../../src/model/errors';
import type { RuleSetVersion } from '../../src/model/rule-set';
import { validateAgainstSchema } from '../../src/model/schemas';
import {
  compareSettlements,
  formatComparisonCsv,
  formatComparisonText,
  formatSettlementCsv,
  formatSettlementMarkdown,
  formatSettlementText,
  parseRealisation,
  settleYear,
} from '../../src/settlement';
import { readJsonInput } from '../read-input';
import { UsageError } from '../usage-error';

export interface AfrekeningArgs {
  ruleset?: string;
  jaar?: string;
  realisatie?: string;
  gemeente?: string;
  format?: string;
  'vergelijk-met'?: string;
  rules?: string;
}

const FORMATS = ['text', 'md', 'json', 'csv'];

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new SturingError('INVOER_ONGELDIG', `${file}: bestand niet gevonden of niet leesbaar`);
  }
}

/** A rule-set file to compare with (a draft): schema-checked, so a broken file is an input error, not a crash. */
function readDraft(file: string, rulesetId: string): RuleSetVersion {
  const input = readJsonInput(file);
  const issues = validateAgainstSchema('ruleset.schema.json', input.value);
  if (issues.length > 0) throw new SturingError('REGELSET_ONGELDIG', `${input.name}: ${issues[0].path || '/'}: ${issues[0].message}`, issues, input.name);
  const draft = input.value as RuleSetVersion;
  if (draft.id !== rulesetId) throw new UsageError(`${input.name} is regelset ${draft.id}, niet ${rulesetId}`);
  return draft;
}

/** Runs the command; returns the exit code. */
export async function runAfrekening(args: AfrekeningArgs, out: (text: string) => void): Promise<number> {
  if (!args.ruleset) throw new UsageError('--ruleset ID is verplicht (bijvoorbeeld maastricht-heuvelland/wmo/begeleiding)');
  if (!args.realisatie) throw new UsageError('--realisatie BESTAND is verplicht (JSON of CSV)');
  const format = args.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format moet ${FORMATS.join(', ')} zijn, niet "${format}"`);
  const parsed = parseRealisation(readText(args.realisatie), args.realisatie === '-' ? 'stdin' : args.realisatie);
  if (args.jaar !== undefined) {
    if (!/^\d{4}$/.test(args.jaar)) throw new UsageError(`--jaar moet een jaartal JJJJ zijn, niet "${args.jaar}"`);
    if (Number(args.jaar) !== parsed.realisation.jaar)
      throw new SturingError(
        'REALISATIE_ONGELDIG',
        `${parsed.origin.bestand}: de realisatie is van ${parsed.realisation.jaar}, niet van ${args.jaar} (--jaar)`,
        [{ path: '/jaar', file: parsed.origin.bestand, message: `jaar ${parsed.realisation.jaar} in het bestand, ${args.jaar} gevraagd` }],
      );
  }
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const base = { rulesetId: args.ruleset, gemeente: args.gemeente };
  const settlement = await settleYear(repository, parsed, base);
  const other = args['vergelijk-met'];
  if (other === undefined) {
    if (format === 'json') out(JSON.stringify(settlement, null, 2));
    else if (format === 'md') out(formatSettlementMarkdown(settlement));
    else if (format === 'csv') out(formatSettlementCsv(settlement));
    else out(formatSettlementText(settlement));
    return 0;
  }
  const variant = /^\d+$/.test(other)
    ? await settleYear(repository, parsed, { ...base, version: Number(other) })
    : await settleYear(repository, parsed, { ...base, draft: readDraft(other, args.ruleset) });
  const comparison = compareSettlements(settlement, variant);
  if (format === 'json') out(JSON.stringify(comparison, null, 2));
  else if (format === 'csv') out(formatComparisonCsv(comparison));
  else out(formatComparisonText(comparison, format === 'md'));
  return 0;
}
