/** JSON Merge Patch (RFC 7396): how a municipal override changes the regional policy. */
import { cloneJson } from './clone-json';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Returns `target` with `patch` applied; neither argument is modified. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return cloneJson(patch);
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

/** Lists the JSON pointers a patch touches (leaves only), for marking overrides in reports. */
export function patchedPointers(patch: unknown, prefix = ''): string[] {
  if (!isPlainObject(patch)) return [prefix];
  return Object.entries(patch).flatMap(([key, value]) => patchedPointers(value, `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
}
