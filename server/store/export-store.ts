/** `sturing export DIR`: writes every stored version back to files in the layout of rules/, so store and files round-trip. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRuleSetId, SturingError } from '../../engine/src/model';
import { openDatabase, redactUrl, type DatabaseHandle } from './database';
import { RuleStore } from './rule-store';

function writeJson(file: string, value: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Opens a store that must already exist: a typo in --data-dir or an unreachable database is an input error, not an empty export. */
async function openExisting(databaseUrl: string | undefined, dataDir: string): Promise<DatabaseHandle> {
  if (!databaseUrl) {
    if (!existsSync(join(dataDir, 'sturing.sqlite')))
      throw new SturingError('INVOER_ONGELDIG', `${dataDir}: geen Sturing-opslag gevonden (sturing.sqlite ontbreekt); er is niets geëxporteerd`, [], dataDir);
    return openDatabase({ dataDir });
  }
  try {
    return await openDatabase({ databaseUrl });
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? (error as Error).message);
    throw new SturingError('INVOER_ONGELDIG', `database ${redactUrl(databaseUrl)}: niet bereikbaar of geen toegang (${code}); er is niets geëxporteerd`);
  }
}

/**
 * Exports the store at DATABASE_URL (or STURING_DATA_DIR / ./data) to `dir`;
 * with `suitesDir`, also every regression suite — with the expectation
 * history testers added — as `<suitesDir>/<region>/<name>.json`. Returns what it wrote.
 */
export async function exportStore(
  dir: string,
  env: { databaseUrl?: string; dataDir?: string; suitesDir?: string } = {},
): Promise<{ versions: number; regions: number; shared: number; suites: number }> {
  const databaseUrl = env.databaseUrl ?? process.env.DATABASE_URL;
  const handle = await openExisting(databaseUrl, resolve(env.dataDir ?? process.env.STURING_DATA_DIR ?? 'data'));
  const store = new RuleStore(handle);
  try {
    const regions = await store.listRegions();
    for (const region of regions) writeJson(join(dir, region.id, 'region.json'), region);
    const latestShared = new Map((await store.allSharedRules()).map((lib) => [lib.id, lib]));
    for (const lib of latestShared.values()) writeJson(join(dir, 'shared', `${lib.id}.json`), lib);
    const versions = await store.allVersions();
    for (const version of versions) {
      const { region, domain, segment } = parseRuleSetId(version.id);
      writeJson(join(dir, region, domain, segment, `v${version.version}.json`), version);
    }
    let suites = 0;
    if (env.suitesDir) {
      for (const rulesetId of await store.listRuleSetIds()) {
        for (const { id, suite } of await store.listSuites(rulesetId)) {
          writeJson(join(env.suitesDir, parseRuleSetId(rulesetId).region, `${id.split('#').at(-1)}.json`), suite);
          suites++;
        }
      }
    }
    return { versions: versions.length, regions: regions.length, shared: latestShared.size, suites };
  } finally {
    await store.close();
  }
}
