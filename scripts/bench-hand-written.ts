/**
 * The benchmark's yardstick (d): Noord-Limburg Wmo S1b's rules (the shared
 * toegang library) written by hand as plain code, with the same
 * three-valued outcome (fired and undecided rules) as the rule engine.
 */
import { decideHoeResponsibility, HOE_ELEMENTS, type RuleSetVersion, type ToegangPolicy } from '../engine/src/model';

/** Fired and undecided rule ids, in rule order. */
export interface HandWrittenOutcome {
  fired: string[];
  undecided: string[];
}

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' ? v.trim() === '' : Array.isArray(v) ? v.length === 0 : typeof v === 'object' ? Object.keys(v).length === 0 : false);

/** The hand-written evaluator for one S1b rule-set version (regional policy, no municipal overrides). */
export function createHandWritten(ruleSet: RuleSetVersion): (c: Record<string, unknown>) => HandWrittenOutcome {
  const percelen = Object.keys(ruleSet.policy.percelen);
  const hoeByPerceel = new Map(percelen.map((p) => [p, decideHoeResponsibility(ruleSet.policy.percelen[p].toegang as ToegangPolicy)]));
  return (c) => {
    const fired: string[] = [];
    const undecided: string[] = [];
    const perceel = c.perceel as string;
    const known = percelen.includes(perceel);
    if (!known) fired.push('toegang/perceel-onbekend');
    const toegang = known ? (ruleSet.policy.percelen[perceel].toegang as ToegangPolicy) : undefined;
    const hb = known ? hoeByPerceel.get(perceel)! : undefined;
    const besluit = c.besluit as {
      wat?: { doelen?: unknown; resultaatgebieden?: unknown };
      hoe?: Record<string, { waarde?: unknown; vastgesteldDoor?: unknown }>;
      indicatie?: { tot?: unknown };
    };
    if (toegang?.wat === 'toegang' && isEmpty(besluit.wat?.doelen) && isEmpty(besluit.wat?.resultaatgebieden)) fired.push('toegang/wat-ontbreekt');
    const hoe = besluit.hoe ?? {};
    for (const element of HOE_ELEMENTS) {
      const choice = hoe[element];
      if (hb?.[element] === 'aanbieder' && choice?.vastgesteldDoor === 'toegang') fired.push(`toegang/hoe-bij-aanbieder/${element}`);
    }
    const toewijzing = c.toewijzing;
    // bestaat(toewijzing) is false when it is absent: the rule is then decided false.
    if (hb?.intensiteit === 'aanbieder' && toewijzing === 'specifiek') fired.push('toegang/hoe-specifieke-toewijzing');
    for (const element of HOE_ELEMENTS) {
      if (hb?.[element] === 'in-overleg' && hoe[element]?.vastgesteldDoor === 'toegang') fired.push(`toegang/hoe-in-overleg-vereist/${element}`);
    }
    for (const element of HOE_ELEMENTS) if (hb?.[element] === 'toegang' && isEmpty(hoe[element]?.waarde)) fired.push(`toegang/hoe-ontbreekt/${element}`);
    if (toegang?.indicatie?.onbepaaldeTijdToegestaan === false) {
      const tot = besluit.indicatie?.tot;
      if (tot === undefined) undecided.push('toegang/indicatie-onbepaalde-tijd');
      else if (tot === null) fired.push('toegang/indicatie-onbepaalde-tijd');
    }
    // S1b has no decision-free period, no own-contribution ban and no result-area limit: those rules are false.
    return { fired, undecided };
  };
}
