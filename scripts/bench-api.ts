/**
 * API measurement (e): POST /api/evaluate with one case and with a batch,
 * under autocannon against the real server in a child process (see
 * bench-api-server.ts) on 127.0.0.1, for a bounded duration each.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The part of autocannon's API and result the bench uses (the package ships no types). */
interface AutocannonResult {
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: 'POST'; path: string; headers: Record<string, string>; body: string }[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface ApiResult {
  name: string;
  requestsPerSecond: number;
  casesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, errors and timeouts: must be 0 for the figures to count. */
  failures: number;
  /** Requests answered with 2xx in the measured interval (the sample behind p50/p99). */
  completed: number;
}

export interface ApiMeasurement {
  results: ApiResult[];
  serverPeakRssMb: number | undefined;
  seconds: number;
}

/** The server's peak resident memory (Linux /proc), or undefined elsewhere. */
function peakRssOf(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the server, runs both loads one after another, stops the server and removes its data. */
export async function measureApi(
  cases: Record<string, unknown>[],
  options: { seconds: number; connections: number; batchConnections: number; batchSize: number },
): Promise<ApiMeasurement> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sturing-bench-'));
  const token = randomBytes(24).toString('hex');
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./bench-api-server.ts', import.meta.url).pathname], {
    env: { ...process.env, STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: token, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /port (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`bench-server stopte met ${code}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Requests cycle through the workload's cases, so every path sees the same cases.
    const single = cases.slice(0, 1000).map((c) => ({ method: 'POST' as const, path: '/api/evaluate', headers, body: JSON.stringify({ case: c }) }));
    const batchesOf = (extra: object) =>
      Array.from({ length: 20 }, (_, i) => ({
        method: 'POST' as const,
        path: '/api/evaluate',
        headers,
        body: JSON.stringify({ cases: cases.slice(i * options.batchSize, (i + 1) * options.batchSize), ...extra }),
      }));
    const run = async (name: string, requests: typeof single, casesPerRequest: number, connections: number): Promise<ApiResult> => {
      await autocannon({ url, connections, duration: 1, requests }); // warm-up
      const r = await autocannon({ url, connections, duration: options.seconds, requests });
      const requestsPerSecond = r['2xx'] / r.duration;
      return {
        name,
        requestsPerSecond,
        casesPerSecond: requestsPerSecond * casesPerRequest,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        failures: r.non2xx + r.errors + r.timeouts,
        completed: r['2xx'],
      };
    };
    const results = [
      await run('(e) POST /api/evaluate, 1 casus per verzoek', single, 1, options.connections),
      await run(`(e) POST /api/evaluate, batch van ${options.batchSize} casussen (met uitleg)`, batchesOf({}), options.batchSize, options.batchConnections),
      await run(
        `(e) POST /api/evaluate, batch van ${options.batchSize} casussen, uitleg: false (gecompileerd)`,
        batchesOf({ uitleg: false }),
        options.batchSize,
        options.batchConnections,
      ),
    ];
    return { results, serverPeakRssMb: peakRssOf(child.pid!), seconds: options.seconds };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
