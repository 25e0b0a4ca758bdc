/** Checks on the policy itself (docs/domain.md §8), run by `sturing validate` and before publishing. */
import Decimal from 'decimal.js';
import type { Issue } from '../model/errors';
import type { SegmentPolicy } from '../model/rule-set';

type Element = Record<string, unknown>;

const ELEMENTS = ['contract', 'bekostiging', 'leveranciersmanagement', 'toegang'] as const;
/** The one allowed variation on the base unit: trajecten ↔ plekken, where the perceel allows the conversion. */
const CONVERTIBLE = new Set(['traject', 'plek']);

function applicable(element: unknown): element is Element {
  return !!element && typeof element === 'object' && !('nietVanToepassing' in element);
}

/**
 * Parses a contract term like "3+1+1" into its years; the initial term may be a range, "3-4+1" ("drie à vier jaar met
 * mogelijkheid tot verlengen"), read at its upper bound for the maximum. Undefined when it is not a term.
 */
export function parseLooptijd(text: string): number[] | undefined {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?((?:\+\s*\d+\s*)*)$/.exec(text);
  if (!match) return undefined;
  const low = Number(match[1]);
  const high = match[2] !== undefined ? Number(match[2]) : low;
  if (high <= low && match[2] !== undefined) return undefined;
  const extensions = match[3]
    ? match[3]
        .split('+')
        .slice(1)
        .map((t) => Number(t.trim()))
    : [];
  const years = [high, ...extensions];
  return low >= 1 && years.every((y) => Number.isInteger(y) && y >= 1) ? years : undefined;
}

function checkContract(contract: Element, at: string, domein: string, issues: Issue[], effectiveFrom?: string): void {
  if (typeof contract.laatsteContractjaar === 'number' && effectiveFrom && contract.laatsteContractjaar < Number(effectiveFrom.slice(0, 4))) {
    issues.push({
      path: `${at}/laatsteContractjaar`,
      code: 'CONTRACTJAAR_ONGELDIG',
      message: `het laatste contractjaar ${contract.laatsteContractjaar} ligt vóór het begin van deze versie (${effectiveFrom})`,
    });
  }
  const aantallen = contract.aanbieders as { min?: number; max?: number } | undefined;
  if (aantallen?.min !== undefined && aantallen.max !== undefined && aantallen.min > aantallen.max) {
    issues.push({
      path: `${at}/aanbieders`,
      code: 'AANTAL_AANBIEDERS_ONGELDIG',
      message: `minimum (${aantallen.min}) is groter dan maximum (${aantallen.max})`,
    });
  }
  const years = typeof contract.looptijd === 'string' ? parseLooptijd(contract.looptijd) : undefined;
  if (typeof contract.looptijd === 'string' && !years) {
    issues.push({
      path: `${at}/looptijd`,
      code: 'LOOPTIJD_ONGELDIG',
      message: `looptijd "${contract.looptijd}" is geen looptijd in hele jaren met verlengingen, zoals "3+1+1" of "3-4+1" (elke termijn minstens 1 jaar)`,
    });
  }
  const boeggolf = contract.boeggolf as { horizonJaren?: number } | undefined;
  if (boeggolf && years && typeof boeggolf.horizonJaren === 'number') {
    const maximum = years.reduce((a, b) => a + b, 0);
    if (boeggolf.horizonJaren > maximum) {
      issues.push({
        path: `${at}/boeggolf/horizonJaren`,
        code: 'BOEGGOLF_ONGELDIG',
        message: `boeggolfhorizon van ${boeggolf.horizonJaren} jaar is langer dan de maximale looptijd van ${maximum} jaar (${String(contract.looptijd)})`,
      });
    }
  }
  const gunning = contract.gunning as { prijsPct?: number; kwaliteitPct?: number } | undefined;
  if (gunning && (gunning.prijsPct !== undefined || gunning.kwaliteitPct !== undefined)) {
    const prijs = gunning.prijsPct ?? 0;
    const kwaliteit = gunning.kwaliteitPct ?? 0;
    if (new Decimal(prijs).plus(kwaliteit).comparedTo(100) !== 0) {
      issues.push({
        path: `${at}/gunning`,
        code: 'GUNNING_WEGING_ONGELDIG',
        message: `prijs (${prijs} %) en kwaliteit (${kwaliteit} %) tellen op tot ${new Decimal(prijs).plus(kwaliteit).toString()} %, niet tot 100 %`,
      });
    } else if (domein === 'jeugd' && prijs >= 100) {
      issues.push({
        path: `${at}/gunning/prijsPct`,
        code: 'GUNNING_LAAGSTE_PRIJS_VERBODEN',
        message: 'jeugdhulp mag nooit op prijs alleen worden gegund (verbod op gunnen op laagste prijs); geef kwaliteit een weging',
      });
    }
  }
}

