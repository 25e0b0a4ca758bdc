/**
 * `npm run bench`: one run over one workload (generated Noord-Limburg Wmo
 * S1b cases): (a) json-rules-engine with a reused Engine, (b) the compiled
 * evaluator on one thread, (b+) the same with trace (every finding
 * explained), (c) bulk on a worker thread per core, (d) a hand-written
 * function with S1b's logic, (e) the API under autocannon, (f) a regression
 * run of all suites with explanations on the reference and the compiled path.
 * Prints cases/s, p50/p99, peak memory and ratios; writes BENCHMARKS.md.
 * Not part of npm test.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { Engine, Rule } from 'json-rules-engine';
import { format, resolveConfig } from 'prettier';
import { FileRuleRepository } from '../engine/node';
import { evaluateCaseFast, evaluateCaseTraced, chooseVersion, loadSharedRules, prepareRuleSet } from '../engine/src/evaluate';
import { resolveFactPath, CUSTOM_OPERATORS, applyOverride } from '../engine/src/rules';
import { buildCaseFacts } from '../engine/src/facts';
import { generateCases } from '../engine/src/impact';
import { runAnalysisBenchmark } from './bench-analysis';
import { DEFAULT_API_OPTIONS, measureApi } from './bench-api';
import { measureBulk, type BulkResult } from './bench-bulk';
import { measureRegressionRun } from './bench-regression';
import { createHandWritten } from './bench-hand-written';
import { latencyAsync, latencySync, measureRounds, median, type PassRates } from './bench-measure';
import { parseNdjson, toNdjsonBatches } from './bench-ndjson';

const COUNT = Number(process.env.BENCH_CASES ?? 200_000);
const REFERENCE_COUNT = Number(process.env.BENCH_REFERENCE_CASES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const API_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8);
const BULK_BATCH = 5_000;
const LATENCY_SAMPLE = 20_000;
const command = `BENCH_CASES=${COUNT} BENCH_REFERENCE_CASES=${REFERENCE_COUNT} BENCH_ROUNDS=${ROUNDS} BENCH_API_SECONDS=${API_SECONDS} npm run bench`;

const repository = new FileRuleRepository(new URL('../rules', import.meta.url).pathname);
const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
const sharedRules = await loadSharedRules(repository, ruleSet);
const prepared = prepareRuleSet(ruleSet, sharedRules);
const cases = generateCases({
  year: 2022,
  seed: 2019,
  count: COUNT,
  errorRate: 0.3,
  gemeenten: region.gemeenten,
  segments: [{ domein: 'wmo', segment: 'S1b', clients: 1, percelen: Object.keys(ruleSet.policy.percelen) }],
});
const peakRss = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

// (a) json-rules-engine, one Engine reused, runs strictly one after another.
const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveFactPath });
for (const operator of CUSTOM_OPERATORS) engine.addOperator(operator.name, operator.evaluate);
for (const { rule } of prepared.rules)
  engine.addRule(
    new Rule({
      name: rule.id,
      priority: rule.priority ?? 1,
      conditions: JSON.parse(JSON.stringify(rule.conditions)) as never,
      event: { type: rule.event.type },
    }),
  );
const runReference = (c: Record<string, unknown>) => engine.run(buildCaseFacts(c, applyOverride(ruleSet, c.gemeente as string).policy, c.datum as string));
const runCompiled = (caseData: Record<string, unknown>) => evaluateCaseFast({ caseData, ruleSet, region, sharedRules }, { trusted: true });
const runTraced = (caseData: Record<string, unknown>) => evaluateCaseTraced({ caseData, ruleSet, region, sharedRules }, { trusted: true });
const runHandWritten = createHandWritten(ruleSet);
const textBatches = toNdjsonBatches(cases, BULK_BATCH);

/** The i-th of `parts` equal slices of a list (each round of a slow path takes the next slice). */
const sliceOf = <T>(list: readonly T[], part: number, parts: number): readonly T[] =>
  list.slice(Math.floor((part * list.length) / parts), Math.floor(((part + 1) * list.length) / parts));

