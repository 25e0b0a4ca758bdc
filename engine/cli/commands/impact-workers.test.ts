import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseVersion, loadSharedRules } from '../../src/evaluate/evaluate-case';
import { generateCases } from '../../src/impact/generate-cases';
import { mergeTallies, tallyImpact, type TallyInput } from '../../src/impact/impact-tally';
import type { RuleSetVersion, ToegangPolicy } from '../../src/model/rule-set';
import { FileRuleRepository } from '../../node/file-repository';
import { regionSegments } from '../../src/impact/region-segments';
import { computeImpact, finishImpact } from '../../src/impact/impact';
import { batchSize, casesOf, countCases, streamCaseBatches, type CaseBatch } from './impact-input';
import { createProgress } from './impact-progress';
import { tallyJsonLinesOnWorkers, tallyOnWorkers } from './impact-workers';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

async function knownChange(): Promise<{ input: TallyInput; cases: Record<string, unknown>[] }> {
  const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
  const from = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
  const to = JSON.parse(JSON.stringify(from)) as RuleSetVersion;
  to.version = from.version + 1;
  for (const perceel of Object.values(to.policy.percelen)) {
    (perceel.toegang as ToegangPolicy).hoe = 'deels-toegang';
    (perceel.toegang as ToegangPolicy).hoeElementenToegang = ['intensiteit'];
  }
  const cases = generateCases({
    year: 2022,
    seed: 11,
    count: 6_000,
    segments: await regionSegments(repository, 'noord-limburg'),
    gemeenten: region.gemeenten,
    errorRate: 0.3,
  });
  return { input: { from, to, sharedRules: await loadSharedRules(repository, from), region, examples: 3 }, cases };
}

/** The tallies of the sequential path: streamed batches (lines of other segments only validated), tallied in-process. */
async function sequentialTallies(input: TallyInput, file: string) {
  const tallies = [];
  for await (const batch of streamCaseBatches(file, 5_000, { caseSegment: 'S1b' })) tallies.push(tallyImpact(input, casesOf(batch)));
  return tallies;
}

describe('sturing impact on worker threads', () => {
  it('gives the same report from raw JSON-lines runs on workers as the sequential path and as one in-process run', async () => {
    const { input, cases } = await knownChange();
    const dir = mkdtempSync(join(tmpdir(), 'sturing-impact-runs-'));
    const file = join(dir, 'casussen.jsonl');
    // Blank lines, a CRLF line and a last line without a line break, as real exports have them.
    const lines = cases.map((c) => JSON.stringify(c));
    lines.splice(100, 0, '', '   ');
    lines[200] += '\r';
    writeFileSync(file, lines.join('\n'));
    // The progress bar's total counts the cases without parsing them.
    expect(await countCases(file, 5_000)).toBe(cases.length);
    let reported = 0;
    // Small runs: many pieces, cut at line breaks, spread over both workers.
    const parallel = await tallyJsonLinesOnWorkers(input, [file], 2, (n) => (reported += n), 64 * 1024);
    expect(parallel.length).toBeGreaterThan(20);
    expect(reported).toBe(cases.length);
    const parallelReport = await finishImpact(input, mergeTallies(parallel, input.examples));
    const sequentialReport = await finishImpact(input, mergeTallies(await sequentialTallies(input, file), input.examples));
    expect(parallelReport.casesChanged).toBeGreaterThan(0);
    expect(parallelReport.casesRead).toBe(cases.length);
    expect(JSON.stringify(parallelReport)).toBe(JSON.stringify(sequentialReport));
    const direct = await computeImpact({ ...input, cases });
    expect(JSON.stringify(parallelReport)).toBe(JSON.stringify(direct));
  }, 120_000);

  it('names the first bad line by its number in the file on both paths, whichever segment it belongs to', async () => {
    const { input, cases } = await knownChange();
    const dir = mkdtempSync(join(tmpdir(), 'sturing-impact-bad-'));
    const lines = cases.slice(0, 4_000).map((c) => JSON.stringify(c));
    const other = lines.findIndex((l, i) => i > 2_500 && !l.includes('"S1b"'));
    lines.splice(10, 0, '');
    // Valid shape, broken JSON, in a segment the tally skips; a later truncated line must not win.
    lines[other + 1] = lines[other + 1].replace('"segment":', '"segment"');
    lines[3_500] = lines[3_500].slice(0, 50);
    const file = join(dir, 'kapot.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const expected = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${other + 2}: ongeldige JSON-regel \\(.+\\); er is niets getoetst$`);
    await expect(tallyJsonLinesOnWorkers(input, [file], 2, () => {}, 64 * 1024)).rejects.toThrow(expected);
    await expect(sequentialTallies(input, file)).rejects.toThrow(expected);
    lines[other + 1] = lines[other + 1].slice(0, 40);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const truncated = `${file}:${other + 2}: geen JSON-object op de regel (een casus per regel); er is niets getoetst`;
    await expect(tallyJsonLinesOnWorkers(input, [file], 2, () => {}, 64 * 1024)).rejects.toThrow(truncated);
    await expect(sequentialTallies(input, file)).rejects.toThrow(truncated);
  }, 120_000);

  it('tallies JSON-lines batches on workers into exactly the in-process tally, reporting every case', async () => {
    const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
    const from = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
    const to = JSON.parse(JSON.stringify(from)) as RuleSetVersion;
    to.version = from.version + 1;
    for (const perceel of Object.values(to.policy.percelen)) {
      (perceel.toegang as ToegangPolicy).hoe = 'deels-toegang';
      (perceel.toegang as ToegangPolicy).hoeElementenToegang = ['intensiteit'];
    }
    const cases = generateCases({
      year: 2022,
      seed: 11,
      count: 8_000,
      segments: await regionSegments(repository, 'noord-limburg'),
      gemeenten: region.gemeenten,
      errorRate: 0.3,
    });
    const input: TallyInput = { from, to, sharedRules: await loadSharedRules(repository, from), region, examples: 3 };
    const batches: CaseBatch[] = [];
    for (let i = 0; i < cases.length; i += 700)
      batches.push(
        cases
          .slice(i, i + 700)
          .map((c) => JSON.stringify(c))
          .join('\n'),
      );
    expect(batches.map(batchSize)).toEqual(batches.map((b) => casesOf(b).length));
    let reported = 0;
    const tallies = await tallyOnWorkers(input, batches, 2, (n) => (reported += n));
    expect(reported).toBe(cases.length);
    const merged = mergeTallies(tallies, input.examples);
    expect(merged.changed).toBeGreaterThan(0);
    expect(merged).toEqual(tallyImpact(input, cases));
  }, 60_000);

  it('draws the progress bar in place on a terminal and a line per tenth otherwise', () => {
    const terminal: string[] = [];
    const bar = createProgress(200, (t) => terminal.push(t), true);
    bar.advance(50);
    bar.advance(150);
    bar.finish();
    expect(terminal).toEqual(['\r[########......................] 25% 50/200 casussen', '\r[##############################] 100% 200/200 casussen', '\n']);
    const file: string[] = [];
    const lines = createProgress(1_000, (t) => file.push(t), false);
    for (let i = 0; i < 100; i++) lines.advance(10);
    expect(file).toHaveLength(10);
    expect(file.at(-1)).toBe('[##############################] 100% 1.000/1.000 casussen\n');
  });
});
