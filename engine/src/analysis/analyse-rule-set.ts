/** Runs the whole analysis for a rule set (every version, every municipality and perceel) or for every rule set of a repository. */
import { compileRules } from '../evaluate/compile/compile-rules';
import { prepareRuleSet } from '../evaluate/prepare-rule-set';
import { loadSharedRules } from '../evaluate/evaluate-case';
import type { RuleRepository } from '../model/repository';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';
import { applyOverride } from '../rules/overrides';
import { isInForce } from '../rules/resolve-version';
import { SturingError } from '../model/errors';
import { isBlocking, pointerSegment, type AnalysisFinding } from './analysis-finding';
import { buildResponsibilityMap, deciderText, policyPointer, responsibilityFindings, type Decider, type ResponsibilityRow } from './responsibility-map';
import { analyseRulesInContext, elementsOf, type PairResult, type RuleContextResult } from './rule-analysis';
import { analyseTimeline } from './timeline';
import { analyseProviderRules, type ProviderPairResult, type ProviderRuleResult } from './provider-analysis';
import type { AnalysisContext } from './witness';
import { regionDrift, type RegionDrift } from './drift';

/** A perceel the segment does not have, so PERCEEL_ONBEKEND and its neighbours are analysed too. */
export const UNKNOWN_PERCEEL = 'onbekend-perceel';

export interface ContextClass {
  /** Municipalities whose applied policy for this perceel is identical (analysed once, valid for each). */
  gemeenten: string[];
  perceel: string;
  rules: RuleContextResult[];
  pairs: PairResult[];
}

export interface VersionAnalysis {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  map: ResponsibilityRow[];
  contexts: ContextClass[];
  findings: AnalysisFinding[];
  cells: number;
  /** Rules on provider data, per perceel of the regional policy: a verified witness provider file, a proof, or not decided with the size. */
  providerRules: ProviderRuleResult[];
  /** Provider rules with the same or contradicting codes, per perceel: can they fire for one provider file? */
  providerPairs: ProviderPairResult[];
}

export interface RuleSetAnalysis {
  rulesetId: string;
  title: string;
  versions: VersionAnalysis[];
  /** Every finding: per version, then the timeline. */
  findings: AnalysisFinding[];
  summary: AnalysisSummary;
}

export interface AnalysisSummary {
  cells: number;
  ruleContexts: number;
  bewezen: number;
  nietBeslist: number;
  witnesses: number;
  witnessesVerified: number;
  proofs: number;
  /** Of the above: rule × perceel contexts of the rules on provider data, their witness files and their proofs. */
  providerRuleContexts: number;
  providerWitnesses: number;
  providerProofs: number;
  blocking: number;
  warnings: number;
}

export interface AnalyseOptions {
  region: Region | undefined;
  sharedRules: Record<string, SharedRules>;
  /** Only the version in force on this date (the timeline still covers every version). */
  asOf?: string;
}

function rulePointer(ruleSet: RuleSetVersion, ruleId: string): string {
  const index = ruleSet.rules.findIndex((r) => r.id === ruleId || ruleId.startsWith(`${r.id}/`));
  return index >= 0 ? `/rules/${index}` : '/sharedRules';
}

function perceelKey(ruleSet: RuleSetVersion, gemeente: string, perceel: string, readsGemeente: boolean): string {
  const { policy } = applyOverride(ruleSet, gemeente);
  return JSON.stringify([
    readsGemeente ? gemeente : '',
    perceel,
    policy.percelen[perceel] ?? null,
    Object.keys(policy.percelen),
    policy.basiseenheid,
    policy.domein,
    policy.segment,
  ]);
}

