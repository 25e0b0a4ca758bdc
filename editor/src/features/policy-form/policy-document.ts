/**
 * Reading and writing the policy form's values in the rule-set document, for the region or for one municipality.
 * A municipal variant is an override: a JSON Merge Patch on the regional policy holding only the values that differ.
 */
import { applyMergePatch, cloneJson } from '../../../../engine/src/json';

export type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Obj)[key as string];
  }
  return current;
}

/** A copy of `value` with `path` set (undefined removes the key; empty objects left behind are removed too). */
export function setIn(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  const copy: Obj = isObject(value) ? { ...value } : {};
  const child = setIn(copy[key as string], rest, next);
  if (child === undefined || (rest.length > 0 && isObject(child) && Object.keys(child).length === 0)) delete copy[key as string];
  else copy[key as string] = child;
  return copy;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface Override {
  description?: string;
  source?: { document: string; passage: string; toelichting?: string }[];
  policy: Obj;
}

export type FormMode = { kind: 'regio' } | { kind: 'afwijking'; gemeente: string };

/** The policy the form shows: the region's, or the region's with the municipality's override applied. */
export function effectivePolicy(document: unknown, mode: FormMode): unknown {
  const policy = getIn(document, ['policy']);
  if (mode.kind === 'regio') return policy;
  const override = getIn(document, ['overrides', mode.gemeente]) as Override | undefined;
  return override ? applyMergePatch(policy, override.policy ?? {}) : policy;
}

/**
 * Writes one value (path within `policy`). For a municipality only a value that differs from the region's goes
 * into the override (an equal one is removed from it; a removed one becomes null, the merge patch's "delete").
 */
export function writePolicyValue(document: unknown, mode: FormMode, path: Path, value: unknown): unknown {
  if (mode.kind === 'regio') return setIn(document, ['policy', ...path], value);
  const regional = getIn(document, ['policy', ...path]);
  const override = (getIn(document, ['overrides', mode.gemeente]) as Override | undefined) ?? { policy: {} };
  const patchValue = sameJson(value, regional) ? undefined : value === undefined ? null : cloneJson(value);
  const policy = (setIn(override.policy ?? {}, path, patchValue) as Obj | undefined) ?? {};
  return setIn(document, ['overrides', mode.gemeente], { ...override, policy });
}

/** Adds an empty override for a municipality (only when it has none). */
export function addOverride(document: unknown, gemeente: string): unknown {
  if (getIn(document, ['overrides', gemeente]) !== undefined) return document;
  return setIn(document, ['overrides', gemeente], { description: '', source: [], policy: {} });
}

/** The leaves an override changes, as paths within `policy`. */
export function patchedPaths(patch: unknown, prefix: Path = []): Path[] {
  if (!isObject(patch)) return [prefix];
  return Object.entries(patch).flatMap(([key, value]) => patchedPaths(value, [...prefix, key]));
}

/** Fields that only apply with a certain choice: changing the choice asks what to do with them. */
export const DEPENDENT_FIELDS: Record<string, Record<string, string[]>> = {
  'bekostiging.budget': { budgetafspraak: ['bandbreedtePct', 'afrekenregime'], budgetplafond: ['signaleringPct'], geen: [] },
  'bekostiging.vorm': { traject: ['omzettingNaarPlekken'], pxq: ['eenheid'], resultaat: ['sharedSavingsPct'] },
  'toegang.hoe': { 'deels-toegang': ['hoeElementenToegang'] },
};

/** The fields present in `element` that belonged to the old choice and do not apply to the new one. */
export function fieldsNoLongerApplying(elementName: string, key: string, element: unknown, oldValue: unknown, newValue: unknown): string[] {
  const table = DEPENDENT_FIELDS[`${elementName}.${key}`];
  if (!table) return [];
  const before = table[String(oldValue)] ?? [];
  const after = new Set(table[String(newValue)] ?? []);
  return before.filter((field) => !after.has(field) && getIn(element, [field]) !== undefined);
}

/** Words by which a description still names a choice ("budgetplafond", "traject"…): the value and its stem. */
export function mentionsChoice(text: unknown, value: unknown): boolean {
  if (typeof text !== 'string' || value === undefined) return false;
  const word = String(value).toLowerCase();
  const stems = [word, word.replace(/-/g, ' '), word.length > 5 ? word.slice(0, -1) : word];
  const lower = text.toLowerCase();
  return stems.some((stem) => stem.length >= 3 && lower.includes(stem));
}
