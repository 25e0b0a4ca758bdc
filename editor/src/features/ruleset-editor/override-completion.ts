/** Completion of municipality ids where a key of `overrides` is typed (Monaco asks; this decides what to offer). */
import { getLocation, parse } from 'jsonc-parser';

export interface GemeenteChoice {
  id: string;
  naam: string;
}

/** The region's municipalities without an override yet, when `offset` is at a property key directly inside `overrides`. */
export function overrideKeySuggestions(text: string, offset: number, gemeenten: readonly GemeenteChoice[]): GemeenteChoice[] {
  const location = getLocation(text, offset);
  if (!location.isAtPropertyKey || location.path.length !== 2 || location.path[0] !== 'overrides') return [];
  const document = parse(text, [], { allowTrailingComma: true }) as { overrides?: Record<string, unknown> } | undefined;
  const existing = new Set(Object.keys(document?.overrides ?? {}));
  const typed = String(location.path[1] ?? '');
  return gemeenten.filter((g) => g.id === typed || !existing.has(g.id));
}