/** Analyses one version: responsibility map, rules per context class, duplicate and contradicting findings. */
export function analyseVersion(ruleSet: RuleSetVersion, options: AnalyseOptions): VersionAnalysis {
  const region = options.region;
  const gemeenten = region ? region.gemeenten.map((g) => g.id) : Object.keys(ruleSet.overrides ?? {});
  const contextOf = (gemeente: string, perceel: string): AnalysisContext => ({
    ruleSet,
    sharedRules: options.sharedRules,
    region: region ?? {
      id: parseRuleSetId(ruleSet.id).region,
      naam: parseRuleSetId(ruleSet.id).region,
      gemeenten: gemeenten.map((id) => ({ id, naam: id })),
      source: [],
    },
    gemeente,
    perceel,
  });
  const map = buildResponsibilityMap(ruleSet, gemeenten);
  const findings: AnalysisFinding[] = responsibilityFindings(map, contextOf);
  const prepared = prepareRuleSet(ruleSet, options.sharedRules);
  let rules: ReturnType<typeof compileRules>;
  try {
    rules = compileRules(prepared);
  } catch (error) {
    throw new SturingError(
      'REGELSET_ONGELDIG',
      `De regels van ${ruleSet.id} versie ${ruleSet.version} kunnen niet worden geanalyseerd: ${error instanceof Error ? error.message : String(error)}`,
      [{ path: '/rules', message: 'niet uitvoerbaar' }],
    );
  }
  const readsGemeente = JSON.stringify(prepared.rules.map((r) => r.rule.conditions)).includes('"fact":"gemeente"');
  const classes = new Map<string, ContextClass & { context: AnalysisContext }>();
  for (const gemeente of gemeenten) {
    const percelen = Object.keys(applyOverride(ruleSet, gemeente).policy.percelen ?? {});
    for (const perceel of [...percelen, UNKNOWN_PERCEEL]) {
      const key = perceelKey(ruleSet, gemeente, perceel, readsGemeente);
      const existing = classes.get(key);
      if (existing) existing.gemeenten.push(gemeente);
      else classes.set(key, { gemeenten: [gemeente], perceel, rules: [], pairs: [], context: contextOf(gemeente, perceel) });
    }
  }
  let cells = 0;
  let providerResults: ProviderRuleResult[] = [];
  let providerPairs: ProviderPairResult[] = [];
  for (const cls of classes.values()) {
    const analysed = analyseRulesInContext(cls.context, rules);
    cls.rules = analysed.results;
    cls.pairs = analysed.pairs;
    cells += analysed.cells;
  }
  const contexts = [...classes.values()].map(({ context: _c, ...rest }) => rest);
  const naam = (id: string) => region?.gemeenten.find((g) => g.id === id)?.naam ?? id;
  const where = (cls: ContextClass) => `${cls.gemeenten.map(naam).join(', ')}, perceel ${cls.perceel}`;
  const common = { rulesetId: ruleSet.id, version: ruleSet.version };

  // Rules that can fire nowhere, where at least one context rules them out by their own conditions.
  for (const { rule } of prepared.rules) {
    const perContext = contexts.map((c) => ({ c, r: c.rules.find((r) => r.ruleId === rule.id) as RuleContextResult }));
    if (perContext.some(({ r }) => r.canFire !== false)) continue;
    const own = perContext.find(({ r }) => r.deadBy === 'voorwaarden');
    if (!own) continue;
    findings.push({
      ...common,
      code: 'REGEL_KAN_NIET_VUREN',
      severity: 'waarschuwing',
      gemeente: own.c.gemeenten[0],
      gemeenten: own.c.gemeenten,
      perceel: own.c.perceel,
      ruleIds: [rule.id],
      message: `Regel ${rule.id} (${rule.event.type}) kan in geen enkele gemeente en geen enkel perceel vuren. ${own.r.proof?.reden ?? ''}`.trim(),
      pointers: [rulePointer(ruleSet, rule.id)],
      proof: own.r.proof,
      status: 'bewezen',
    });
  }
  // A rule whose finding presumes who decides an element, firing where the (applied) policy gives the element to someone else:
  // the rule and the policy decide it both.
  const presumed: Record<string, Decider> = { HOE_BIJ_AANBIEDER: 'aanbieder', HOE_IN_OVERLEG_VEREIST: 'in-overleg', HOE_ONTBREEKT: 'toegang' };
  const ruleById = new Map(prepared.rules.map((e) => [e.rule.id, e.rule]));
  for (const cls of contexts) {
    if (cls.perceel === UNKNOWN_PERCEEL) continue;
    const row = map.find((r) => r.gemeente === cls.gemeenten[0] && r.perceel === cls.perceel);
    for (const r of cls.rules) {
      const implied = presumed[r.code];
      const rule = ruleById.get(r.ruleId);
      if (!implied || !r.canFire || !rule) continue;
      for (const element of elementsOf(rule)) {
        const cell = row?.cells.find((c) => c.element === element);
        if (!cell || cell.decider === implied || cell.decider === 'dubbel' || cell.decider === 'niemand') continue;
        findings.push({
          ...common,
          code: 'BESLISSER_DUBBEL',
          severity: 'fout',
          gemeente: cls.gemeenten[0],
          gemeenten: cls.gemeenten,
          perceel: cls.perceel,
          element,
          ruleIds: [r.ruleId],
          message: `${where(cls)}: regel ${r.ruleId} (${r.code}) gaat ervan uit dat ${deciderText(implied)} '${element}' bepaalt, maar ${cell.overridden ? 'de afwijking van de gemeente' : 'het beleid'} legt het bij ${deciderText(cell.decider)}; regel en beleid beslissen het allebei.`,
          pointers: [rulePointer(ruleSet, r.ruleId), cell.pointer],
          ...(r.witness ? { witness: r.witness } : {}),
          status: 'bewezen',
        });
      }
    }
  }
  // Rules that fire for every valid case of a real perceel.
  for (const cls of contexts) {
    if (cls.perceel === UNKNOWN_PERCEEL) continue;
    for (const r of cls.rules) {
      if (!r.alwaysFires) continue;
      findings.push({
        ...common,
        code: 'REGEL_VUURT_ALTIJD',
        severity: 'waarschuwing',
        gemeente: cls.gemeenten[0],
        gemeenten: cls.gemeenten,
        perceel: cls.perceel,
        ruleIds: [r.ruleId],
        message: `${where(cls)}: regel ${r.ruleId} (${r.code}) vuurt voor elke geldige casus (alle ${r.cells} cellen).`,
        pointers: [rulePointer(ruleSet, r.ruleId)],
        ...(r.witness ? { witness: r.witness } : {}),
        status: 'bewezen',
      });
    }
    for (const p of cls.pairs) {
      if (!p.together) continue;
      const element = p.element ? ` voor '${p.element}'` : '';
      const toegangPointer = policyPointer(ruleSet, cls.gemeenten[0], `/percelen/${pointerSegment(cls.perceel)}/toegang`).pointer;
      findings.push({
        ...common,
        code: p.kind === 'dubbel' ? 'BEVINDING_DUBBEL' : 'BEVINDINGEN_TEGENSTRIJDIG',
        severity: p.kind === 'dubbel' ? 'waarschuwing' : 'fout',
        gemeente: cls.gemeenten[0],
        gemeenten: cls.gemeenten,
        perceel: cls.perceel,
        ...(p.element ? { element: p.element } : {}),
        ruleIds: [...p.ruleIds],
        message:
          p.kind === 'dubbel'
            ? `${where(cls)}: de regels ${p.ruleIds[0]} en ${p.ruleIds[1]} geven allebei ${p.codes[0]}${element} voor dezelfde casus (dubbele bevinding).`
            : `${where(cls)}: ${p.codes[0]} (${p.ruleIds[0]}) en ${p.codes[1]} (${p.ruleIds[1]}) spreken elkaar tegen${element} en kunnen samen vuren.`,
        pointers: [
          ...new Set([rulePointer(ruleSet, p.ruleIds[0]), rulePointer(ruleSet, p.ruleIds[1]), ...(p.kind === 'tegenstrijdig' ? [toegangPointer] : [])]),
        ],
        ...(p.witness ? { witness: p.witness } : {}),
        status: 'bewezen',
      });
    }
  }
  // Rules on provider data: per perceel of the regional policy, over the partition of the provider file (provider-analysis.ts).
  const provider = analyseProviderRules(ruleSet, options.sharedRules, contextOf(gemeenten[0] ?? '', '').region);
  cells += provider.cells;
  providerResults = provider.results;
  providerPairs = provider.pairs;
  for (const ruleId of [...new Set(provider.results.map((r) => r.ruleId))]) {
    const perPerceel = provider.results.filter((r) => r.ruleId === ruleId);
    if (perPerceel.some((r) => r.canFire !== false)) continue;
    const own = perPerceel.find((r) => r.deadBy === 'voorwaarden');
    if (!own) continue;
    findings.push({
      ...common,
      code: 'REGEL_KAN_NIET_VUREN',
      severity: 'waarschuwing',
      perceel: own.perceel,
      ruleIds: [ruleId],
      message: `Regel ${ruleId} (${own.code}) over aanbiedersgegevens kan op geen enkel perceel vuren. ${own.proof?.reden ?? ''}`.trim(),
      pointers: [rulePointer(ruleSet, ruleId)],
      ...(own.proof ? { proof: own.proof } : {}),
      status: 'bewezen',
    });
  }
  // Two provider rules that give one finding twice, or contradicting findings, for the same provider file.
  for (const p of provider.pairs) {
    if (!p.together) continue;
    findings.push({
      ...common,
      code: p.kind === 'dubbel' ? 'BEVINDING_DUBBEL' : 'BEVINDINGEN_TEGENSTRIJDIG',
      severity: p.kind === 'dubbel' ? 'waarschuwing' : 'fout',
      perceel: p.perceel,
      ruleIds: [...p.ruleIds],
      message:
        p.kind === 'dubbel'
          ? `Perceel ${p.perceel}: de regels ${p.ruleIds[0]} en ${p.ruleIds[1]} over aanbiedersgegevens geven allebei ${p.codes[0]} voor dezelfde aanlevering (dubbele bevinding).`
          : `Perceel ${p.perceel}: ${p.codes[0]} (${p.ruleIds[0]}) en ${p.codes[1]} (${p.ruleIds[1]}) spreken elkaar tegen en kunnen samen vuren voor dezelfde aanlevering.`,
      pointers: [...new Set([rulePointer(ruleSet, p.ruleIds[0]), rulePointer(ruleSet, p.ruleIds[1])])],
      status: 'bewezen',
    });
  }
  // Provider rules that fire for every provider file of a perceel (the whole partition fired).
  for (const r of provider.results) {
    if (!r.alwaysFires) continue;
    findings.push({
      ...common,
      code: 'REGEL_VUURT_ALTIJD',
      severity: 'waarschuwing',
      perceel: r.perceel,
      ruleIds: [r.ruleId],
      message: `Perceel ${r.perceel}: regel ${r.ruleId} (${r.code}) over aanbiedersgegevens vuurt voor elke mogelijke aanlevering (alle ${r.cells} cellen).`,
      pointers: [rulePointer(ruleSet, r.ruleId)],
      status: 'bewezen',
    });
  }
  const providerUndecided = provider.results.filter((r) => r.status === 'niet-beslist');
  if (providerUndecided.length > 0) {
    const [example] = providerUndecided;
    findings.push({
      ...common,
      code: 'ANALYSE_NIET_BESLIST',
      severity: 'info',
      message: `${providerUndecided.length} combinatie(s) van regel over aanbiedersgegevens en perceel niet beslist; bijvoorbeeld ${example.ruleId} op perceel ${example.perceel}: ${example.proof?.reden ?? ''}`,
      pointers: [rulePointer(ruleSet, example.ruleId)],
      ruleIds: [...new Set(providerUndecided.map((r) => r.ruleId))],
      status: 'niet-beslist',
      // The size where the space was too large; a fact the partition does not cover has no finite size (the message says why).
      ...(providerUndecided.some((r) => r.size !== undefined) ? { size: Math.max(...providerUndecided.map((r) => r.size ?? 0)) } : {}),
    });
  }
  const undecided = contexts.flatMap((c) => c.rules.filter((r) => r.status === 'niet-beslist').map((r) => ({ c, r })));
  if (undecided.length > 0) {
    findings.push({
      ...common,
      code: 'ANALYSE_NIET_BESLIST',
      severity: 'info',
      message: `${undecided.length} combinatie(s) van regel en context niet beslist; bijvoorbeeld ${undecided[0].r.ruleId} in ${where(undecided[0].c)}: ${undecided[0].r.proof?.reden ?? ''}`,
      pointers: [rulePointer(ruleSet, undecided[0].r.ruleId)],
      ruleIds: [...new Set(undecided.map((u) => u.r.ruleId))],
      status: 'niet-beslist',
      size: Math.max(...undecided.map((u) => u.r.size ?? 0)),
    });
  }
  return {
    version: ruleSet.version,
    effectiveFrom: ruleSet.effectiveFrom,
    effectiveTo: ruleSet.effectiveTo ?? null,
    map,
    contexts,
    findings,
    cells,
    providerRules: providerResults,
    providerPairs,
  };
}