function checkBekostiging(bekostiging: Element, at: string, policy: SegmentPolicy, issues: Issue[]): void {
  if (bekostiging.budget === 'budgetplafond' && bekostiging.voorschotten === true) {
    issues.push({ path: `${at}/voorschotten`, code: 'VOORSCHOT_BIJ_PLAFOND', message: 'bij een budgetplafond worden geen voorschotten betaald' });
  }
  const vorm = bekostiging.vorm;
  const base = policy.basiseenheid;
  if (typeof vorm === 'string' && vorm !== base) {
    const conversion = CONVERTIBLE.has(vorm) && CONVERTIBLE.has(base);
    if (!conversion || bekostiging.omzettingNaarPlekken !== true) {
      issues.push({
        path: `${at}/vorm`,
        code: 'BASISEENHEID_INCONSISTENT',
        message: conversion
          ? `bekostigingsvorm "${vorm}" wijkt af van de basiseenheid "${base}"; trajecten omzetten naar plekken mag alleen waar omzettingNaarPlekken true is`
          : `bekostigingsvorm "${vorm}" wijkt af van de basiseenheid "${base}"; één basiseenheid per segment (alleen trajecten ↔ plekken is toegestaan)`,
      });
    }
  }
  checkFundingParameters(bekostiging, at, issues);
  if (typeof bekostiging.tarief === 'string' && typeof bekostiging.kostprijs === 'string') {
    if (new Decimal(bekostiging.tarief).lessThan(bekostiging.kostprijs)) {
      issues.push({
        path: `${at}/tarief`,
        code: 'TARIEF_ONDER_KOSTPRIJS',
        message: `tarief € ${bekostiging.tarief} ligt onder de vastgestelde kostprijs € ${bekostiging.kostprijs} (reëel tarief, AMvB reële prijs)`,
      });
    }
  }
}

/** The dated funding fields ({ vanaf, waarde } lists): one pattern for all. */
const DATED_FIELDS = ['plafond', 'indexPct', 'aanbiederAandeelPct'] as const;

/** Checks on the funding parameters a settlement reads: dated lists in order, the plafond's meaning, band vs revision threshold, the trajectory catalogue. */
function checkFundingParameters(bekostiging: Element, at: string, issues: Issue[]): void {
  for (const field of DATED_FIELDS) {
    const list = bekostiging[field];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: { vanaf?: unknown }, i) => {
      const previous = i > 0 ? (list[i - 1] as { vanaf?: unknown }).vanaf : undefined;
      if (typeof previous === 'number' && typeof entry.vanaf === 'number' && entry.vanaf <= previous) {
        issues.push({
          path: `${at}/${field}/${i}/vanaf`,
          code: 'REEKS_ONGELDIG',
          message: `jaar ${entry.vanaf} volgt niet op ${previous}: zet de regels van ${field} oplopend op jaar, elk jaar hoogstens één keer`,
        });
      }
    });
  }
  const betekenis = bekostiging.plafondBetekenis;
  if (betekenis !== undefined && bekostiging.budget !== 'budgetplafond') {
    issues.push({
      path: `${at}/plafondBetekenis`,
      code: 'PLAFOND_BETEKENIS_ZONDER_PLAFOND',
      message: `plafondBetekenis is ingevuld, maar de budgetsturing is "${String(bekostiging.budget)}", geen budgetplafond`,
    });
  }
  if (betekenis === 'gezamenlijk-referentiepunt') {
    for (const field of ['plafond', 'aanbiederAandeelPct'] as const) {
      if (bekostiging[field] === undefined)
        issues.push({
          path: `${at}/${field}`,
          code: 'BEKOSTIGING_PARAMETER_ONTBREEKT',
          message: `een gezamenlijk budgetplafond (referentiepunt) heeft ${field === 'plafond' ? 'het plafond per jaar' : 'het aandeel van de aanbieders in een overschrijding per jaar'} nodig (${field})`,
        });
    }
  } else if (bekostiging.plafond !== undefined) {
    issues.push({
      path: `${at}/plafond`,
      code: 'PLAFOND_BETEKENIS_TEGENSTRIJDIG',
      message:
        'een plafond per jaar in het beleid is een gezamenlijk referentiepunt: zet plafondBetekenis op "gezamenlijk-referentiepunt" (een plafond per aanbieder is een afspraak met die aanbieder)',
    });
  }
  if (bekostiging.herzieningsdrempelPct !== undefined && bekostiging.vorm !== 'populatie') {
    issues.push({
      path: `${at}/herzieningsdrempelPct`,
      code: 'HERZIENINGSDREMPEL_ZONDER_POPULATIE',
      message: `een herzieningsdrempel hoort bij populatiebekostiging, niet bij bekostigingsvorm "${String(bekostiging.vorm)}"; bedoelt u de bandbreedte van de afrekening (bandbreedtePct)?`,
    });
  }
  if (bekostiging.vorm === 'populatie' && bekostiging.budget === 'budgetafspraak' && bekostiging.herzieningsdrempelPct === undefined) {
    issues.push({
      path: `${at}/herzieningsdrempelPct`,
      code: 'BEKOSTIGING_PARAMETER_ONTBREEKT',
      message:
        'populatiebekostiging met afrekening heeft een herzieningsdrempel nodig: bij welke afwijking van de afgesproken populatie wordt het budget herzien (los van de bandbreedte van de afrekening)',
    });
  }
  const catalogus = bekostiging.trajecten as { standaard?: { code?: unknown }[] } | undefined;
  if (catalogus) {
    if (!CONVERTIBLE.has(String(bekostiging.vorm)))
      issues.push({
        path: `${at}/trajecten`,
        code: 'TRAJECTCATALOGUS_ZONDER_TRAJECTEN',
        message: `een trajectcatalogus hoort bij bekostiging per traject of plek, niet bij "${String(bekostiging.vorm)}"`,
      });
    const seen = new Set<unknown>();
    (catalogus.standaard ?? []).forEach((t, i) => {
      if (seen.has(t.code))
        issues.push({ path: `${at}/trajecten/standaard/${i}/code`, code: 'DUBBEL', message: `trajectcode "${String(t.code)}" komt twee keer voor` });
      seen.add(t.code);
    });
  }
}

