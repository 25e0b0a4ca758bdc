/**
 * Municipal drift per region: for every municipality, every policy value its
 * override changes against the regional baseline, per version, with the
 * override's source; and a drift score per steering element (the number of
 * values that differ) — "couleur locale" at a glance.
 */
import type { RuleSetVersion, SourceRef } from '../model/rule-set';
import { applyOverride } from '../rules/overrides';
import { pointerSegment } from './analysis-finding';

import { STEERING_ELEMENTS, type SteeringElement } from '../policy/policy-text';

export interface DriftChange {
  /** Pointer into the policy. */
  pointer: string;
  perceel: string;
  element: SteeringElement | 'overig';
  baseline: unknown;
  value: unknown;
  description?: string;
  source: SourceRef[];
}

export interface DriftEntry {
  rulesetId: string;
  version: number;
  gemeente: string;
  changes: DriftChange[];
  score: Record<SteeringElement, number>;
}

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix, {});
    for (const [k, v] of entries) leaves(v, `${prefix}/${pointerSegment(k)}`, out);
  } else out.set(prefix, value);
}

/** The drift of every municipality of a region in one version. */
export function driftOfVersion(ruleSet: RuleSetVersion, gemeenten: readonly string[]): DriftEntry[] {
  const base = new Map<string, unknown>();
  leaves(ruleSet.policy, '', base);
  const out: DriftEntry[] = [];
  for (const gemeente of gemeenten) {
    const override = ruleSet.overrides?.[gemeente];
    const score = Object.fromEntries(STEERING_ELEMENTS.map((e) => [e, 0])) as Record<SteeringElement, number>;
    const changes: DriftChange[] = [];
    if (override) {
      const mine = new Map<string, unknown>();
      leaves(applyOverride(ruleSet, gemeente).policy, '', mine);
      for (const pointer of [...new Set([...base.keys(), ...mine.keys()])].sort()) {
        const a = base.get(pointer);
        const b = mine.get(pointer);
        if (JSON.stringify(a) === JSON.stringify(b)) continue;
        const [, top, perceel, element] = pointer.split('/');
        if (top !== 'percelen') continue;
        // Descriptive text changes along with a value; it is not a value of its own.
        if (pointer.endsWith('/omschrijving')) continue;
        const steering = (STEERING_ELEMENTS as readonly string[]).includes(element) ? (element as SteeringElement) : 'overig';
        if (steering !== 'overig') score[steering]++;
        changes.push({
          pointer,
          perceel,
          element: steering,
          baseline: a ?? null,
          value: b ?? null,
          ...(override.description ? { description: override.description } : {}),
          source: override.source ?? [],
        });
      }
    }
    out.push({ rulesetId: ruleSet.id, version: ruleSet.version, gemeente, changes, score });
  }
  return out;
}

export interface RegionDrift {
  region: string;
  gemeenten: string[];
  entries: DriftEntry[];
  /** Sum of the scores per municipality and steering element over the rule sets (latest version each). */
  totals: Record<string, Record<SteeringElement, number>>;
}

/** Drift for a region over its rule sets: every version's entries, totals over the latest versions. */
export function regionDrift(regionId: string, gemeenten: readonly string[], ruleSets: readonly (readonly RuleSetVersion[])[]): RegionDrift {
  const entries = ruleSets.flatMap((versions) => versions.flatMap((v) => driftOfVersion(v, gemeenten)));
  const totals: RegionDrift['totals'] = {};
  for (const g of gemeenten) totals[g] = Object.fromEntries(STEERING_ELEMENTS.map((e) => [e, 0])) as Record<SteeringElement, number>;
  for (const versions of ruleSets) {
    const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
    for (const entry of driftOfVersion(latest, gemeenten)) for (const e of STEERING_ELEMENTS) totals[entry.gemeente][e] += entry.score[e];
  }
  return { region: regionId, gemeenten: [...gemeenten], entries: entries.filter((e) => e.changes.length > 0), totals };
}
