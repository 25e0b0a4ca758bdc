/**
 * The analysis benchmark (issue 14): every seeded rule set, all municipalities and versions, including
 * witness generation and verification, timed over a few runs (the first one cold). Writes its own section of
 * BENCHMARKS.md. Called from scripts/bench.ts; also runs on its own: `npx tsx scripts/bench-analysis.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { FileRuleRepository } from '../engine/node';
import { analyseRepository, buildWitnessSuite } from '../engine/src/analysis';
import { loadSharedRules } from '../engine/src/evaluate';
import { parseRuleSetId } from '../engine/src/model';

const RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 5);
const HEADING = '## Analyse (issue 14)';

interface Run {
  wallMs: number;
  cpuMs: number;
  ruleSets: number;
  versions: number;
  cells: number;
  ruleContexts: number;
  witnesses: number;
  unverified: number;
  proofs: number;
  nietBeslist: number;
  providerContexts: number;
  providerWitnesses: number;
  providerProofs: number;
  providerCases: number;
}

async function once(): Promise<Run> {
  // A fresh repository each run: reading and parsing the files is part of the work.
  const repository = new FileRuleRepository(fileURLToPath(new URL('../rules', import.meta.url)));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const analyses = await analyseRepository(repository);
  const regions = await repository.listRegions();
  let witnesses = 0;
  let unverified = 0;
  let providerCases = 0;
  for (const analysis of analyses) {
    const versions = await repository.listVersions(analysis.rulesetId);
    const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
    const region = regions.find((r) => r.id === parseRuleSetId(analysis.rulesetId).region)!;
    const built = buildWitnessSuite({ analysis, versions, region, sharedRules: await loadSharedRules(repository, latest) });
    witnesses += built.cases;
    unverified += built.unverified.length;
    providerCases += built.suite.cases.filter((c) => c.providers !== undefined).length;
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const sum = (f: (a: (typeof analyses)[number]) => number) => analyses.reduce((n, a) => n + f(a), 0);
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    ruleSets: analyses.length,
    versions: sum((a) => a.versions.length),
    cells: sum((a) => a.summary.cells),
    ruleContexts: sum((a) => a.summary.ruleContexts),
    witnesses,
    unverified,
    proofs: sum((a) => a.summary.proofs),
    nietBeslist: sum((a) => a.summary.nietBeslist),
    providerContexts: sum((a) => a.summary.providerRuleContexts),
    providerWitnesses: sum((a) => a.summary.providerWitnesses),
    providerProofs: sum((a) => a.summary.providerProofs),
    providerCases,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the benchmark and replaces its own section of BENCHMARKS.md (appended when absent); returns the section. */
export async function runAnalysisBenchmark(target = new URL('../BENCHMARKS.md', import.meta.url)): Promise<string> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const [cold, ...warm] = runs;
  const warmWall = warm.length > 0 ? warm.map((r) => r.wallMs) : [cold.wallMs];
  const warmCpu = warm.length > 0 ? warm.map((r) => r.cpuMs) : [cold.cpuMs];
  const r = cold;
  const section = `${HEADING}

Command: \`npx tsx scripts/bench-analysis.ts\` (also part of \`npm run bench\`), ${RUNS} runs in one process; ${availableParallelism()} shared cores (${cpus()[0]?.model ?? 'onbekende cpu'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.

Work per run: read \`rules/\`, analyse ${r.ruleSets} rule sets (${r.versions} versions, every municipality of the region, every perceel plus an unknown one): responsibility map, timeline, every casus rule per context over the finite partition of its inputs, duplicate and contradicting pairs, every rule on provider data per perceel over the partition of the provider file (each cell realised as a provider file, its facts built by the real fact builder); then build the witness suites (${fmt(r.witnesses)} witness cases, of which ${fmt(r.providerCases)} provider files, each verified again by the compiled evaluator — the provider files by the provider evaluator: ${r.unverified} unconfirmed).

| meting | waarde |
| --- | ---: |
| eerste run (koud), wandklok | ${fmt(cold.wallMs)} ms |
| eerste run (koud), CPU-tijd | ${fmt(cold.cpuMs)} ms |
| volgende runs, mediaan wandklok (spreiding) | ${fmt(median(warmWall))} ms (${fmt(Math.min(...warmWall))}–${fmt(Math.max(...warmWall))}) |
| volgende runs, mediaan CPU-tijd | ${fmt(median(warmCpu))} ms |
| cellen beslist (elk gerealiseerd en geëvalueerd, of als onmogelijk aangetoond) | ${fmt(r.cells)} |
| regel × gemeente × perceel, plus regel × perceel voor de aanbiedersregels | ${fmt(r.ruleContexts)} (niet beslist: ${r.nietBeslist}) |
| getuigen (geverifieerd) | ${fmt(r.witnesses)} (${fmt(r.witnesses - r.unverified)}) |
| bewijzen dat een regel in een context niet kan vuren (per contextklasse) | ${fmt(r.proofs)} |
| waarvan regels over aanbiedersgegevens: regel × perceel, getuigen, bewijzen | ${fmt(r.providerContexts)}, ${fmt(r.providerWitnesses)}, ${fmt(r.providerProofs)} |

**Done-when (issue 14, speed):** all seeded rule sets including witnesses under 5 s: by wall clock ${cold.wallMs < 5000 ? 'gehaald' : 'NIET gehaald'} (cold run ${fmt(cold.wallMs / 1000, 2)} s), by CPU time ${cold.cpuMs < 5000 ? 'gehaald' : 'NIET gehaald'} (cold ${fmt(cold.cpuMs / 1000, 2)} s, warm median ${fmt(median(warmCpu) / 1000, 2)} s). Load average at the start: ${loadavg()
    .map((l) => fmt(l, 1))
    .join(' / ')} on ${availableParallelism()} cores.
`;
  const path = fileURLToPath(target);
  let existing = '';
  try {
    existing = readFileSync(path, 'utf8');
  } catch {
    existing = '# Benchmarks\n';
  }
  // Only this section is replaced (other sections, before or after it, belong to other benchmarks); appended when absent.
  const at = existing.indexOf(HEADING);
  const nextHeading = at >= 0 ? existing.indexOf('\n## ', at + HEADING.length) : -1;
  const before = at >= 0 ? existing.slice(0, at) : existing;
  const after = nextHeading >= 0 ? existing.slice(nextHeading + 1) : '';
  const next = `${before.trimEnd()}\n\n${section}${after ? `\n${after}` : ''}`;
  writeFileSync(path, await format(next, { ...(await resolveConfig(path)), parser: 'markdown' }));
  return section;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await runAnalysisBenchmark());
