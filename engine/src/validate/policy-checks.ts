/** Checks on the policy itself (DOMAIN.md §8), run by `sturing validate` and before publishing. */
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

/** Parses a contract term like "3+1+1" into its years; undefined when it is not one. */
export function parseLooptijd(text: string): number[] | undefined {
  if (!/^\s*\d+\s*(\+\s*\d+\s*)*$/.test(text)) return undefined;
  const years = text.split('+').map((t) => Number(t.trim()));
  return years.every((y) => Number.isInteger(y) && y >= 1) ? years : undefined;
}

function checkContract(contract: Element, at: string, domein: string, issues: Issue[]): void {
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
      message: `looptijd "${contract.looptijd}" is geen looptijd in hele jaren met verlengingen, zoals "3+1+1" (elke termijn minstens 1 jaar)`,
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

/**
 * Every policy check; each issue points at the offending node, relative to
 * `base`. `regional` is the region's own policy when `policy` is a
 * municipality's patched one: an override may not change the base unit.
 */
export function checkPolicy(policy: SegmentPolicy, base: string, regional?: SegmentPolicy): Issue[] {
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
    if (applicable(perceel.contract)) checkContract(perceel.contract, `${at}/contract`, policy.domein, issues);
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
