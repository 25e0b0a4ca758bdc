/** Validates one rule-set file on disk (a version, region.json, productcodes.json or a shared library), its problems located as file:line:column. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Issue } from '../src/model/errors';
import type { Region, RuleSetVersion, SharedRules } from '../src/model/rule-set';
import { JsonSourceMap, parseJsonText } from '../src/json/source-location';
import { validateRegion, validateRuleSet, validateSharedRules } from '../src/validate/validate-rule-set';
import { jsonDepthProblem } from '../src/json/json-depth';
import { validateProductCodeTable } from '../src/messages/code-mapping';
import { FileRuleRepository } from './file-repository';
import { defaultRulesDir, findRulesRoot } from './paths';

export interface LocatedIssue extends Issue {
  file: string;
  line: number;
  column: number;
}

async function loadContext(root: string): Promise<{ regions: Region[]; shared: Record<string, SharedRules> }> {
  const repository = new FileRuleRepository(root);
  const regions = await repository.listRegions();
  const shared: Record<string, SharedRules> = {};
  for (const name of safeReaddir(join(root, 'shared'))) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -5);
    try {
      const library = await repository.getSharedRules(id);
      if (library) shared[id] = library;
    } catch {
      // a broken library is reported when it is validated itself
    }
  }
  return { regions, shared };
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The regions and, for the table's region, each rule set's percelen (latest version), keyed "domein/segment". */
async function segmentContext(root: string, table: unknown): Promise<{ regions: Region[]; segments: Map<string, Set<string>> }> {
  const repository = new FileRuleRepository(root);
  const regions = await repository.listRegions();
  const regio = (table as { regio?: unknown })?.regio;
  const segments = new Map<string, Set<string>>();
  for (const id of await repository.listRuleSetIds()) {
    const [region, domain, segment] = id.split('/');
    if (region !== regio) continue;
    const versions = await repository.listVersions(id);
    const percelen = new Set<string>();
    for (const version of versions) for (const perceel of Object.keys(version.policy?.percelen ?? {})) percelen.add(perceel);
    segments.set(`${domain}/${segment}`, percelen);
  }
  return { regions, segments };
}

/** Issues that follow from where a version file lives: its id and number must match its path. */
function checkLocation(file: string, root: string, ruleSet: RuleSetVersion): Issue[] {
  const parts = relative(root, file).split(sep);
  const match = /^v(\d+)\.json$/.exec(basename(file));
  if (parts.length !== 4 || !match) return [];
  const issues: Issue[] = [];
  const expectedId = parts.slice(0, 3).join('/');
  if (ruleSet.id !== expectedId) issues.push({ path: '/id', code: 'ID_INCONSISTENT', message: `id moet "${expectedId}" zijn (volgt uit de map)` });
  if (ruleSet.version !== Number(match[1]))
    issues.push({ path: '/version', code: 'ID_INCONSISTENT', message: `versie moet ${match[1]} zijn (volgt uit de bestandsnaam)` });
  return issues;
}

/** Validates one file; the kind follows from its name and place. */
export async function validateFile(file: string): Promise<LocatedIssue[]> {
  const text = readFileSync(file, 'utf8');
  const parsed = parseJsonText(text);
  if ('error' in parsed) return [{ file, line: parsed.line, column: parsed.column, path: '', code: 'JSON_ONGELDIG', message: parsed.error }];
  const tooDeep = jsonDepthProblem(parsed.value);
  // No source map here: building one for extreme nesting would overflow the stack.
  if (tooDeep) return [{ file, line: 1, column: 1, path: tooDeep.path, code: 'JSON_ONGELDIG', message: tooDeep.message }];
  const root = findRulesRoot(file) ?? defaultRulesDir();
  let issues: Issue[];
  if (basename(file) === 'region.json') issues = validateRegion(parsed.value);
  else if (basename(file) === 'productcodes.json') issues = validateProductCodeTable(parsed.value, await segmentContext(root, parsed.value));
  else if (basename(dirname(file)) === 'shared') issues = validateSharedRules(parsed.value);
  else {
    const context = await loadContext(root);
    const document = parsed.value as RuleSetVersion;
    const regionId = typeof document?.id === 'string' ? document.id.split('/')[0] : undefined;
    issues = validateRuleSet(parsed.value, { region: context.regions.find((r) => r.id === regionId), sharedRules: context.shared });
    if (issues.length === 0 || !issues.some((i) => i.path === '/id')) issues.push(...checkLocation(file, root, document));
  }
  const map = new JsonSourceMap(text);
  return issues.map((issue) => ({ ...issue, file, ...map.locate(issue.path) }));
}
