/** The `sturing` command: parses arguments, dispatches, and turns every error into one line and an exit code. */
import { parseArgs } from 'node:util';
import { isSturingError } from '../src/model/errors';
import { runCalc } from './commands/calc';
import { runExport } from './commands/export';
import { runGenerate } from './commands/generate';
import { runImpact } from './commands/impact';
import { runEvaluate } from './commands/evaluate';
import { runMatrix } from './commands/matrix';
import { runResultaten } from './commands/resultaten';
import { runTest } from './commands/test';
import { runValidate } from './commands/validate';
import { describeFileError, fileErrorCode, UsageError } from './usage-error';

const USAGE = `Gebruik: sturing <opdracht> [opties]

Opdrachten:
  validate [paden…]                 controleer regelsets (schema, regels, beleid); fouten als bestand:regel:kolom
  evaluate --case BESTAND|-         toets een casus; opties: --ruleset ID, --as-of JJJJ-MM-DD, --version N,
                                    --format json|text
  evaluate --providers BESTAND|-    toets aanbiedersgegevens van een segment (contract- en leverancierstoetsen),
                                    met dezelfde opties
  matrix [--region R]               de segmentmatrix: segmenten × vier sturingselementen per perceel;
                                    --as-of JJJJ-MM-DD, --format md|html|json
  test [paden…]                     draai regressiesuites; --reporter pretty|json|junit; --coverage (regeldekking),
                                    --coverage-threshold P (faal onder P % gedekte regels)
  calc MODEL --input BESTAND|-      reken een bekostigingsmodel door (JSON met stappen); calc --list toont de modellen
  generate --region R --year J --seed S
                                    genereer casussen (verdeling naar echte cliëntaantallen); --count N,
                                    --error-rate P (0–1), --format jsonl|json, --out BESTAND
  impact --ruleset ID --from N --to M|BESTAND --cases BESTAND|MAP
                                    wat een versiewissel doet met een populatie casussen; --gemeente G,
                                    --format md|json|html, --threads N (standaard één per kern; JSON-lines
                                    vanaf 50.000 casussen), --voortgang (voortgangsbalk op stderr, ook buiten
                                    een terminal)
  resultaten --gegevens BESTAND|-   resultaatsturing: per aanbieder uitval, cliëntervaring en doelrealisatie per halfjaar
                                    t.o.v. de eigen eerdere halfjaren en de doelen in het beleid, met redenen van
                                    beëindiging (geen rangorde); --ruleset ID, --perceel P, --as-of, --format md|json
  export MAP                        schrijf alle versies uit de server-opslag terug naar bestanden (indeling van rules/);
                                    --data-dir MAP (standaard ./data) of --database-url URL;
                                    --suites MAP schrijft ook de regressiesuites (met hun wijzigingen)

Algemene opties:
  --rules MAP                       map met regelsets (standaard: ./rules of die van het pakket)
  --help                            deze hulp

Afsluitcodes: 0 in orde, 1 problemen gevonden (validate/test), 2 verkeerd gebruik of ongeldige invoer.`;

type Command = (positionals: string[], values: Record<string, string | boolean | undefined>, out: (text: string) => void) => Promise<number>;

const COMMANDS: Record<string, { options: Record<string, { type: 'string' | 'boolean' }>; run: Command }> = {
  validate: { options: { rules: { type: 'string' } }, run: (p, _v, out) => runValidate(p, out) },
  evaluate: {
    options: {
      case: { type: 'string' },
      providers: { type: 'string' },
      ruleset: { type: 'string' },
      'as-of': { type: 'string' },
      version: { type: 'string' },
      format: { type: 'string' },
      rules: { type: 'string' },
    },
    run: (p, v, out) => {
      if (p.length > 0) throw new UsageError(`onverwacht argument "${p[0]}"`);
      return runEvaluate(v as Record<string, string>, out);
    },
  },
  test: {
    options: { reporter: { type: 'string' }, rules: { type: 'string' }, coverage: { type: 'boolean' }, 'coverage-threshold': { type: 'string' } },
    run: (p, v, out) => runTest(p, v as Record<string, string>, out),
  },
  matrix: {
    options: { region: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' }, rules: { type: 'string' } },
    run: (p, v, out) => {
      if (p.length > 0) throw new UsageError(`onverwacht argument "${p[0]}"`);
      return runMatrix(v as Record<string, string>, out);
    },
  },
  calc: { options: { input: { type: 'string' }, list: { type: 'boolean' } }, run: (p, v, out) => runCalc(p, v, out) },
  generate: {
    options: {
      region: { type: 'string' },
      year: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string' },
      'error-rate': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      rules: { type: 'string' },
    },
    run: (p, v, out) => {
      if (p.length > 0) throw new UsageError(`onverwacht argument "${p[0]}"`);
      return runGenerate(v as Record<string, string>, out);
    },
  },
  impact: {
    options: {
      ruleset: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      cases: { type: 'string' },
      gemeente: { type: 'string' },
      format: { type: 'string' },
      rules: { type: 'string' },
      threads: { type: 'string' },
      voortgang: { type: 'boolean' },
    },
    run: (p, v, out) => {
      if (p.length > 0) throw new UsageError(`onverwacht argument "${p[0]}"`);
      return runImpact(v as Record<string, string>, out, (text) => process.stderr.write(`${text}\n`));
    },
  },
  resultaten: {
    options: {
      gegevens: { type: 'string' },
      ruleset: { type: 'string' },
      perceel: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      rules: { type: 'string' },
    },
    run: (p, v, out) => {
      if (p.length > 0) throw new UsageError(`onverwacht argument "${p[0]}"`);
      return runResultaten(v as Record<string, string>, out);
    },
  },
  export: {
    options: { 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, suites: { type: 'string' } },
    run: (p, v, out) => runExport(p, v as Record<string, string>, out),
  },
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], out = (text: string) => console.log(text), err = (text: string) => console.error(text)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`sturing: onbekende opdracht "${name}" (zie sturing --help)`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (values.help) {
      out(USAGE);
      return 0;
    }
    return await command.run(positionals, values, out);
  } catch (error) {
    if (error instanceof UsageError) err(`sturing ${name}: ${error.message}`);
    else if (isSturingError(error)) err(`sturing ${name}: ${error.message}`);
    else if (error instanceof TypeError && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))
      err(`sturing ${name}: ${error.message}`);
    // A path that does not exist, loops or cannot be read is bad input wherever the command met it.
    else if (fileErrorCode(error)) err(`sturing ${name}: ${describeFileError(error)}`);
    else {
      err(`sturing ${name}: interne fout: ${error instanceof Error ? error.message : String(error)}`);
      return 3;
    }
    return 2;
  }
}