function summarise(versions: readonly VersionAnalysis[], findings: readonly AnalysisFinding[]): AnalysisSummary {
  const results = versions.flatMap((v) => v.contexts.flatMap((c) => c.rules.map((r) => ({ r, n: c.gemeenten.length }))));
  // Provider rules run on the regional policy: one context per perceel.
  const provider = versions.flatMap((v) => v.providerRules);
  const all = [
    ...results.map(({ r, n }) => ({ status: r.status, canFire: r.canFire, witness: r.witness, proof: r.proof, n })),
    ...provider.map((r) => ({ ...r, n: 1 })),
  ];
  const witnesses = all.filter((r) => r.witness);
  return {
    cells: versions.reduce((n, v) => n + v.cells, 0),
    ruleContexts: all.reduce((n, r) => n + r.n, 0),
    bewezen: all.filter((r) => r.status === 'bewezen').reduce((n, r) => n + r.n, 0),
    nietBeslist: all.filter((r) => r.status === 'niet-beslist').reduce((n, r) => n + r.n, 0),
    witnesses: witnesses.length,
    witnessesVerified: witnesses.filter((r) => r.witness?.verified).length,
    proofs: all.filter((r) => r.proof && r.canFire === false).length,
    providerRuleContexts: provider.length,
    providerWitnesses: provider.filter((r) => r.witness).length,
    providerProofs: provider.filter((r) => r.proof && r.canFire === false).length,
    blocking: findings.filter(isBlocking).length,
    warnings: findings.filter((f) => !isBlocking(f) && f.severity !== 'info').length,
  };
}

