/**
 * API measurement (e): POST /api/evaluate under autocannon (in a client process of its own, bench-load-client.ts) against the real server in a child process (see
 * bench-api-server.ts) on 127.0.0.1, for a bounded duration each: one case with full explanation (as fast as it
 * goes, and at a fixed 1,000 requests/s for the latency), a bare Express endpoint answering the same JSON body
 * (bench-api-bare.ts, another child process, measured in the same run), batches with and without explanation.
 * `node --import tsx scripts/bench-api.ts` runs this part alone and prints the table (BENCHMARKS.md is written
 * by `npm run bench` only).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

/** The part of autocannon's API and result the bench uses (the package ships no types). */
interface AutocannonResult {
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
interface AutocannonRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;
/** Request lists written once, by identity, for the load client. */
const requestFiles = new WeakMap<AutocannonRequest[], string>();
let requestDir: string | undefined;
let client: { child: ChildProcess; answers: AsyncIterator<string> } | undefined;

/** autocannon in a process of its own (bench-load-client.ts, one for the whole measurement), away from the bench's heap. */
const autocannon: Autocannon = async ({ requests, ...options }) => {
  requestDir ??= mkdtempSync(join(tmpdir(), 'sturing-bench-load-'));
  let file = requestFiles.get(requests);
  if (!file) {
    file = join(requestDir, `requests-${randomBytes(4).toString('hex')}.json`);
    writeFileSync(file, JSON.stringify(requests));
    requestFiles.set(requests, file);
  }
  if (!client) {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./bench-load-client.ts', import.meta.url).pathname], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    client = { child, answers: createInterface({ input: child.stdout! })[Symbol.asyncIterator]() };
  }
  client.child.stdin!.write(JSON.stringify({ requests: file, options }) + '\n');
  const answer = await client.answers.next();
  if (answer.done) throw new Error('de lastclient stopte');
  return JSON.parse(answer.value) as AutocannonResult;
};

export interface ApiResult {
  name: string;
  requestsPerSecond: number;
  casesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, errors and timeouts: must be 0 for the figures to count. */
  failures: number;
  /** Cases per CPU-second of the answering process. */
  perCpuSecond: number;
  /** Requests answered with 2xx in the measured interval (the sample behind p50/p99). */
  completed: number;
}

export interface ApiOptions {
  seconds: number;
  connections: number;
  batchConnections: number;
  /** Cases per batch (with and without explanation). */
  batchSize: number;
  /** The fixed request rate for the latency measurement. */
  fixedRate: number;
  /** Interleaved rounds of the single-case loads and the bare endpoint. */
  rounds: number;
}

export interface ApiMeasurement {
  results: ApiResult[];
  /** Keys into `results` for the targets of the API section. */
  single: ApiResult;
  bare: ApiResult;
  fixed: ApiResult;
  /** The bare endpoint at the same fixed rate: what the machine and autocannon's rate mode give at all. */
  bareFixed: ApiResult;
  batchFast: ApiResult;
  serverPeakRssMb: number | undefined;
  options: ApiOptions;
  /** A markdown section with the targets, for BENCHMARKS.md. */
  section: string;
}

export const DEFAULT_API_OPTIONS: ApiOptions = { seconds: 8, connections: 10, batchConnections: 2, batchSize: 1000, fixedRate: 1000, rounds: 4 };

/** The server's peak resident memory (Linux /proc), or undefined elsewhere. */
function peakRssOf(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc; clock ticks of 100 Hz), or NaN elsewhere. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Starts a child process that prints "port <n>"; resolves with the port. */
function startChild(script: string, env: Record<string, string>, extraArgs: string[] = []): { child: ChildProcess; port: Promise<number> } {
  const child = spawn(process.execPath, [...extraArgs, '--import', 'tsx', new URL(script, import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /port (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${script} stopte met ${code}`)));
  });
  return { child, port };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—';

/**
 * The node flags `npm start` gives the server (package.json's start script: `tsx <flags> server/index.ts`), so the
 * bench runs the server as it is run; the bare endpoint gets the same flags, for a fair comparison.
 */
export function serverNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const flags = /\btsx\s+(.*?)\s*server\/index\.ts/.exec(start)?.[1] ?? '';
  return flags.split(/\s+/).filter((flag) => flag.startsWith('--'));
}

/** Starts the server and the bare endpoint, runs every load one after another, stops both and removes their data. */
export async function measureApi(cases: Record<string, unknown>[], options: ApiOptions = DEFAULT_API_OPTIONS): Promise<ApiMeasurement> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sturing-bench-'));
  const token = randomBytes(24).toString('hex');
  const profile = process.env.BENCH_API_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_PROFILE}`] : [];
  const flags = serverNodeFlags();
  const server = startChild('./bench-api-server.ts', { STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: token, LOG_LEVEL: 'warn' }, [...flags, ...profile]);
  let bare: ReturnType<typeof startChild> | undefined;
  try {
    const url = `http://127.0.0.1:${await server.port}`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Requests cycle through the workload's cases, so every path sees the same cases.
    const single = cases.slice(0, 1000).map((c) => ({ method: 'POST' as const, path: '/api/evaluate', headers, body: JSON.stringify({ case: c }) }));
    const batchesOf = (extra: object) =>
      Array.from({ length: Math.max(1, Math.min(20, Math.floor(cases.length / options.batchSize))) }, (_, i) => ({
        method: 'POST' as const,
        path: '/api/evaluate',
        headers,
        body: JSON.stringify({ cases: cases.slice(i * options.batchSize, (i + 1) * options.batchSize), ...extra }),
      }));
    // The bare endpoint answers with the decision of the first case, as the real server gives it.
    const sample = await fetch(url + '/api/evaluate', { method: 'POST', headers, body: single[0].body });
    const bodyFile = join(dataDir, 'bare-body.json');
    writeFileSync(bodyFile, await sample.text());
    bare = startChild('./bench-api-bare.ts', { BENCH_BARE_BODY: bodyFile }, flags);
    const bareUrl = `http://127.0.0.1:${await bare.port}`;

    // BENCH_API_ONLY="uitleg: false" measures only the loads whose name contains one of the |-separated words (profiling).
    const only = process.env.BENCH_API_ONLY?.split('|');
    const serverPid = server.child.pid!;
    const barePid = bare.child.pid!;
    interface Load {
      name: string;
      target: string;
      pid: number;
      requests: AutocannonRequest[];
      casesPerRequest: number;
      connections: number;
      overallRate?: number;
    }
    const skipped = (name: string): ApiResult => ({
      name,
      requestsPerSecond: NaN,
      casesPerSecond: NaN,
      perCpuSecond: NaN,
      p50Ms: NaN,
      p99Ms: NaN,
      failures: 0,
      completed: 0,
    });
    /**
     * Runs loads in `rounds` interleaved rounds (each load seconds/rounds per round), so background load on a shared
     * machine hits them alike; requests/s over the summed time, p50/p99 the median of the rounds, and requests per
     * CPU-second of the answering process (less sensitive to other load than wall clock).
     */
    const measure = async (loads: Load[], rounds: number): Promise<ApiResult[]> => {
      const active = loads.filter((l) => !only || only.some((word) => l.name.includes(word)));
      const totals = new Map(active.map((l) => [l, { completed: 0, duration: 0, cpu: 0, failures: 0, p50: [] as number[], p99: [] as number[] }]));
      for (const l of active) await autocannon({ url: l.target, connections: l.connections, duration: 1, overallRate: l.overallRate, requests: l.requests }); // warm-up
      for (let round = 0; round < rounds; round++) {
        for (const l of active) {
          const cpuBefore = cpuSecondsOf(l.pid);
          const r = await autocannon({
            url: l.target,
            connections: l.connections,
            duration: options.seconds / rounds,
            overallRate: l.overallRate,
            requests: l.requests,
          });
          const t = totals.get(l)!;
          t.cpu += cpuSecondsOf(l.pid) - cpuBefore;
          t.completed += r['2xx'];
          t.duration += r.duration;
          t.failures += r.non2xx + r.errors + r.timeouts;
          t.p50.push(r.latency.p50);
          t.p99.push(r.latency.p99);
        }
      }
      const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      return loads.map((l) => {
        const t = totals.get(l);
        if (!t) return skipped(l.name);
        const requestsPerSecond = t.completed / t.duration;
        return {
          name: l.name,
          requestsPerSecond,
          casesPerSecond: requestsPerSecond * l.casesPerRequest,
          perCpuSecond: t.cpu > 0 ? (t.completed * l.casesPerRequest) / t.cpu : NaN,
          p50Ms: median(t.p50),
          p99Ms: median(t.p99),
          failures: t.failures,
          completed: t.completed,
        };
      });
    };
    const run = async (name: string, target: string, requests: AutocannonRequest[], casesPerRequest: number, connections: number, overallRate?: number) =>
      (await measure([{ name, target, pid: target === url ? serverPid : barePid, requests, casesPerRequest, connections, overallRate }], 1))[0];
    const [explainedSingle, singleFast, bareSingle] = await measure(
      [
        {
          name: '(e) POST /api/evaluate, 1 casus met volledige uitleg',
          target: url,
          pid: serverPid,
          requests: single,
          casesPerRequest: 1,
          connections: options.connections,
        },
        {
          name: '(e) POST /api/evaluate, 1 casus, uitleg: false',
          target: url,
          pid: serverPid,
          requests: single.map((r) => ({ ...r, body: r.body.replace(/}$/, ',"uitleg":false}') })),
          casesPerRequest: 1,
          connections: options.connections,
        },
        {
          name: '(e) kale Express-endpoint, zelfde JSON-antwoord',
          target: bareUrl,
          pid: barePid,
          requests: single,
          casesPerRequest: 1,
          connections: options.connections,
        },
      ],
      options.rounds,
    );
    // The same fixed rate against the bare endpoint, interleaved: what the machine and autocannon give at that rate.
    const [fixed, bareFixed] = await measure(
      [
        {
          name: `(e) POST /api/evaluate, 1 casus met uitleg, vast tempo ${fmt(options.fixedRate)} verzoeken/s`,
          target: url,
          pid: serverPid,
          requests: single,
          casesPerRequest: 1,
          connections: options.connections,
          overallRate: options.fixedRate,
        },
        {
          name: `(e) kale Express-endpoint, vast tempo ${fmt(options.fixedRate)} verzoeken/s`,
          target: bareUrl,
          pid: barePid,
          requests: single,
          casesPerRequest: 1,
          connections: options.connections,
          overallRate: options.fixedRate,
        },
      ],
      // One run of the whole duration each: autocannon's rate mode works in whole seconds, short rounds distort it.
      1,
    );
    const batchExplained = await run(
      `(e) POST /api/evaluate, batch van ${fmt(options.batchSize)} casussen (met uitleg)`,
      url,
      batchesOf({}),
      options.batchSize,
      options.batchConnections,
    );
    const batchFast = await run(
      `(e) POST /api/evaluate, batch van ${fmt(options.batchSize)} casussen, uitleg: false`,
      url,
      batchesOf({ uitleg: false }),
      options.batchSize,
      options.batchConnections,
    );
    const results = [explainedSingle, singleFast, bareSingle, fixed, bareFixed, batchExplained, batchFast];
    const serverPeakRssMb = peakRssOf(server.child.pid!);
    return {
      results,
      single: explainedSingle,
      bare: bareSingle,
      fixed,
      bareFixed,
      batchFast,
      serverPeakRssMb,
      options,
      section: apiSection({ single: explainedSingle, bare: bareSingle, fixed, bareFixed, batchFast }, options),
    };
  } finally {
    await stopChild(server.child);
    if (bare) await stopChild(bare.child);
    rmSync(dataDir, { recursive: true, force: true });
    client?.child.stdin!.end();
    if (client) await stopChild(client.child);
    client = undefined;
    if (requestDir) rmSync(requestDir, { recursive: true, force: true });
    requestDir = undefined;
  }
}

/** The API targets (issue 11) as a short markdown section. */
function apiSection(r: { single: ApiResult; bare: ApiResult; fixed: ApiResult; bareFixed: ApiResult; batchFast: ApiResult }, options: ApiOptions): string {
  const verdict = (holds: boolean): string => (holds ? 'gehaald' : 'NIET gehaald');
  const ratio = r.single.requestsPerSecond / r.bare.requestsPerSecond;
  return [
    `**API (issue 11):** one case with full explanation ${fmt(r.single.requestsPerSecond)} requests/s (target ≥ 3,000: ${verdict(r.single.requestsPerSecond >= 3000)}); ` +
      `${fmt(ratio, 2)} × the bare Express endpoint's ${fmt(r.bare.requestsPerSecond)} requests/s in the same run, interleaved (target ≥ 0.5: ${verdict(ratio >= 0.5)}; by CPU time of the answering process ${fmt(r.single.perCpuSecond / r.bare.perCpuSecond, 2)} ×: ${fmt(r.single.perCpuSecond)} vs ${fmt(r.bare.perCpuSecond)} requests per CPU-second); ` +
      `p99 ${fmt(r.fixed.p99Ms, 1)} ms at a fixed ${fmt(options.fixedRate)} requests/s (target ≤ 10 ms: ${verdict(r.fixed.p99Ms <= 10 && r.fixed.failures === 0)}; the bare Express endpoint at the same rate, interleaved: p99 ${fmt(r.bareFixed.p99Ms, 1)} ms); ` +
      `batches of ${fmt(options.batchSize)} cases with \`uitleg: false\` ${fmt(r.batchFast.casesPerSecond)} cases/s (target ≥ 50,000: ${verdict(r.batchFast.casesPerSecond >= 50_000)}).`,
  ].join('\n');
}

/** Run alone: `node --import tsx scripts/bench-api.ts` (BENCH_API_SECONDS, BENCH_API_PROFILE=dir for --cpu-prof of the server). */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { FileRuleRepository } = await import('../engine/node/file-repository');
  const { chooseVersion } = await import('../engine/src/evaluate');
  const { generateCases } = await import('../engine/src/impact');
  const repository = new FileRuleRepository(new URL('../rules', import.meta.url).pathname);
  const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
  const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
  const cases = generateCases({
    year: 2022,
    seed: 2019,
    count: 20_000,
    errorRate: 0.3,
    gemeenten: region.gemeenten,
    segments: [{ domein: 'wmo', segment: 'S1b', clients: 1, percelen: Object.keys(ruleSet.policy.percelen) }],
  });
  const measured = await measureApi(cases, { ...DEFAULT_API_OPTIONS, seconds: Number(process.env.BENCH_API_SECONDS ?? 5) });
  for (const r of measured.results)
    console.log(
      `${r.name}: ${fmt(r.requestsPerSecond, 1)} verzoeken/s, ${fmt(r.casesPerSecond)} casussen/s, ${fmt(r.perCpuSecond)} casussen per CPU-s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, fouten ${r.failures}`,
    );
  console.log(measured.section);
}