/**
 * Every policy check; each issue points at the offending node, relative to
 * `base`. `regional` is the region's own policy when `policy` is a
 * municipality's patched one: an override may not change the base unit.
 */
export function checkPolicy(policy: SegmentPolicy, base: string, regional?: SegmentPolicy, effectiveFrom?: string): Issue[] {
  const issues: Issue[] = [];
  if (regional && policy.basiseenheid !== regional.basiseenheid) {
    issues.push({
      path: `${base}/basiseenheid`,
      code: 'BASISEENHEID_INCONSISTENT',
      message: `een gemeente kan de basiseenheid van het segment ("${regional.basiseenheid}") niet wijzigen; zet trajecten eventueel om naar plekken in de bekostiging`,
    });
  }
  for (const [name, perceel] of Object.entries(policy.percelen ?? {})) {
    const at = `${base}/percelen/${name}`;
    if (applicable(perceel.contract)) checkContract(perceel.contract, `${at}/contract`, policy.domein, issues, effectiveFrom);
    if (applicable(perceel.bekostiging)) checkBekostiging(perceel.bekostiging, `${at}/bekostiging`, policy, issues);
    if (applicable(perceel.toegang)) checkToegang(perceel.toegang as Element, `${at}/toegang`, issues);
  }
  return issues;
}

/**
 * An HOE element is decided by the access team or in consultation, not both: listed in both, the access team's list
 * silently wins. (A municipality that moves an element to the access team must also take it out of the consultation
 * list, or the override says something it does not do.)
 */
function checkToegang(toegang: Element, at: string, issues: Issue[]): void {
  const own = Array.isArray(toegang.hoeElementenToegang) ? (toegang.hoeElementenToegang as string[]) : [];
  const together = Array.isArray(toegang.hoeElementenInOverleg) ? (toegang.hoeElementenInOverleg as string[]) : [];
  for (const element of own.filter((e) => together.includes(e))) {
    issues.push({
      path: `${at}/hoeElementenInOverleg/${together.indexOf(element)}`,
      code: 'HOE_ELEMENT_DUBBEL',
      message: `"${element}" staat zowel bij de toegang (hoeElementenToegang) als in overleg (hoeElementenInOverleg); kies één van beide`,
    });
  }
}

/**
 * Rewrites the schema's "verplicht veld ontbreekt" for a steering element of
 * a perceel into a message that says what to do: fill it in, or say
 * explicitly that it does not apply.
 */
export function clarifyMissingElements(issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    const match = /\/percelen\/([^/]+)\/(contract|bekostiging|leveranciersmanagement|toegang)$/.exec(issue.path);
    if (issue.code !== 'VERPLICHT_VELD' || !match || !(ELEMENTS as readonly string[]).includes(match[2])) return issue;
    return {
      ...issue,
      code: 'STURINGSELEMENT_ONTBREEKT',
      message: `perceel "${match[1]}" mist het sturingselement "${match[2]}": elk perceel heeft alle vier de elementen (contract, bekostiging, leveranciersmanagement, toegang); vul het in of schrijf { "nietVanToepassing": true, "toelichting": "…" }`,
    };
  });
}
