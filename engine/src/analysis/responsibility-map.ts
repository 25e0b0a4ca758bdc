/**
 * The responsibility map: per municipality (override applied), perceel and
 * element (WAT and the five HOE elements) who decides — toegang, aanbieder,
 * in overleg, the resident, or nobody — with findings for gaps, double
 * deciders and deciders that contradict the funding form's allocation
 * pattern (iStandaarden: outputgericht and taakgericht leave volume and
 * frequency to the provider).
 */
import { HOE_ELEMENTS, type HoeElement, type RuleSetVersion, type ToegangPolicy } from '../model/rule-set';
import { applyOverride } from '../rules/overrides';
import { isBlocking, pointerSegment, type AnalysisFinding, type CaseWitness } from './analysis-finding';
import { anchorDate, baseCase, observe, type AnalysisContext } from './witness';

export type Decider = 'toegang' | 'aanbieder' | 'in-overleg' | 'inwoner' | 'niemand' | 'dubbel' | 'niet-van-toepassing';
export type MapElement = 'wat' | HoeElement;
export const MAP_ELEMENTS: readonly MapElement[] = ['wat', ...HOE_ELEMENTS];

export interface ResponsibilityCell {
  element: MapElement;
  decider: Decider;
  /** True when the municipality's override sets who decides this element. */
  overridden: boolean;
  /** Where the choice is written in the rule-set document. */
  pointer: string;
}

export interface ResponsibilityRow {
  gemeente: string;
  perceel: string;
  /** The iStandaarden execution variant of the perceel's funding form, if it has one. */
  uitvoeringsvariant?: 'inspanningsgericht' | 'outputgericht' | 'taakgericht';
  bekostigingsvorm?: string;
  cells: ResponsibilityCell[];
}

/**
 * The execution variant per funding form (iWmo/iJw 3.2: pxq → inspanningsgericht,
 * traject/resultaat/plek → outputgericht, lumpsum/populatie → taakgericht).
 * [aanname] gebied and beschikbaarheid are task funding (taakgericht); prijs-per-dag is an input price (inspanningsgericht).
 */
export const UITVOERINGSVARIANT: Record<string, 'inspanningsgericht' | 'outputgericht' | 'taakgericht'> = {
  pxq: 'inspanningsgericht',
  'prijs-per-dag': 'inspanningsgericht',
  traject: 'outputgericht',
  resultaat: 'outputgericht',
  plek: 'outputgericht',
  lumpsum: 'taakgericht',
  populatie: 'taakgericht',
  gebied: 'taakgericht',
  beschikbaarheid: 'taakgericht',
};

/** The HOE elements that carry volume and frequency (the iStandaarden allocation's "volume, eenheid, frequentie"). */
export const VOLUME_ELEMENTS: readonly HoeElement[] = ['intensiteit'];

const DEFAULT_BY_HOE: Record<string, Decider> = { aanbieder: 'aanbieder', toegang: 'toegang', 'in-overleg': 'in-overleg', 'deels-toegang': 'aanbieder' };

function isToegang(value: unknown): value is ToegangPolicy {
  return !!value && typeof value === 'object' && !('nietVanToepassing' in (value as object));
}

/** Who decides one element under a perceel's (applied) access policy. */
export function deciderOf(toegang: unknown, element: MapElement): { decider: Decider; key: string } {
  if (toegang && typeof toegang === 'object' && 'nietVanToepassing' in toegang) return { decider: 'niet-van-toepassing', key: '' };
  if (!isToegang(toegang)) return { decider: 'niemand', key: '' };
  if (element === 'wat') return { decider: toegang.wat === 'toegang' || toegang.wat === 'aanbieder' ? toegang.wat : 'niemand', key: 'wat' };
  const inToegang = Array.isArray(toegang.hoeElementenToegang) && toegang.hoeElementenToegang.includes(element);
  const inOverleg = Array.isArray(toegang.hoeElementenInOverleg) && toegang.hoeElementenInOverleg.includes(element);
  if (inToegang && inOverleg) return { decider: 'dubbel', key: 'hoeElementenInOverleg' };
  if (inToegang) return { decider: 'toegang', key: 'hoeElementenToegang' };
  if (inOverleg) return { decider: 'in-overleg', key: 'hoeElementenInOverleg' };
  return { decider: DEFAULT_BY_HOE[String(toegang.hoe)] ?? 'niemand', key: 'hoe' };
}