// Warm-up, then (a), (b), (b') and (d) in interleaved rounds.
for (const c of cases.slice(0, 1000)) await runReference(c);
for (const c of cases.slice(0, 20_000)) {
  runCompiled(c);
  runTraced(c);
  runHandWritten(c);
}
const names = {
  a: '(a) json-rules-engine, hergebruikte Engine',
  b: '(b) gecompileerd, 1 thread',
  bTrace: '(b+) gecompileerd met spoor (volledige beslissing met uitleg), 1 thread',
  bText: "(b') gecompileerd, 1 thread, vanaf NDJSON-tekst",
  d: '(d) handgeschreven functie (S1b)',
};
const rates = await measureRounds(
  [
    {
      name: names.a,
      pass: async (round) => {
        const slice = sliceOf(cases.slice(0, REFERENCE_COUNT), round, ROUNDS);
        for (const c of slice) await runReference(c);
        return slice.length;
      },
    },
    {
      name: names.b,
      pass: () => {
        for (const c of cases) runCompiled(c);
        return cases.length;
      },
    },
    {
      name: names.bTrace,
      pass: () => {
        for (const c of cases) runTraced(c);
        return cases.length;
      },
    },
    {
      name: names.d,
      pass: () => {
        for (const c of cases) runHandWritten(c);
        return cases.length;
      },
    },
  ],
  ROUNDS,
);
const latencies = new Map([
  [names.a, await latencyAsync(cases.slice(0, Math.min(LATENCY_SAMPLE, REFERENCE_COUNT)), runReference)],
  [names.b, latencySync(cases.slice(0, LATENCY_SAMPLE), runCompiled)],
  [names.bTrace, latencySync(cases.slice(0, LATENCY_SAMPLE), runTraced)],
  [names.d, latencySync(cases.slice(0, LATENCY_SAMPLE), runHandWritten)],
]);
const singleThreadRss = peakRss();

// (b) and (d) must agree on every case, or the comparison means nothing.
let differences = 0;
for (const caseData of cases) {
  const fast = runCompiled(caseData);
  const expected = runHandWritten(caseData);
  if (fast.findings.map((f) => f.ruleId).join() !== expected.fired.join() || fast.undecidedRules.map((u) => u.ruleId).join() !== expected.undecided.join())
    differences++;
}
// (b+) explains what (b) finds: the same rules, every finding with its explanation.
let tracedDifferences = 0;
for (const caseData of cases) {
  const fast = runCompiled(caseData);
  const traced = runTraced(caseData);
  if (traced.findings.map((f) => f.ruleId).join() !== fast.findings.map((f) => f.ruleId).join() || traced.findings.some((f) => !f.explanation))
    tracedDifferences++;
}

// (b') after the rounds above: objects from JSON.parse have other hidden classes than the generator's, and
// mixing both would make the compiled path's property accesses polymorphic in (b) but not in (d).
const textRates = await measureRounds(
  [
    {
      name: names.bText,
      pass: (round) => {
        let count = 0;
        for (const text of sliceOf(textBatches, round, ROUNDS)) {
          for (const c of parseNdjson(text)) {
            runCompiled(c);
            count++;
          }
        }
        return count;
      },
    },
  ],
  ROUNDS,
);
rates.set(names.bText, textRates.get(names.bText)!);

// (c) bulk: text batches to a worker per core (compare with (b')); and case objects copied to the workers.
const threads = availableParallelism();
const objectBatches = Array.from({ length: Math.ceil(cases.length / BULK_BATCH) }, (_, i) => cases.slice(i * BULK_BATCH, (i + 1) * BULK_BATCH));
const bulkText = await measureBulk(textBatches, textBatches[0], { ruleSet, region, sharedRules }, threads);
const bulkObjects = await measureBulk(objectBatches, objectBatches[0], { ruleSet, region, sharedRules }, threads);
const bulkRss = peakRss();

// (f) every regression suite, with explanations: reference path (json-rules-engine) and compiled traced path, interleaved.
const regression = await measureRegressionRun(ROUNDS);

const api = await measureApi(cases, { ...DEFAULT_API_OPTIONS, seconds: API_SECONDS });

