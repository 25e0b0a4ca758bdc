/**
 * `sturing impact --ruleset ID --from N --to M|FILE --cases FILE|DIR [--gemeente G] [--format md|json|html] [--threads N] [--voortgang]`:
 * what a version change does to a population. JSON-lines input is parsed and tallied on a worker thread per core
 * when it is large enough to pay for starting them; a progress bar goes to stderr (on a terminal, or with --voortgang).
 */
import { availableParallelism } from 'node:os';
import { chooseVersion, loadSharedRules } from '../../src/evaluate/evaluate-case';
import { finishImpact } from '../../src/impact/impact';
import { mergeTallies, tallyImpact, type TallyInput } from '../../src/impact/impact-tally';
import { renderImpactHtml, renderImpactMarkdown } from '../../src/impact/impact-report';
import { SturingError } from '../../src/model/errors';
import type { Region, RuleSetVersion, SharedRules } from '../../src/model/rule-set';
import { parseRuleSetId } from '../../src/model/rule-set';
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
import { describeInputError, readJsonInput } from '../read-input';
import { validateRuleSet } from '../../src/validate/validate-rule-set';
import { UsageError } from '../usage-error';
import { batchSize, casesOf, countCases, inputFilesOf, streamCaseBatches } from './impact-input';
import { readColumnMapping } from '../../node/message-files';
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createProgress } from './impact-progress';
import { tallyJsonLinesOnWorkers } from './impact-workers';

/**
 * A rule set from a file is a draft: it must validate like one before it is published (schema and policy checks,
 * errors as file:line:column), and like a draft in the server it counts as the next version.
 */
async function readDraft(repository: FileRuleRepository, file: string, region: Region, rulesetId: string): Promise<RuleSetVersion> {
  const input = readJsonInput(file);
  const document = input.value as RuleSetVersion;
  const sharedRules = Object.fromEntries(
    await Promise.all((document.sharedRules ?? []).map(async (id) => [id, await repository.getSharedRules(id)] as const)),
  ) as Record<string, SharedRules>;
  const issues = validateRuleSet(document, { region, sharedRules });
  if (issues.length > 0) {
    const error = new SturingError('REGELSET_ONGELDIG', `${input.name} is geen geldige regelset`, issues);
    throw new SturingError(error.code, describeInputError(error, input), issues);
  }
  const latest = Math.max(...(await repository.listVersions(rulesetId)).map((v) => v.version));
  return { ...document, version: latest + 1 };
}

export { readCases } from './impact-input';

/** Cases per batch sent to a worker. */
const BATCH = 5_000;
/**
 * Fewer JSON-lines cases than this are tallied in-process: starting the workers (each loads the engine) costs
 * more than they save. Parsed JSON is always tallied in-process: copying case objects to a worker costs more
 * than tallying them there (BENCHMARKS.md, (c')).
 */
const WORKER_MINIMUM = 50_000;

export interface ImpactArgs {
  ruleset?: string;
  from?: string;
  to?: string;
  cases?: string;
  gemeente?: string;
  format?: string;
  rules?: string;
  /** Worker threads (default: one per core). */
  threads?: string;
  /** Progress bar on stderr also when it is not a terminal. */
  voortgang?: boolean;
  /** Column mapping for CSV/xlsx exports given as --cases. */
  kolommen?: string;
}

/**
 * Workers pay off for JSON-lines input of at least WORKER_MINIMUM cases (estimated from the file sizes: a JSON-lines
 * case is at least ~200 bytes); parsed JSON, messages and exports are tallied in-process.
 */
async function worthWorkers(path: string): Promise<boolean> {
  let bytes = 0;
  const walk = (p: string): boolean => {
    if (statSync(p).isDirectory()) return readdirSync(p).every((name) => walk(join(p, name)));
    if (!p.endsWith('.jsonl')) return !/\.(json|xml|csv|xlsx)$/i.test(p);
    bytes += statSync(p).size;
    return true;
  };
  return walk(path) && bytes >= WORKER_MINIMUM * 200;
}

