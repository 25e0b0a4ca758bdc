/** First start: loads regions, shared rules, every version and the regression suites from the repository's files. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FileRuleRepository, readJsonFile } from '../../engine/node';
import type { RegressionSuite } from '../../engine/src/testing';
import type { RuleSetVersion, SharedRules } from '../../engine/src/model';
import type { RuleStore } from './rule-store';

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
    });
}

/** The rule set a suite belongs to: its `ruleset`, or the one every case names. */
function suiteRuleSet(suite: RegressionSuite): string | undefined {
  if (suite.ruleset) return suite.ruleset;
  const named = new Set(suite.cases.map((c) => c.ruleset).filter(Boolean));
  return named.size === 1 ? [...named][0] : undefined;
}

/** Seeds an empty store; returns what it loaded. */
export async function seedFromFiles(store: RuleStore, rulesDir: string, suitesDir: string): Promise<{ ruleSets: number; versions: number; suites: number }> {
  const files = new FileRuleRepository(rulesDir);
  const regions = await files.listRegions();
  const shared: SharedRules[] = jsonFiles(join(rulesDir, 'shared')).map((f) => readJsonFile(f) as SharedRules);
  const versions: RuleSetVersion[] = [];
  for (const id of await files.listRuleSetIds()) versions.push(...(await files.listVersions(id)));
  const suites = jsonFiles(suitesDir).flatMap((file) => {
    const suite = readJsonFile(file) as RegressionSuite;
    const rulesetId = suiteRuleSet(suite);
    return rulesetId ? [{ id: `${rulesetId}#${basename(file, '.json')}`, rulesetId, suite }] : [];
  });
  await store.seed({ regions, shared, versions, suites }, 'systeem (bestanden)');
  return { ruleSets: new Set(versions.map((v) => v.id)).size, versions: versions.length, suites: suites.length };
}
