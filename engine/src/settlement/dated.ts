/** Dated policy values: a list of { vanaf, waarde } (vanaf a calendar year), the one pattern for values that change per contract year. */

export interface DatedEntry<T> {
  vanaf: number;
  waarde: T;
  bron?: { document: string; passage: string; toelichting?: string };
}

/** The entry in force in `year` (the last with vanaf ≤ year) and its index, or undefined when the list starts later or is absent. */
export function entryInYear<T>(list: readonly DatedEntry<T>[] | undefined, year: number): { entry: DatedEntry<T>; index: number } | undefined {
  let found: { entry: DatedEntry<T>; index: number } | undefined;
  (list ?? []).forEach((entry, index) => {
    if (entry.vanaf <= year && (!found || entry.vanaf >= found.entry.vanaf)) found = { entry, index };
  });
  return found;
}