/** Runs the command; returns the exit code. */
export async function runImpact(args: ImpactArgs, out: (text: string) => void, err: (text: string) => void = () => {}): Promise<number> {
  if (!args.ruleset) throw new UsageError('--ruleset ontbreekt');
  if (!args.from || !/^\d+$/.test(args.from)) throw new UsageError('--from moet een versienummer zijn');
  if (!args.to) throw new UsageError('--to ontbreekt (versienummer of bestand)');
  if (!args.cases) throw new UsageError('--cases ontbreekt (bestand of map)');
  const format = args.format ?? 'md';
  const threads = args.threads === undefined ? availableParallelism() : Number(args.threads);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--threads moet een positief geheel getal zijn, niet "${args.threads}"`);
  if (!['md', 'json', 'html'].includes(format)) throw new UsageError(`--format moet md, json of html zijn, niet "${format}"`);
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const regionId = parseRuleSetId(args.ruleset).region;
  const region = (await repository.listRegions()).find((r) => r.id === regionId);
  if (!region) throw new UsageError(`onbekende regio in --ruleset: "${regionId}"`);
  const from = await chooseVersion(repository, args.ruleset, '9999-12-31', Number(args.from));
  const to: RuleSetVersion = /^\d+$/.test(args.to)
    ? await chooseVersion(repository, args.ruleset, '9999-12-31', Number(args.to))
    : await readDraft(repository, args.to, region, args.ruleset);
  if (to.id !== from.id) throw new UsageError(`--to hoort bij regelset ${to.id}, niet bij ${from.id}`);
  const sharedRules: Record<string, SharedRules> = { ...(await loadSharedRules(repository, from)), ...(await loadSharedRules(repository, to)) };
  const started = Date.now();
  const rulesRoot = args.rules ?? defaultRulesDir();
  const columns = args.kolommen ? readColumnMapping(args.kolommen) : undefined;
  let problems = 0;
  const streamOptions = {
    // Lines that cannot be cases of the rule set's segment are validated, not parsed (the tally skips them anyway).
    caseSegment: parseRuleSetId(from.id).segment,
    messages: {
      repository,
      rulesRoot,
      columns,
      onProblem: (p: { file: string; line: number; column: number; path: string; code: string; message: string }) => {
        problems++;
        if (problems <= 20) err(`${p.file}:${p.line}:${p.column} ${p.path}: ${p.message} [${p.code}]`);
      },
    },
  };
  const showProgress = args.voortgang || process.stderr.isTTY === true;
  // The total for the progress bar: counted in a first streaming pass (JSON lines counted, not parsed; nothing kept).
  const total = showProgress ? await countCases(args.cases, BATCH, streamOptions) : 0;
  const progress = showProgress ? createProgress(total, (text) => process.stderr.write(text), process.stderr.isTTY === true) : undefined;
  const input: TallyInput = { from, to, sharedRules, region, gemeente: args.gemeente, examples: 3 };
  const useWorkers = threads > 1 && (await worthWorkers(args.cases));
  let tallies: ReturnType<typeof tallyImpact>[];
  if (useWorkers) {
    // Only JSON-lines files (worthWorkers): the workers read the raw lines themselves.
    const files = inputFilesOf(args.cases).filter((file) => file.toLowerCase().endsWith('.jsonl'));
    tallies = await tallyJsonLinesOnWorkers(input, files, threads, (cases) => progress?.advance(cases));
  } else {
    tallies = [];
    for await (const batch of streamCaseBatches(args.cases, BATCH, streamOptions)) {
      tallies.push(tallyImpact(input, casesOf(batch)));
      progress?.advance(batchSize(batch));
    }
  }
  progress?.finish();
  if (problems > 20) err(`… en nog ${problems - 20} probleem/problemen bij het lezen van berichten of exports`);
  const merged = mergeTallies(tallies, input.examples);
  // Nothing read is an input error, not an empty report (an empty file, an empty folder, a file holding `42`).
  if (merged.casesRead === 0) throw new UsageError(`${args.cases}: geen casussen gevonden (leeg bestand of lege map)`);
  const report = await finishImpact(input, merged);
  err(`impact: ${report.casesEvaluated} casussen getoetst in ${Date.now() - started} ms${useWorkers ? ` (${threads} threads)` : ''}`);
  out(format === 'json' ? JSON.stringify(report, null, 2) : format === 'html' ? renderImpactHtml(report) : renderImpactMarkdown(report));
  return 0;
}
