// The regression suites themselves catch a changed severity or rule id: each mutation below, applied to the real rules,
// makes at least one suite case fail (not only unit tests).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../engine/node/file-repository';
import { loadSuite } from '../../engine/node/suite-file';
import type { RuleRepository } from '../../engine/src/model/repository';
import type { SharedRules } from '../../engine/src/model/rule-set';
import { runSuiteCase } from '../../engine/src/testing/run-suite';

const root = new URL('.', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
  });
const suites = files(root).map((file) => loadSuite(file));
const base = new FileRuleRepository(new URL('../../rules', import.meta.url).pathname);

type Event = { type: string; params?: Record<string, unknown> };
/** The repository with every shared rule raising `code` changed by `mutate`. */
function mutated(code: string, mutate: (rule: { event: Event; name?: string }) => void): RuleRepository {
  return {
    listRegions: () => base.listRegions(),
    listVersions: (id) => base.listVersions(id),
    listRuleSetIds: () => base.listRuleSetIds(),
    async getSharedRules(id) {
      const library = structuredClone(await base.getSharedRules(id)) as SharedRules | undefined;
      // Prepared rule sets are cached per library version: a mutated library is a version of its own.
      if (library) library.version += 1000;
      for (const rule of (library?.rules ?? []) as unknown as { event: Event; name?: string }[]) if (rule.event?.type === code) mutate(rule);
      return library;
    },
  };
}

async function failingCases(repository: RuleRepository): Promise<number> {
  let failing = 0;
  for (const suite of suites) for (let i = 0; i < suite.cases.length; i++) if (!(await runSuiteCase(repository, suite, i)).passed) failing++;
  return failing;
}

describe('the regression suites catch', () => {
  it('nothing when the rules are unchanged', async () => {
    expect(await failingCases(base)).toBe(0);
  }, 120_000);

  it('a finding whose severity turned from fout into waarschuwing', async () => {
    const failing = await failingCases(mutated('HOE_BIJ_AANBIEDER', (rule) => (rule.event.params = { ...rule.event.params, severity: 'waarschuwing' })));
    expect(failing).toBeGreaterThan(0);
  }, 120_000);
});
