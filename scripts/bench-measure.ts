/**
 * Timing for the bench: paths measured in interleaved rounds (one pass of
 * each path per round), so load from other work on a shared machine hits
 * every path alike; wall-clock and CPU time per pass; latency per case.
 */

/** One measured path: `pass(round)` does one round's work and returns how many cases it evaluated. */
export interface MeasuredPath {
  name: string;
  pass: (round: number) => number | Promise<number>;
}

/** Cases per second of each pass, by wall clock and by CPU time of this process. */
export interface PassRates {
  wall: number[];
  cpu: number[];
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
}

/** Runs `rounds` rounds; in each, every path makes one pass in turn. */
export async function measureRounds(paths: readonly MeasuredPath[], rounds: number): Promise<Map<string, PassRates>> {
  const rates = new Map(paths.map((p) => [p.name, { wall: [] as number[], cpu: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const cases = await path.pass(round);
      const seconds = (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      rates.get(path.name)!.wall.push(cases / seconds);
      rates.get(path.name)!.cpu.push(cases / ((used.user + used.system) / 1e6));
    }
  }
  return rates;
}

function percentiles(latencies: Float64Array): { p50: number; p99: number } {
  latencies.sort();
  const at = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { p50: at(0.5), p99: at(0.99) };
}

/** Latency per case in µs (p50, p99) of a synchronous evaluation. */
export function latencySync<T>(items: readonly T[], run: (item: T) => unknown): { p50: number; p99: number } {
  const latencies = new Float64Array(items.length);
  items.forEach((item, i) => {
    const t = process.hrtime.bigint();
    run(item);
    latencies[i] = Number(process.hrtime.bigint() - t) / 1000;
  });
  return percentiles(latencies);
}

/** Latency per case in µs (p50, p99) of an asynchronous evaluation, one at a time. */
export async function latencyAsync<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const latencies = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const t = process.hrtime.bigint();
    await run(items[i]);
    latencies[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  return percentiles(latencies);
}
