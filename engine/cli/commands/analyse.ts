/**
 * `sturing analyse [paths…|--region R|--ruleset ID] [--as-of D] [--format text|md|json] [--witnesses DIR]`:
 * the policy analysis (responsibility map, timeline, rules, drift); exit 1 on a gap or contradiction.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  analyseDocuments,
  analyseRepository,
  buildWitnessSuite,
  formatAnalysisMarkdown,
  formatAnalysisText,
  isBlocking,
  regionDriftOf,
  type RegionDrift,
  type RuleSetAnalysis,
} from '../../src/analysis';
import { loadSharedRules } from '../../src/evaluate/evaluate-case';
import { isSturingError } from '../../src/model/errors';
import { parseRuleSetId, type RuleSetVersion } from '../../src/model/rule-set';
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
import { readJsonInput } from '../read-input';
import { UsageError } from '../usage-error';

export interface AnalyseArgs {
  region?: string;
  ruleset?: string;
  'as-of'?: string;
  format?: string;
  witnesses?: string;
  rules?: string;
}

function collectJsonFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`${path}: bestand of map bestaat niet`);
  }
  if (stat.isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => collectJsonFiles(join(path, name)));
  }
  return path.endsWith('.json') && !basename(path).startsWith('.') && basename(path) !== 'region.json' ? [path] : [];
}

function looksLikeRuleSet(value: unknown): value is RuleSetVersion {
  const v = value as Partial<RuleSetVersion> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    v.id.split('/').length === 3 &&
    typeof v.version === 'number' &&
    typeof v.effectiveFrom === 'string' &&
    !!v.policy &&
    typeof v.policy.percelen === 'object' &&
    Array.isArray(v.rules)
  );
}

function formatDrift(drift: RegionDrift): string[] {
  const lines = [`Couleur locale in ${drift.region} (aantal afwijkende waarden per sturingselement, laatste versies):`];
  for (const [gemeente, score] of Object.entries(drift.totals)) {
    const total = Object.values(score).reduce((a, b) => a + b, 0);
    if (total > 0)
      lines.push(
        `  ${gemeente}: ${Object.entries(score)
          .map(([e, n]) => `${e} ${n}`)
          .join(', ')}`,
      );
  }
  for (const entry of drift.entries)
    for (const c of entry.changes)
      lines.push(
        `  ${entry.rulesetId} v${entry.version} ${entry.gemeente} ${c.pointer}: ${JSON.stringify(c.baseline)} → ${JSON.stringify(c.value)}${c.source[0] ? ` (bron: ${c.source[0].passage.slice(0, 80)})` : ''}`,
      );
  if (lines.length === 1) lines.push('  geen afwijkingen');
  return lines;
}

/** Runs the command; returns the exit code (0 nothing blocking, 1 gap or contradiction, 2 wrong input). */
export async function runAnalyse(paths: string[], args: AnalyseArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const format = args.format ?? 'text';
  if (!['text', 'md', 'json'].includes(format)) throw new UsageError(`--format moet text, md of json zijn, niet "${format}"`);
  const asOf = args['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of moet een datum JJJJ-MM-DD zijn, niet "${asOf}"`);
  if (paths.length > 0 && (args.region || args.ruleset)) throw new UsageError('geef paden óf --region/--ruleset, niet allebei');
  if (paths.length > 0 && args.witnesses) throw new UsageError('--witnesses werkt op de regelsets in de regelmap (--rules), niet op losse bestanden');
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  let analyses: RuleSetAnalysis[];
  let badFiles = 0;
  if (paths.length > 0) {
    // Versions of one rule set are the v<N>.json files with the same id in one folder; every other file stands alone.
    const groups = new Map<string, RuleSetVersion[]>();
    for (const file of paths.flatMap(collectJsonFiles)) {
      try {
        const input = readJsonInput(file);
        if (!looksLikeRuleSet(input.value)) {
          err(`${file}: geen regelsetversie (id regio/domein/segment, version, effectiveFrom, policy.percelen en rules nodig) [REGELSET_ONGELDIG]`);
          badFiles++;
          continue;
        }
        const key = /^v\d+\.json$/.test(basename(file)) ? `${dirname(file)}|${input.value.id}` : `${file}|${input.value.id}`;
        groups.set(key, [...(groups.get(key) ?? []), input.value]);
      } catch (error) {
        if (!isSturingError(error)) throw error;
        err(`${error.message} [${error.code}]`);
        badFiles++;
      }
    }
    if (groups.size === 0) throw new UsageError('geen regelsetversies gevonden in de opgegeven paden');
    analyses = [];
    // One unreadable rule set never stops the others.
    for (const [key, documents] of groups) {
      try {
        analyses.push(...(await analyseDocuments(repository, documents, asOf)));
      } catch (error) {
        if (!isSturingError(error)) throw error;
        err(`${key.replace('|', ': ')}: ${error.message} [${error.code}]`);
        badFiles++;
      }
    }
  } else {
    analyses = await analyseRepository(repository, { regionId: args.region, rulesetId: args.ruleset, asOf });
  }
  const regionIds = [...new Set(analyses.map((a) => parseRuleSetId(a.rulesetId).region))];
  const drift = paths.length > 0 ? [] : await Promise.all(regionIds.map((id) => regionDriftOf(repository, id)));

  let unverified = 0;
  if (args.witnesses) {
    mkdirSync(args.witnesses, { recursive: true });
    const regions = await repository.listRegions();
    let written = 0;
    for (const analysis of analyses) {
      const versions = await repository.listVersions(analysis.rulesetId);
      const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
      const region = regions.find((r) => r.id === parseRuleSetId(analysis.rulesetId).region);
      if (!region) continue;
      const built = buildWitnessSuite({ analysis, versions, region, sharedRules: await loadSharedRules(repository, latest) });
      if (built.cases === 0) continue;
      writeFileSync(join(args.witnesses, `${analysis.rulesetId.replace(/\//g, '-')}.json`), JSON.stringify(built.suite, null, 2) + '\n');
      written += built.cases;
      unverified += built.unverified.length;
      for (const name of built.unverified) err(`getuige niet bevestigd: ${name}`);
    }
    err(`${written} getuigen geschreven naar ${args.witnesses} (${unverified} niet bevestigd); draai ze met: sturing test ${args.witnesses}`);
  }

  if (format === 'json') out(JSON.stringify({ analyses, drift }, null, 2));
  else if (format === 'md')
    out([formatAnalysisMarkdown(analyses), ...drift.map((d) => ['', '## Couleur locale', '', '```', ...formatDrift(d), '```'].join('\n'))].join('\n'));
  else {
    for (const line of formatAnalysisText(analyses)) out(line);
    for (const d of drift) for (const line of formatDrift(d)) out(line);
    const blocking = analyses.reduce((n, a) => n + a.findings.filter(isBlocking).length, 0);
    const cells = analyses.reduce((n, a) => n + a.summary.cells, 0);
    out(`${analyses.length} regelset(s) geanalyseerd, ${cells} cellen beslist, ${blocking} gat/tegenstrijdigheid.`);
  }
  if (badFiles > 0) return 2;
  return analyses.some((a) => a.findings.some(isBlocking)) || unverified > 0 ? 1 : 0;
}
