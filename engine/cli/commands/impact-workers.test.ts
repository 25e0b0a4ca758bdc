import { describe, expect, it } from 'vitest';
import { chooseVersion, loadSharedRules } from '../../src/evaluate/evaluate-case';
import { generateCases } from '../../src/impact/generate-cases';
import { mergeTallies, tallyImpact, type TallyInput } from '../../src/impact/impact-tally';
import type { RuleSetVersion, ToegangPolicy } from '../../src/model/rule-set';
import { FileRuleRepository } from '../../node/file-repository';
import { regionSegments } from '../../src/impact/region-segments';
import { batchSize, casesOf, type CaseBatch } from './impact-input';
import { createProgress } from './impact-progress';
import { tallyOnWorkers } from './impact-workers';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);

describe('sturing impact on worker threads', () => {
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