/** The override's pointer for a policy pointer when the municipality's patch touches it, else the regional one. */
export function policyPointer(ruleSet: RuleSetVersion, gemeente: string, policyPath: string): { pointer: string; overridden: boolean } {
  const { overridden } = applyOverride(ruleSet, gemeente);
  const hit = overridden.some((p) => p === policyPath || p.startsWith(`${policyPath}/`) || policyPath.startsWith(`${p}/`));
  return hit
    ? { pointer: `/overrides/${pointerSegment(gemeente)}/policy${policyPath}`, overridden: true }
    : { pointer: `/policy${policyPath}`, overridden: false };
}

/** The map for one version: every municipality of the region × perceel × element. */
export function buildResponsibilityMap(ruleSet: RuleSetVersion, gemeenten: readonly string[]): ResponsibilityRow[] {
  const rows: ResponsibilityRow[] = [];
  for (const gemeente of gemeenten) {
    const { policy } = applyOverride(ruleSet, gemeente);
    for (const [perceel, perceelPolicy] of Object.entries(policy.percelen ?? {})) {
      const base = `/percelen/${pointerSegment(perceel)}`;
      const bekostiging = perceelPolicy?.bekostiging as { vorm?: unknown } | undefined;
      const vorm = typeof bekostiging?.vorm === 'string' ? bekostiging.vorm : undefined;
      const cells = MAP_ELEMENTS.map((element) => {
        const { decider, key } = deciderOf(perceelPolicy?.toegang, element);
        const where = policyPointer(ruleSet, gemeente, `${base}/toegang${key ? `/${key}` : ''}`);
        return { element, decider, overridden: where.overridden, pointer: where.pointer };
      });
      rows.push({ gemeente, perceel, bekostigingsvorm: vorm, uitvoeringsvariant: vorm ? UITVOERINGSVARIANT[vorm] : undefined, cells });
    }
  }
  return rows;
}

const DECIDER_TEXT: Record<Decider, string> = {
  toegang: 'de toegang',
  aanbieder: 'de aanbieder',
  'in-overleg': 'toegang en aanbieder in overleg',
  inwoner: 'de inwoner',
  niemand: 'niemand',
  dubbel: 'zowel de toegang alleen als toegang en aanbieder in overleg',
  'niet-van-toepassing': 'niet van toepassing',
};

export function deciderText(decider: Decider): string {
  return DECIDER_TEXT[decider];
}

/** A case in the context where the access team alone fixes `element` (with toewijzing specifiek for volume elements), run through the evaluator. */
function accessFixesWitness(context: AnalysisContext, element: HoeElement, holds: (codes: string[]) => boolean, toelichting: string): CaseWitness {
  const asOf = anchorDate(context.ruleSet);
  const caseData = baseCase(context, asOf);
  caseData.id = `fictief-getuige-${context.gemeente}-${context.perceel}-${element}`;
  caseData.besluit = {
    wat: { doelen: ['Fictief doel: zelfstandig het huishouden doen'], vastgesteldDoor: 'toegang' },
    hoe: { [element]: { waarde: element === 'intensiteit' ? 4 : 'fictief', vastgesteldDoor: 'toegang' } },
    indicatie: { van: asOf, tot: asOf.replace(/^(\d{4})/, (y) => String(Number(y) + 1)) },
  };
  const observed = observe(context, caseData, asOf);
  return {
    kind: 'casus',
    case: caseData,
    asOf,
    version: context.ruleSet.version,
    observed: { findings: observed.findings, firedRules: observed.firedRules },
    verified: !observed.error && holds(observed.findings),
    toelichting,
  };
}

/** One finding per code, perceel, element and pointers: municipalities with the same finding are listed together. */
function groupByMunicipality(findings: readonly AnalysisFinding[], naam: (id: string) => string): AnalysisFinding[] {
  const groups = new Map<string, AnalysisFinding[]>();
  for (const f of findings) {
    const key = JSON.stringify([f.version, f.code, f.perceel, f.element, f.pointers]);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    const gemeenten = group.map((f) => f.gemeente as string);
    const first = group[0];
    return { ...first, gemeenten, message: first.message.replace('{gemeenten}', gemeenten.map(naam).join(', ')) };
  });
}