const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';
const wall = (name: string): number => median(rates.get(name)!.wall);
const cpuRate = (name: string): number => median(rates.get(name)!.cpu);
const a = wall(names.a);
const d = wall(names.d);
interface Row {
  name: string;
  casesPerSecond: number;
  rates?: PassRates;
  latency?: { p50: number; p99: number; unit: string };
}
const row = (r: Row): string =>
  [
    r.name,
    fmt(r.casesPerSecond),
    r.rates ? `${fmt(Math.min(...r.rates.wall))}–${fmt(Math.max(...r.rates.wall))}` : '—',
    r.rates ? fmt(median(r.rates.cpu)) : '—',
    r.latency ? `${fmt(r.latency.p50, 1)} ${r.latency.unit}` : '—',
    r.latency ? `${fmt(r.latency.p99, 1)} ${r.latency.unit}` : '—',
    `${fmt(r.casesPerSecond / a, 1)}×`,
    `${fmt((100 * r.casesPerSecond) / d, 1)} %`,
  ].join(' | ');
const singleRow = (name: string): string => {
  const l = latencies.get(name);
  return row({ name, casesPerSecond: wall(name), rates: rates.get(name), latency: l && { ...l, unit: 'µs' } });
};
const bulkRow = (name: string, bulk: BulkResult): string => row({ name, casesPerSecond: bulk.casesPerSecond });
const table = [
  '| meting | casussen/s | spreiding rondes | casussen per CPU-s | p50 | p99 | t.o.v. (a) | t.o.v. (d) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...[
    singleRow(names.a),
    singleRow(names.b),
    singleRow(names.bTrace),
    singleRow(names.bText),
    bulkRow(`(c) gecompileerd, ${threads} workers, vanaf NDJSON-tekst`, bulkText),
    bulkRow(`(c') gecompileerd, ${threads} workers, objecten gekopieerd`, bulkObjects),
    singleRow(names.d),
    ...api.results.map((r) =>
      row({
        name: `${r.name}: ${fmt(r.requestsPerSecond, 1)} verzoeken/s, ${fmt(r.completed)} beantwoord`,
        casesPerSecond: r.casesPerSecond,
        latency: { p50: r.p50Ms, p99: r.p99Ms, unit: 'ms' },
      }),
    ),
  ].map((line) => `| ${line} |`),
].join('\n');
const b = wall(names.b);
const bTrace = wall(names.bTrace);
const verdict = (holds: boolean): string => (holds ? 'gehaald' : 'NIET gehaald');
const failures = api.results.reduce((n, r) => n + r.failures, 0);
const text = `# Benchmarks

Command: \`${command}\`
Machine: ${threads} cores (${cpus()[0]?.model ?? 'onbekende cpu'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. The cores are shared with other work, so absolute figures are noisy; the ratios come from interleaved rounds of one run.

**Done-when (issue 11):** (b+), the compiled evaluator with trace (the full decision, every finding explained), is ${fmt(bTrace / a, 1)}× (a) (target ≥ 100×: ${verdict(bTrace / a >= 100)}); (b), without trace, is ${fmt((100 * b) / d, 1)} % of (d) (target ≥ 50 %: ${verdict(b >= d / 2)}). By CPU time: ${fmt(cpuRate(names.bTrace) / cpuRate(names.a), 1)}× and ${fmt((100 * cpuRate(names.b)) / cpuRate(names.d), 1)} %. (b) is ${fmt(b / a, 1)}× (a) (issue 7's target ≥ 200×: ${verdict(b / a >= 200)}). The differential test (\`npx vitest run engine/src/evaluate/compile\`, part of \`npm test\`) compares findings, undecided rules, missing facts and explanation trees of the compiled traced path with json-rules-engine on 100,000 generated cases and requires zero differences.

**Regression run with explanations (f):** all ${regression.suites} suites under \`test/regression\` (${fmt(regression.cases)} cases, every decision with explanations, as \`sturing test\` and the publish gate run them), ${ROUNDS} interleaved rounds, median: before — reference path (json-rules-engine, \`--referentie\`) ${fmt(regression.referenceMs, 0)} ms; after — compiled traced path ${fmt(regression.compiledMs, 0)} ms (${fmt(regression.referenceMs / regression.compiledMs, 1)}× faster). Both give the same results: ${regression.differences} differences.

Workload: ${fmt(COUNT)} generated Noord-Limburg Wmo S1b cases (seed 2019, 30 % decision errors), rule set ${ruleSet.id} v${ruleSet.version}, ${prepared.rules.length} expanded rules. The same case list serves every path.

- (a), (b) and (d) run in ${ROUNDS} interleaved rounds (one pass of each per round), so load from other work hits them alike. (b) and (d) evaluate all ${fmt(COUNT)} cases each round; (a) takes the next slice of the first ${fmt(REFERENCE_COUNT)} cases each round (facts built per case, \`engine.run\` on one reused Engine, one run at a time). (b') runs afterwards, ${ROUNDS} rounds over the next slice of the NDJSON batches each: objects from JSON.parse have other hidden classes than the generator's, and mixing both into the rounds would make the compiled path's property reads polymorphic in (b) but not in (d). "casussen/s" is the median round by wall clock, "spreiding" the slowest and fastest round, "per CPU-s" the median by CPU time of the process (less sensitive to other load). Latency per case from a separate pass over ${fmt(LATENCY_SAMPLE)} cases.
- (b) returns the full result (findings with policy choice and sources, undecided rules, missing facts); (d) returns only the ids of fired and undecided rules. (b) and (d) agree on every case: ${differences} differences. (b+) returns the whole decision (receipt, findings with explanation trees, undecided rules, missing facts, summary, input): the decider decides, and the trace runs for the rules the decision explains or reports as undecided (with a trace observer, such as rule coverage, every rule is traced). (b+) fires the same rules as (b) on every case, each finding explained: ${tracedDifferences} differences.
- Bulk: the same cases as NDJSON text (serialised before the clock starts) in batches of ${fmt(BULK_BATCH)} lines, as a bulk input file is split without parsing it. (b') parses and evaluates on one thread; (c) sends the text batches to ${threads} worker threads (one message per batch, two in flight per worker), which parse and evaluate; its clock runs from the first batch sent to the last answer. Inside the workers the work ran at ${fmt(bulkText.workerCasesPerSecond)} cases/s summed over workers. (c') sends the case objects themselves (postMessage copies them by structured clone): inside the workers ${fmt(bulkObjects.workerCasesPerSecond)} cases/s; the rest of its time is copying, which the main thread does alone. Compare (c) with (b'), not with (b): parsing a case costs far more than evaluating it.
- (e) starts the real server (createApp on a fresh SQLite store in a temporary STURING_DATA_DIR, LOG_LEVEL=warn) as a child process on 127.0.0.1 and runs autocannon for ${api.options.seconds} s per load (${api.options.connections} connections for single cases, ${api.options.batchConnections} for batches of ${fmt(api.options.batchSize)}) after a 1 s warm-up, cycling through the workload's cases; latency per request in ms. The bare Express endpoint (another child process: JSON body parsed, the decision of the first case sent back) is measured in the same run with the same requests. The fixed-rate load sends ${fmt(api.options.fixedRate)} requests/s in total, to the server and, interleaved, to the bare endpoint (autocannon's rate mode lets each connection send its share of a second back to back and then wait, and records latencies corrected for coordinated omission, so one garbage-collection pause of 10–15 ms on this machine adds many samples to the tail, for the bare endpoint as for the server). The server keeps regions, versions and shared rules per store generation (one generation read per request) and reuses prepared and compiled rule sets; as \`npm start\` runs it, bodies of 256 KB and more (the batches) are parsed, evaluated and serialised on evaluation worker threads, one per core. Failed requests: ${failures}. \`node --import tsx scripts/bench-api.ts\` runs (e) alone.

${api.section}
- Peak RSS: bench process ${singleThreadRss} MB after (a)–(d) (the ${fmt(COUNT)} cases held in memory), ${bulkRss} MB after the bulk runs (workers included); server process under (e) ${api.serverPeakRssMb ?? '—'} MB.

${table}
`;
console.log(text);
// Formatted as the repository's prettier check expects (tables aligned).
const target = new URL('../BENCHMARKS.md', import.meta.url);
writeFileSync(target, await format(text, { ...(await resolveConfig(target)), parser: 'markdown' }));
console.log(await runAnalysisBenchmark(target));
// Real data in: 301 files, bounded memory, generate and impact at a million (writes BENCHMARKS-berichten.md).
await import('./bench-messages');
