/**
 * The timeline of a rule set's versions: days after the first effectiveFrom
 * with no version in force, versions whose own dates overlap, contract terms
 * (looptijd with its extensions, boeggolf horizon) that end with no version
 * after them, and overrides for municipalities that are not (or no longer)
 * in the region.
 */
import { toDayNumber } from '../model/dates';
import type { Region, RuleSetVersion } from '../model/rule-set';
import { isInForce } from '../rules/resolve-version';
import { pointerSegment, type AnalysisFinding } from './analysis-finding';

const DAY = 86_400_000;

export function dayToIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function isoPlusDays(iso: string, days: number): string {
  return dayToIso((toDayNumber(iso) as number) + days);
}

/** The ISO date `years` calendar years after `iso`. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/** Total years of a looptijd such as "3+1+1" (initial term plus every extension), or undefined when it does not parse. */
export function looptijdJaren(looptijd: unknown): number | undefined {
  if (typeof looptijd !== 'string' || !/^\d+(\+\d+)*$/.test(looptijd.trim())) return undefined;
  return looptijd
    .trim()
    .split('+')
    .reduce((sum, part) => sum + Number(part), 0);
}

/** Timeline findings for every version of one rule set. */
export function analyseTimeline(versions: readonly RuleSetVersion[], region: Region | undefined): AnalysisFinding[] {
  const findings: AnalysisFinding[] = [];
  if (versions.length === 0) return findings;
  const rulesetId = versions[0].id;
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const byStart = [...sorted].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.version - b.version));

  // Gaps: walk the change points after the first effectiveFrom; a day after a version's last day with nothing in force starts a gap.
  const starts = byStart.map((v) => v.effectiveFrom);
  for (const v of byStart) {
    if (v.effectiveTo == null) continue;
    const dayAfter = isoPlusDays(v.effectiveTo, 1);
    if (sorted.some((o) => isInForce(o, dayAfter))) continue;
    const next = starts.filter((s) => s > dayAfter).sort()[0];
    const last = next ? isoPlusDays(next, -1) : undefined;
    const nextVersion = next ? byStart.find((o) => o.effectiveFrom === next) : undefined;
    const days = next ? (toDayNumber(next) as number) - (toDayNumber(dayAfter) as number) : undefined;
    if (!next) continue; // after the last version: the rule set ends, that is no gap but an end (contract term check below)
    findings.push({
      code: 'VERSIE_GAT',
      severity: 'fout',
      rulesetId,
      version: v.version,
      versions: [v.version, nextVersion?.version ?? v.version],
      message: `${rulesetId}: van ${dayAfter} tot en met ${last} (${days} dagen) is geen versie van kracht: versie ${v.version} eindigt op ${v.effectiveTo}, versie ${nextVersion?.version} begint pas op ${next}. Wie er dan beslist, is niet vastgelegd.`,
      pointers: [`/effectiveTo`, `/effectiveFrom`],
      witness: { kind: 'datum', datum: dayAfter, toelichting: `Een casus met peildatum ${dayAfter} krijgt "geen geldende versie" (GEEN_VERSIE_VAN_KRACHT).` },
      status: 'bewezen',
    });
  }

  // Overlaps: a version whose own effectiveTo runs past a later version's start.
  for (let i = 0; i < byStart.length; i++) {
    for (let j = i + 1; j < byStart.length; j++) {
      const a = byStart[i];
      const b = byStart[j];
      if (a.effectiveTo == null || a.effectiveTo < b.effectiveFrom) continue;
      const lastShared = b.effectiveTo != null && b.effectiveTo < a.effectiveTo ? b.effectiveTo : a.effectiveTo;
      const inForce = a.version > b.version ? a : b;
      findings.push({
        code: 'VERSIE_OVERLAP',
        severity: 'waarschuwing',
        rulesetId,
        version: a.version,
        versions: [a.version, b.version],
        message: `${rulesetId}: versie ${a.version} (tot en met ${a.effectiveTo}) en versie ${b.version} (vanaf ${b.effectiveFrom}) gelden allebei van ${b.effectiveFrom} tot en met ${lastShared}; de evaluatie kiest dan versie ${inForce.version}.`,
        pointers: ['/effectiveTo', '/effectiveFrom'],
        witness: { kind: 'datum', datum: b.effectiveFrom, toelichting: `Op ${b.effectiveFrom} zijn versies ${a.version} en ${b.version} allebei van kracht.` },
        status: 'bewezen',
      });
    }
  }

  // Contract terms: the latest start of each perceel's term, the term's last day, and whether a version starts after it.
  const lastVersion = byStart.at(-1) as RuleSetVersion;
  for (const [perceel, perceelPolicy] of Object.entries(lastVersion.policy?.percelen ?? {})) {
    const contract = perceelPolicy?.contract as { looptijd?: unknown; boeggolf?: { horizonJaren?: unknown } } | undefined;
    const years = looptijdJaren(contract?.looptijd);
    if (!contract || years === undefined) continue;
    // The term started with the earliest version that has the same looptijd on this perceel without interruption.
    let start = lastVersion.effectiveFrom;
    for (let i = byStart.length - 2; i >= 0; i--) {
      const c = byStart[i].policy?.percelen?.[perceel]?.contract as { looptijd?: unknown } | undefined;
      if (c?.looptijd !== contract.looptijd) break;
      start = byStart[i].effectiveFrom;
    }
    const horizon = typeof contract.boeggolf?.horizonJaren === 'number' ? contract.boeggolf.horizonJaren : 0;
    const end = isoPlusDays(addYears(start, years), -1);
    if (lastVersion.effectiveTo != null && lastVersion.effectiveTo <= end) continue;
    if (byStart.some((v) => v.effectiveFrom > end)) continue;
    const dayAfter = isoPlusDays(end, 1);
    const pointer = `/policy/percelen/${pointerSegment(perceel)}/contract/looptijd`;
    findings.push({
      code: 'LOOPTIJD_ZONDER_VERVOLG',
      severity: 'waarschuwing',
      rulesetId,
      version: lastVersion.version,
      perceel,
      message: `${rulesetId}, perceel ${perceel}: de looptijd ${String(contract.looptijd)} vanaf ${start} eindigt uiterlijk op ${end}${horizon ? ` (boeggolf: lopende trajecten tot ${horizon} jaar daarna)` : ''}, maar versie ${lastVersion.version} loopt open door en er volgt geen versie voor de periode daarna.`,
      pointers: [pointer, '/effectiveTo'],
      witness: {
        kind: 'datum',
        datum: dayAfter,
        toelichting: `Op ${dayAfter} geldt nog versie ${lastVersion.version}, terwijl het contract dan is afgelopen.`,
      },
      status: 'bewezen',
    });
  }

  // Overrides for municipalities the region does not (or no longer) have.
  if (region) {
    const known = new Set(region.gemeenten.map((g) => g.id));
    for (const v of sorted) {
      for (const gemeente of Object.keys(v.overrides ?? {})) {
        if (known.has(gemeente)) continue;
        findings.push({
          code: 'AFWIJKING_VERTROKKEN_GEMEENTE',
          severity: 'waarschuwing',
          rulesetId,
          version: v.version,
          gemeente,
          message: `${rulesetId} versie ${v.version}: er is een afwijking voor "${gemeente}", maar die gemeente hoort niet (meer) bij regio ${region.naam}; de afwijking wordt nooit toegepast.`,
          pointers: [`/overrides/${pointerSegment(gemeente)}`],
          proof: { reden: `De gemeenten van ${region.naam} zijn: ${region.gemeenten.map((g) => g.naam).join(', ')}.` },
          status: 'bewezen',
        });
      }
    }
  }
  return findings;
}
