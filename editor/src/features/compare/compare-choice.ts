/**
 * What the Vergelijken tab compares: two sides, each a published version or the editor's unsaved text
 * ("concept"). Sides travel in the tab's hash as ?van=<side>&naar=<side>, so other tabs can link to a comparison.
 */
import { rulesetHref } from '../../route';
import type { RuleSetInfo } from '../ruleset-editor/workspace';

export type CompareSide =
  | { kind: 'versie'; version: number }
  | { kind: 'concept' }
  /** The latest version of a read-only reference policy (another rule set, e.g. the Venlo model). */
  | { kind: 'referentie'; rulesetId: string };

/** The region that holds the read-only reference policies. */
export const REFERENCE_REGION = 'referentiemodellen';

/** "v2", "concept" or "ref:referentiemodellen/wmo/venlo-model" — the value of a side in selects and links. */
export function formatSide(side: CompareSide): string {
  if (side.kind === 'concept') return 'concept';
  if (side.kind === 'referentie') return `ref:${side.rulesetId}`;
  return `v${side.version}`;
}

/** The side a value names, or undefined for anything else. */
export function parseSide(value: string | null | undefined): CompareSide | undefined {
  if (value === 'concept') return { kind: 'concept' };
  const reference = /^ref:([a-z0-9-]+\/[a-z-]+\/[A-Za-z0-9-]+)$/.exec(value ?? '');
  if (reference) return { kind: 'referentie', rulesetId: reference[1] };
  const match = /^v(\d+)$/.exec(value ?? '');
  return match ? { kind: 'versie', version: Number(match[1]) } : undefined;
}

/** Link to the Vergelijken tab with both sides chosen. */
export function compareHref(rulesetId: string, from: CompareSide, to: CompareSide): string {
  return `${rulesetHref(rulesetId, 'vergelijken')}?van=${formatSide(from)}&naar=${formatSide(to)}`;
}

/** The sides named in a hash ("#/regels/…/vergelijken?van=v1&naar=v2"), when both are valid. */
export function sidesFromHash(hash: string): { from: CompareSide; to: CompareSide } | undefined {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const from = parseSide(query.get('van'));
  const to = parseSide(query.get('naar'));
  return from && to ? { from, to } : undefined;
}

/** Default: the unsaved text against the latest version it was opened from. */
export function defaultSides(info: RuleSetInfo): { from: CompareSide; to: CompareSide } {
  return { from: { kind: 'versie', version: info.latestVersion }, to: { kind: 'concept' } };
}
