/** A RuleRepository over the rules/ folder (the CLI's store). Files are read once and kept. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SturingError } from '../src/model/errors';
import type { RuleRepository } from '../src/model/repository';
import type { Region, RuleSetVersion, SharedRules } from '../src/model/rule-set';
import { JsonSourceMap, parseJsonText } from '../src/json/source-location';
import { validateAgainstSchema, type SchemaName } from '../src/model/schemas';
import { jsonDepthProblem } from '../src/json/json-depth';

/** Reads and parses a JSON file, throwing JSON_ONGELDIG with file:line:column on a syntax error or extreme nesting. */
export function readJsonFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new SturingError('JSON_ONGELDIG', `${file}:${parsed.line}:${parsed.column} ${parsed.error}`, [], file);
  const tooDeep = jsonDepthProblem(parsed.value);
  if (tooDeep) throw new SturingError('JSON_ONGELDIG', `${file}: ${tooDeep.path || '/'} ${tooDeep.message}`, [tooDeep], file);
  return parsed.value;
}

/**
 * Reads a JSON file that must match a schema (a rule-set version, a region): the engine relies on the shape of
 * what the repository returns, so a file that does not match is refused here, naming file:line:column and field.
 */
function readCheckedFile(file: string, schema: SchemaName, code: 'REGELSET_ONGELDIG' | 'REGIO_ONGELDIG', what: string): unknown {
  const value = readJsonFile(file);
  const issues = validateAgainstSchema(schema, value);
  if (issues.length === 0) return value;
  const first = issues[0];
  const at = new JsonSourceMap(readFileSync(file, 'utf8')).locate(first.path);
  const more = issues.length > 1 ? ` (en ${issues.length - 1} andere)` : '';
  throw new SturingError(
    code,
    `${file}:${at.line}:${at.column} ${first.path || '/'}: ${first.message}${more} — ${what} (controleer met sturing validate)`,
    issues.map((i) => ({ ...i, file })),
    file,
  );
}

const VERSION_FILE = /^v(\d+)\.json$/;

/** Every rule-set version file under a rules root: <root>/<region>/<domain>/<segment>/v<N>.json. */
export function listVersionFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (depth < 3 && !(depth === 0 && name === 'shared')) walk(path, depth + 1);
      } else if (depth === 3 && VERSION_FILE.test(name)) files.push(path);
    }
  };
  if (existsSync(root)) walk(root, 0);
  return files;
}

export class FileRuleRepository implements RuleRepository {
  private regions?: Region[];
  private versions?: Map<string, RuleSetVersion[]>;
  private readonly shared = new Map<string, SharedRules | undefined>();

  constructor(readonly root: string) {
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new SturingError('INVOER_ONGELDIG', `${root}: map met regelsets niet gevonden`, [], root);
  }

  private loadVersions(): Map<string, RuleSetVersion[]> {
    if (!this.versions) {
      this.versions = new Map();
      for (const file of listVersionFiles(this.root)) {
        const version = readCheckedFile(file, 'ruleset.schema.json', 'REGELSET_ONGELDIG', 'geen geldige regelset') as RuleSetVersion;
        const list = this.versions.get(version.id) ?? [];
        list.push(version);
        this.versions.set(version.id, list);
      }
      for (const list of this.versions.values()) list.sort((a, b) => a.version - b.version);
    }
    return this.versions;
  }

  async listRegions(): Promise<Region[]> {
    if (!this.regions) {
      this.regions = existsSync(this.root)
        ? readdirSync(this.root)
            .sort()
            .map((name) => join(this.root, name, 'region.json'))
            .filter((file) => existsSync(file))
            .map((file) => readCheckedFile(file, 'region.schema.json', 'REGIO_ONGELDIG', 'geen geldige regio') as Region)
        : [];
    }
    return this.regions;
  }

  async listVersions(rulesetId: string): Promise<RuleSetVersion[]> {
    return this.loadVersions().get(rulesetId) ?? [];
  }

  async listRuleSetIds(): Promise<string[]> {
    return [...this.loadVersions().keys()].sort();
  }

  async getSharedRules(id: string): Promise<SharedRules | undefined> {
    if (!this.shared.has(id)) {
      const file = join(this.root, 'shared', `${id}.json`);
      this.shared.set(id, existsSync(file) ? (readJsonFile(file) as SharedRules) : undefined);
    }
    return this.shared.get(id);
  }
}