/** Findings of the map: gaps, double deciders, contradictions with the allocation pattern of the funding form. */
export function responsibilityFindings(
  rows: readonly ResponsibilityRow[],
  contextOf: (gemeente: string, perceel: string) => AnalysisContext,
): AnalysisFinding[] {
  const findings: AnalysisFinding[] = [];
  for (const row of rows) {
    const context = contextOf(row.gemeente, row.perceel);
    const { ruleSet } = context;
    const common = { rulesetId: ruleSet.id, version: ruleSet.version, gemeente: row.gemeente, perceel: row.perceel, status: 'bewezen' as const };
    for (const cell of row.cells) {
      if (cell.decider === 'niemand') {
        const witness =
          cell.element === 'wat'
            ? undefined
            : accessFixesWitness(
                context,
                cell.element,
                (codes) => !codes.some((c) => c.startsWith('HOE_')),
                `De toegang legt '${cell.element}' vast en het evaluatieresultaat noemt geen HOE-bevinding: geen enkele regel weet wie dit element bepaalt.`,
              );
        findings.push({
          ...common,
          code: 'BESLISSER_ONTBREEKT',
          severity: 'fout',
          element: cell.element,
          message: `{gemeenten}, perceel ${row.perceel}: niemand bepaalt '${cell.element === 'wat' ? 'WAT' : cell.element}'; het beleid noemt geen (geldige) beslisser.`,
          pointers: [cell.pointer],
          ...(witness ? { witness } : { proof: { reden: `Het toegangsbeleid op ${cell.pointer} noemt geen geldige waarde voor wie het WAT bepaalt.` } }),
        });
      }
      if (cell.decider === 'dubbel' && cell.element !== 'wat') {
        const element = cell.element;
        const toegangPointer = policyPointer(ruleSet, row.gemeente, `/percelen/${pointerSegment(row.perceel)}/toegang/hoeElementenToegang`).pointer;
        findings.push({
          ...common,
          code: 'BESLISSER_DUBBEL',
          severity: 'fout',
          element,
          message: `{gemeenten}, perceel ${row.perceel}: '${element}' staat zowel in hoeElementenToegang als in hoeElementenInOverleg; de regels lezen het als "toegang", dus wordt een besluit dat de toegang alleen nam nooit gemeld.`,
          pointers: [toegangPointer, cell.pointer],
          witness: accessFixesWitness(
            context,
            element,
            (codes) => !codes.includes('HOE_IN_OVERLEG_VEREIST'),
            `De toegang stelt '${element}' alleen vast; volgens hoeElementenInOverleg moest dat in overleg, maar het evaluatieresultaat geeft geen HOE_IN_OVERLEG_VEREIST.`,
          ),
        });
      }
      if (
        cell.element !== 'wat' &&
        VOLUME_ELEMENTS.includes(cell.element) &&
        cell.decider === 'toegang' &&
        (row.uitvoeringsvariant === 'outputgericht' || row.uitvoeringsvariant === 'taakgericht')
      ) {
        const element = cell.element;
        const vormPointer = policyPointer(ruleSet, row.gemeente, `/percelen/${pointerSegment(row.perceel)}/bekostiging/vorm`).pointer;
        findings.push({
          ...common,
          code: 'BESLISSER_STRIJDIG_MET_BEKOSTIGING',
          // The severity follows BLOCKING_CODES, so the choice whether it blocks is made in one place.
          severity: isBlocking({ code: 'BESLISSER_STRIJDIG_MET_BEKOSTIGING' }) ? 'fout' : 'waarschuwing',
          element,
          message: `{gemeenten}, perceel ${row.perceel}: de bekostiging is ${row.bekostigingsvorm} (${row.uitvoeringsvariant}), waarbij de aanbieder volume en frequentie bepaalt, maar de toegang stelt '${element}' vast.`,
          pointers: [cell.pointer, vormPointer],
          witness: accessFixesWitness(
            context,
            element,
            (codes) => !codes.includes('HOE_BIJ_AANBIEDER'),
            `De toegang stelt '${element}' vast bij ${row.uitvoeringsvariant}e bekostiging; het evaluatieresultaat geeft geen HOE_BIJ_AANBIEDER, dus het besluit gaat er ongemerkt door.`,
          ),
        });
      }
    }
  }
  const region = rows[0] ? contextOf(rows[0].gemeente, rows[0].perceel).region : undefined;
  return groupByMunicipality(findings, (id) => region?.gemeenten.find((g) => g.id === id)?.naam ?? id);
}
