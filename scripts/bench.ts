/**
 * `npm run bench`: one run, same cases (generated Noord-Limburg Wmo S1b):
 * (a) json-rules-engine with a reused Engine, (b) the compiled evaluator on
 * one thread, (c) the compiled evaluator with a worker per core, (d) a
 * hand-written function with S1b's logic. Prints cases/s, p50/p99, peak
 * memory and ratios; writes BENCHMARKS.md. Not part of npm test.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Engine, Rule } from 'json-rules-engine';
import { FileRuleRepository } from '../engine/cli/file-repository';
import { evaluateCaseFast } from '../engine/src/compile/compiled-evaluate';
import { chooseVersion, loadSharedRules } from '../engine/src/evaluate-case';
import { resolveFactPath } from '../engine/src/fact-path';
import { buildCaseFacts } from '../engine/src/facts';
import { generateCases } from '../engine/src/generate-cases';
import { decideHoeResponsibility } from '../engine/src/hoe-responsibility';
import { CUSTOM_OPERATORS } from '../engine/src/operators';
import { applyOverride } from '../engine/src/overrides';
import { prepareRuleSet } from '../engine/src/prepare-rule-set';
import { HOE_ELEMENTS, type ToegangPolicy } from '../engine/src/rule-set';

const COUNT = Number(process.env.BENCH_CASES ?? 20_000);
const REFERENCE_COUNT = Number(process.env.BENCH_REFERENCE_CASES ?? 4_000);

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

interface Result {
  name: string;
  casesPerSecond: number;
  p50: number;
  p99: number;
  peakRssMb: number;
}

const peakRss = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** Throughput over `rounds` passes, and latency per case (µs) in a separate pass. */
function measureSync(name: string, run: (c: Record<string, unknown>) => unknown, rounds: number): Result {
  for (const c of cases.slice(0, 5000)) run(c); // warm-up
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const c of cases) run(c);
  const seconds = (performance.now() - start) / 1000;
  const latencies = new Float64Array(cases.length);
  cases.forEach((c, i) => {
    const t = process.hrtime.bigint();
    run(c);
    latencies[i] = Number(process.hrtime.bigint() - t) / 1000;
  });
  latencies.sort();
  return { name, casesPerSecond: (rounds * cases.length) / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), peakRssMb: peakRss() };
}

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
async function measureReference(): Promise<Result> {
  const sample = cases.slice(0, REFERENCE_COUNT);
  const factsOf = (c: Record<string, unknown>) => buildCaseFacts(c, applyOverride(ruleSet, c.gemeente as string).policy, c.datum as string);
  for (const c of sample.slice(0, 500)) await engine.run(factsOf(c));
  const latencies = new Float64Array(sample.length);
  const start = performance.now();
  for (let i = 0; i < sample.length; i++) {
    const t = process.hrtime.bigint();
    await engine.run(factsOf(sample[i]));
    latencies[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  const seconds = (performance.now() - start) / 1000;
  latencies.sort();
  return {
    name: '(a) json-rules-engine, hergebruikte Engine',
    casesPerSecond: sample.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    peakRssMb: peakRss(),
  };
}

// (d) hand-written: S1b's rules (shared toegang library) as plain code, with the same three-valued outcome.
const percelen = Object.keys(ruleSet.policy.percelen);
const hoeByPerceel = new Map(percelen.map((p) => [p, decideHoeResponsibility(ruleSet.policy.percelen[p].toegang as ToegangPolicy)]));
const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' ? v.trim() === '' : Array.isArray(v) ? v.length === 0 : typeof v === 'object' ? Object.keys(v).length === 0 : false);
function handWritten(c: Record<string, unknown>): { fired: string[]; undecided: string[] } {
  const fired: string[] = [];
  const undecided: string[] = [];
  const perceel = c.perceel as string;
  const known = percelen.includes(perceel);
  if (!known) fired.push('toegang/perceel-onbekend');
  const toegang = known ? (ruleSet.policy.percelen[perceel].toegang as ToegangPolicy) : undefined;
  const hb = known ? hoeByPerceel.get(perceel)! : undefined;
  const besluit = c.besluit as {
    wat?: { doelen?: unknown; resultaatgebieden?: unknown };
    hoe?: Record<string, { waarde?: unknown; vastgesteldDoor?: unknown }>;
    indicatie?: { tot?: unknown };
  };
  if (toegang?.wat === 'toegang' && isEmpty(besluit.wat?.doelen) && isEmpty(besluit.wat?.resultaatgebieden)) fired.push('toegang/wat-ontbreekt');
  const hoe = besluit.hoe ?? {};
  for (const element of HOE_ELEMENTS) {
    const choice = hoe[element];
    if (hb?.[element] === 'aanbieder' && choice?.vastgesteldDoor === 'toegang') fired.push(`toegang/hoe-bij-aanbieder/${element}`);
  }
  const toewijzing = c.toewijzing;
  if (hb?.intensiteit === 'aanbieder' && toewijzing !== undefined) {
    if (toewijzing === 'specifiek') fired.push('toegang/hoe-specifieke-toewijzing');
  } else if (hb?.intensiteit === 'aanbieder' && toewijzing === undefined) {
    // bestaat → false: the all is false, decided
  }
  for (const element of HOE_ELEMENTS) {
    if (hb?.[element] === 'in-overleg' && hoe[element]?.vastgesteldDoor === 'toegang') fired.push(`toegang/hoe-in-overleg-vereist/${element}`);
  }
  for (const element of HOE_ELEMENTS) if (hb?.[element] === 'toegang' && isEmpty(hoe[element]?.waarde)) fired.push(`toegang/hoe-ontbreekt/${element}`);
  if (toegang?.indicatie?.onbepaaldeTijdToegestaan === false) {
    const tot = besluit.indicatie?.tot;
    if (tot === undefined) undecided.push('toegang/indicatie-onbepaalde-tijd');
    else if (tot === null) fired.push('toegang/indicatie-onbepaalde-tijd');
  }
  // S1b has no decision-free period, no own-contribution ban and no result-area limit: those rules are false.
  return { fired, undecided };
}

const results: Result[] = [await measureReference()];
results.push(measureSync('(b) gecompileerd, 1 thread', (caseData) => evaluateCaseFast({ caseData, ruleSet, region, sharedRules }, { trusted: true }), 10));
results.push(measureSync('(d) handgeschreven functie (S1b)', handWritten, 10));

// Same outcome check between (b) and (d).
let differences = 0;
for (const caseData of cases) {
  const fast = evaluateCaseFast({ caseData, ruleSet, region, sharedRules }, { trusted: true });
  const hand = handWritten(caseData);
  if (fast.findings.map((f) => f.ruleId).join() !== hand.fired.join() || fast.undecidedRules.map((u) => u.ruleId).join() !== hand.undecided.join())
    differences++;
}

// (c) one worker per core, compiled evaluator.
const threads = availableParallelism();
const repeat = 10;
const workers = Array.from({ length: threads }, (_, i) => {
  const share = cases.filter((_c, k) => k % threads === i);
  return new Worker(new URL('./bench-worker.mjs', import.meta.url), { workerData: { cases: share, ruleSet, region, sharedRules, repeat } });
});
await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
const started = performance.now();
await Promise.all(
  workers.map(
    (w) =>
      new Promise((resolve) => {
        w.once('message', resolve);
        w.postMessage('start');
      }),
  ),
);
const workerSeconds = (performance.now() - started) / 1000;
await Promise.all(workers.map((w) => w.terminate()));
results.splice(2, 0, {
  name: `(c) gecompileerd, ${threads} workers`,
  casesPerSecond: (cases.length * repeat) / workerSeconds,
  p50: NaN,
  p99: NaN,
  peakRssMb: peakRss(),
});

const a = results[0].casesPerSecond;
const d = results.find((r) => r.name.startsWith('(d)'))!.casesPerSecond;
const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';
const rows = results.map(
  (r) =>
    `| ${r.name} | ${fmt(r.casesPerSecond)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.peakRssMb} | ${fmt(r.casesPerSecond / a, 1)}× | ${fmt((100 * r.casesPerSecond) / d, 0)} % |`,
);
const table = ['| meting | casussen/s | p50 (µs) | p99 (µs) | piek-RSS (MB) | t.o.v. (a) | t.o.v. (d) |', '|---|---:|---:|---:|---:|---:|---:|', ...rows].join(
  '\n',
);
const text = `# Benchmarks

Command: \`npm run bench\` (\`BENCH_CASES=${COUNT} BENCH_REFERENCE_CASES=${REFERENCE_COUNT}\`), ${threads} cores, Node ${process.version}.
Workload: ${COUNT} generated Noord-Limburg Wmo S1b cases (seed 2019, 30 % decision errors), rule set ${ruleSet.id} v${ruleSet.version}, ${prepared.rules.length} expanded rules.
(a) runs ${REFERENCE_COUNT} of them (engine.run per case on one reused Engine, one at a time); (b) and (d) ${repeat} passes over all of them; (c) the same with one worker thread per core.
Latency p50/p99 per case is measured in a separate pass; peak RSS is the process maximum so far (cumulative).
(b) and (d) give the same fired/undecided rules on every case: ${differences} differences.

${table}

(e) POST /api/evaluate and the batch endpoint under autocannon: not measured yet.
`;
console.log(text);
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), text);
