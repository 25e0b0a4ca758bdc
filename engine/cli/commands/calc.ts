/**
 * `sturing calc MODEL --input FILE|-`: calculates a funding model and prints the result (JSON); `sturing calc --list`
 * lists the models; `sturing calc MODEL --template` prints a filled-in example input (the schema's worked example).
 * With `--ruleset ID --perceel P [--jaar J] [--gemeente G]` the inputs the policy fixes are loaded from the rule set
 * ("laad uit beleid"); `--input` then only adds the rest (and overrides a policy value when it names the same field).
 */
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
import { isSturingError, SturingError } from '../../src/model/errors';
import { calculateFunding } from '../../src/funding/calculate-funding';
import { findFundingModel, FUNDING_MODELS, listFundingModels } from '../../src/funding/registry';
import { policyInputFor, versionForYear, type PolicyInput } from '../../src/settlement';
import { describeInputError, readJsonInput, type JsonInput } from '../read-input';
import { UsageError } from '../usage-error';

export interface CalcArgs {
  input?: string;
  list?: boolean;
  template?: boolean;
  ruleset?: string;
  perceel?: string;
  jaar?: string;
  gemeente?: string;
  rules?: string;
}

async function loadPolicy(model: string, args: CalcArgs): Promise<PolicyInput> {
  if (!args.perceel) throw new UsageError('--perceel P is verplicht bij --ruleset (bijvoorbeeld regionaal of bgi)');
  if (args.jaar !== undefined && !/^\d{4}$/.test(args.jaar)) throw new UsageError(`--jaar moet een jaartal JJJJ zijn, niet "${args.jaar}"`);
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const versions = await repository.listVersions(args.ruleset as string);
  if (versions.length === 0)
    throw new SturingError('REGELSET_ONBEKEND', `regelset ${args.ruleset} bestaat niet`, [{ path: '/ruleset', message: 'onbekende regelset' }]);
  const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  const year = args.jaar !== undefined ? Number(args.jaar) : Number(latest.effectiveFrom.slice(0, 4));
  const ruleSet = versionForYear(versions, year, args.ruleset as string);
  if (args.gemeente) {
    const region = (await repository.listRegions()).find((r) => r.id === ruleSet.id.split('/')[0]);
    if (region && !region.gemeenten.some((g) => g.id === args.gemeente))
      throw new SturingError('GEMEENTE_ONBEKEND', `gemeente "${args.gemeente}" hoort niet bij regio ${region.id}`, [
        { path: '/gemeente', message: 'onbekende gemeente' },
      ]);
  }
  return policyInputFor(model, ruleSet, args.perceel, year, args.gemeente);
}

/** Runs the command; returns the exit code. */
export async function runCalc(positionals: string[], args: CalcArgs, out: (text: string) => void): Promise<number> {
  if (args.list) {
    if (positionals.length > 0 || args.input !== undefined) throw new UsageError('--list neemt geen model of --input');
    const models = listFundingModels();
    const width = Math.max(...models.map((m) => m.id.length));
    out(models.map((m) => `${m.id.padEnd(width)}  ${m.beschrijving}`).join('\n'));
    return 0;
  }
  const [model, ...extra] = positionals;
  if (!model) throw new UsageError('geef een model (sturing calc MODEL --input BESTAND|-) of --list');
  if (extra.length > 0) throw new UsageError(`onverwacht argument "${extra[0]}"`);
  if (!findFundingModel(model))
    throw new SturingError(
      'MODEL_ONBEKEND',
      `onbekend bekostigingsmodel "${model}"; bekend zijn: ${FUNDING_MODELS.map((m) => m.id).join(', ')} [MODEL_ONBEKEND]`,
    );
  if (args.template) {
    if (args.input !== undefined) throw new UsageError('--template en --input gaan niet samen: --template drukt een voorbeeldinvoer af');
    const example = (findFundingModel(model)!.schema as { examples?: unknown[] }).examples?.[0];
    if (example === undefined) throw new SturingError('MODEL_ONBEKEND', `bekostigingsmodel "${model}" heeft geen voorbeeldinvoer [MODEL_ONBEKEND]`);
    out(JSON.stringify(example, null, 2));
    return 0;
  }
  if (!args.input && !args.ruleset)
    throw new UsageError(
      '--input BESTAND|- is verplicht (of laad de waarden uit het beleid met --ruleset ID --perceel P, of --template voor een voorbeeldinvoer)',
    );
  if (!args.ruleset && (args.perceel || args.jaar || args.gemeente)) throw new UsageError('--perceel, --jaar en --gemeente horen bij --ruleset');
  const policy = args.ruleset ? await loadPolicy(model, args) : undefined;
  let input: JsonInput | undefined;
  try {
    input = args.input ? readJsonInput(args.input) : undefined;
    const typed = input?.value && typeof input.value === 'object' && !Array.isArray(input.value) ? (input.value as Record<string, unknown>) : undefined;
    if (input && !typed) throw new SturingError('INVOER_ONGELDIG', 'de invoer moet een JSON-object zijn', [{ path: '', message: 'verwacht object' }]);
    const merged = policy ? { ...policy.invoer, ...typed } : input?.value;
    const result = calculateFunding(model, merged);
    out(JSON.stringify(policy ? { ...result, beleid: { ...policy, invoer: undefined } } : result, null, 2));
    return 0;
  } catch (error) {
    if (isSturingError(error)) {
      const hint = policy ? ` (uit het beleid geladen: ${policy.waarden.map((w) => w.veld).join(', ') || 'niets'}; geef de rest met --input)` : '';
      throw new SturingError(error.code, describeInputError(error, input) + hint, error.issues);
    }
    throw error;
  }
}
