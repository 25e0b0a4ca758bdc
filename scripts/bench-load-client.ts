/**
 * The load client of the API measurement (bench-api.ts), a process of its own: autocannon runs here, away from the
 * bench's large heap (the workload's cases, earlier measurements), so the client's own garbage collection does not
 * count as the server's latency. It stays up for the whole measurement (warm, like a real client): each line on
 * stdin is a job `{ "requests": <JSON file with the requests>, "options": <autocannon's other options> }`, each
 * answer one JSON line on stdout with the part of the result the bench uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const autocannon = createRequire(import.meta.url)('autocannon') as (options: unknown) => Promise<{
  latency: { p50: number; p99: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}>;

const requestLists = new Map<string, unknown>();
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const job = JSON.parse(line) as { requests: string; options: Record<string, unknown> };
  if (!requestLists.has(job.requests)) requestLists.set(job.requests, JSON.parse(readFileSync(job.requests, 'utf8')));
  const r = await autocannon({ ...job.options, requests: requestLists.get(job.requests) });
  console.log(
    JSON.stringify({
      latency: { p50: r.latency.p50, p99: r.latency.p99 },
      duration: r.duration,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      '2xx': r['2xx'],
    }),
  );
}