/** Analyses the given versions of one rule set (a draft may be among them). */
export function analyseRuleSet(versions: readonly RuleSetVersion[], options: AnalyseOptions): RuleSetAnalysis {
  if (versions.length === 0)
    throw new SturingError('REGELSET_ONBEKEND', 'Er is geen versie om te analyseren.', [{ path: '/ruleset', message: 'geen versies' }]);
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const chosen = options.asOf ? sorted.filter((v) => isInForce(v, options.asOf as string)) : sorted;
  const picked = options.asOf && chosen.length > 1 ? [chosen.reduce((a, b) => (b.version > a.version ? b : a))] : chosen;
  const analysed = picked.map((v) => analyseVersion(v, options));
  const findings = [...analysed.flatMap((v) => v.findings), ...analyseTimeline(sorted, options.region)];
  const last = sorted.at(-1) as RuleSetVersion;
  return { rulesetId: last.id, title: last.title, versions: analysed, findings, summary: summarise(analysed, findings) };
}

export interface RepositoryAnalyseOptions {
  regionId?: string;
  rulesetId?: string;
  asOf?: string;
}

/** Analyses every rule set of a repository (or of one region, or one rule set). */
export async function analyseRepository(repository: RuleRepository, options: RepositoryAnalyseOptions = {}): Promise<RuleSetAnalysis[]> {
  const regions = await repository.listRegions();
  let ids = await repository.listRuleSetIds();
  if (options.rulesetId) {
    if (!ids.includes(options.rulesetId))
      throw new SturingError('REGELSET_ONBEKEND', `Er is geen regelset ${options.rulesetId}.`, [
        { path: '/ruleset', message: `onbekende regelset ${options.rulesetId}` },
      ]);
    ids = [options.rulesetId];
  }
  if (options.regionId) {
    if (!regions.some((r) => r.id === options.regionId))
      throw new SturingError('REGIO_ONBEKEND', `Er is geen regio ${options.regionId}.`, [
        { path: '/region', message: `bekende regio's: ${regions.map((r) => r.id).join(', ')}` },
      ]);
    ids = ids.filter((id) => parseRuleSetId(id).region === options.regionId);
  }
  const out: RuleSetAnalysis[] = [];
  for (const id of ids) {
    const versions = await repository.listVersions(id);
    if (versions.length === 0) continue;
    const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
    const sharedRules = await loadSharedRules(repository, latest);
    const region = regions.find((r) => r.id === parseRuleSetId(id).region);
    const analysis = analyseRuleSet(versions, { region, sharedRules, asOf: options.asOf });
    out.push(analysis);
  }
  return out;
}

