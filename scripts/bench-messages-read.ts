/**
 * (f) of the berichten benchmark on its own: reading and checking the 301 files of a directory on one thread,
 * in-process (allocations per wall-clock second and per CPU-second, median of `rounds`). Used by bench-messages.ts;
 * run alone (`node --import tsx scripts/bench-messages-read.ts [COUNT]`) it writes a fictional directory and prints
 * the figures, e.g. to profile the reader with `node --cpu-prof --import tsx scripts/bench-messages-read.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeMappingFrom, FileRuleRepository, listMessageFiles, streamMessageFile } from '../engine/node';
import { MessageCheck } from '../engine/src/messages';
import { write301Directory } from './bench-messages-data';

const ROOT = new URL('..', import.meta.url).pathname;

export interface ReadCheckRound {
  wall: number;
  cpu: number;
  checked: number;
}

/** Reads and checks every file of `dir` `rounds` times; the rounds sorted by wall time. */
export async function measureReadCheck(dir: string, rounds = 3): Promise<ReadCheckRound[]> {
  const repository = new FileRuleRepository(join(ROOT, 'rules'));
  const mapping = codeMappingFrom(await repository.listRegions(), join(ROOT, 'rules'));
  const result: ReadCheckRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const check = new MessageCheck(repository, mapping, {});
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (const file of listMessageFiles([dir])) await streamMessageFile(check.session, file, () => check.flush());
    const wall = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpuStart);
    result.push({ wall, cpu: (used.user + used.system) / 1e6, checked: check.result().gelezen.items.toewijzing });
  }
  return result.sort((a, b) => a.wall - b.wall);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const rounds = Number(process.argv[3] ?? 3);
  // BENCH_DIR: read an existing directory (e.g. to profile the reading alone), else write a fictional one.
  const given = process.env.BENCH_DIR;
  const dir = given ?? mkdtempSync(join(tmpdir(), 'sturing-bench-lezen-'));
  try {
    const bytes = given ? listMessageFiles([dir]).reduce((n, f) => n + statSync(f).size, 0) : write301Directory(dir, count);
    const all = await measureReadCheck(dir, rounds);
    const median = all[Math.floor(all.length / 2)];
    if (process.env.BENCH_VERBOSE) console.log(all, process.memoryUsage());
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    console.log(
      `(f) ${median.checked} allocations, ${(bytes / 1e6).toFixed(1)} MB: ${median.wall.toFixed(2)} s wall, ${median.cpu.toFixed(2)} s CPU; ` +
        `${Math.round(median.checked / median.wall)} per second, ${Math.round(median.checked / median.cpu)} per CPU-second ` +
        `(best round ${Math.round(median.checked / Math.min(...all.map((r) => r.cpu)))} per CPU-second; load ${load})`,
    );
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}
