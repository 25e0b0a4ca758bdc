/**
 * `sturing calc MODEL --input FILE|-`: calculates a funding model and prints the result (JSON); `sturing calc --list`
 * lists the models; `sturing calc MODEL --template` prints a filled-in example input (the schema's worked example) to
 * start from: `sturing calc MODEL --template > in.json`, edit, then `--input in.json`.
 */
import { isSturingError, SturingError } from '../../src/model/errors';
import { calculateFunding } from '../../src/funding/calculate-funding';
import { findFundingModel, FUNDING_MODELS, listFundingModels } from '../../src/funding/registry';
import { describeInputError, readJsonInput, type JsonInput } from '../read-input';
import { UsageError } from '../usage-error';

export interface CalcArgs {
  input?: string;
  list?: boolean;
  template?: boolean;
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
  if (!args.input) throw new UsageError('--input BESTAND|- is verplicht (of --template voor een voorbeeldinvoer)');
  let input: JsonInput | undefined;
  try {
    input = readJsonInput(args.input);
    out(JSON.stringify(calculateFunding(model, input.value), null, 2));
    return 0;
  } catch (error) {
    if (isSturingError(error)) throw new SturingError(error.code, describeInputError(error, input), error.issues);
    throw error;
  }
}