/** Analyses given documents (files, a draft with the published versions) with the regions and shared rules of a repository; grouped by rule-set id. */
export async function analyseDocuments(repository: RuleRepository, documents: readonly RuleSetVersion[], asOf?: string): Promise<RuleSetAnalysis[]> {
  const regions = await repository.listRegions();
  const byId = new Map<string, RuleSetVersion[]>();
  for (const document of documents) byId.set(document.id, [...(byId.get(document.id) ?? []), document]);
  const out: RuleSetAnalysis[] = [];
  for (const [id, versions] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    // Every library any of the versions names (a draft may drop one an older version still uses).
    const names = [...new Set(versions.flatMap((v) => (Array.isArray(v.sharedRules) ? v.sharedRules : [])))];
    const sharedRules = await loadSharedRules(repository, { ...versions[0], sharedRules: names });
    const region = regions.find((r) => r.id === parseRuleSetId(id).region);
    out.push(analyseRuleSet(versions, { region, sharedRules, asOf }));
  }
  return out;
}

/** Municipal drift of a region over every rule set of the repository in that region. */
export async function regionDriftOf(repository: RuleRepository, regionId: string): Promise<RegionDrift> {
  const region = (await repository.listRegions()).find((r) => r.id === regionId);
  if (!region) throw new SturingError('REGIO_ONBEKEND', `Er is geen regio ${regionId}.`, [{ path: '/region', message: 'onbekende regio' }]);
  const ids = (await repository.listRuleSetIds()).filter((id) => parseRuleSetId(id).region === regionId);
  const sets: RuleSetVersion[][] = [];
  for (const id of ids) {
    const versions = await repository.listVersions(id);
    if (versions.length > 0) sets.push(versions);
  }
  return regionDrift(
    regionId,
    region.gemeenten.map((g) => g.id),
    sets,
  );
}
