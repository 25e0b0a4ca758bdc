/** A structural diff of two JSON documents as a list of changes by JSON pointer (base for the semantic diff). */
import { escapePointerToken } from './json-pointer';

export interface JsonChange {
  pointer: string;
  kind: 'toegevoegd' | 'verwijderd' | 'gewijzigd';
  before?: unknown;
  after?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Changes from `before` to `after`; arrays are compared by position, leaves by value. */
export function diffJson(before: unknown, after: unknown, pointer = ''): JsonChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const at = `${pointer}/${escapePointerToken(key)}`;
      if (!(key in after)) return [{ pointer: at, kind: 'verwijderd' as const, before: before[key] }];
      if (!(key in before)) return [{ pointer: at, kind: 'toegevoegd' as const, after: after[key] }];
      return diffJson(before[key], after[key], at);
    });
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => diffJson(item, after[i], `${pointer}/${i}`));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ pointer, kind: 'gewijzigd', before, after }];
}
