/** A bound on how deeply a parsed JSON value nests, checked without recursion (so extreme nesting cannot overflow the stack). */

/** Deepest nesting any Sturing document needs is far below this; more is hostile or broken input. */
export const MAX_JSON_DEPTH = 64;

/** The first place (JSON pointer) where `value` nests deeper than `max` levels, or undefined. */
export function jsonDepthProblem(value: unknown, max = MAX_JSON_DEPTH): { path: string; code: string; message: string } | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= max) return { path: item.path, code: 'TE_DIEP_GENEST', message: `te diep genest (meer dan ${max} niveaus)` };
    const entries = Array.isArray(item.value) ? item.value.map((v, i) => [String(i), v] as const) : Object.entries(item.value);
    for (const [key, child] of entries)
      stack.push({ value: child, depth: item.depth + 1, path: `${item.path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
  }
  return undefined;
}
