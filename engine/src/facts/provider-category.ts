/**
 * A provider's performance category (differentiatie in leveranciersmanagement)
 * from its KPIs and the policy's thresholds: the first category whose every
 * threshold holds wins.
 */
import type { YearFigures } from './provider-data';

/** One category of `leveranciersmanagement.categorieen`; an absent threshold does not constrain. */
export interface ProviderCategory {
  naam: string;
  omschrijving?: string;
  minClientervaring?: number;
  maxUitvalPct?: number;
  minDoelrealisatiePct?: number;
}

/**
 * The name of the first matching category; null when none matches;
 * undefined when a KPI a category needs is missing before a match is found
 * (the outcome is then undecided, not "no category").
 */
export function classifyProvider(kpi: YearFigures['kpi'] | undefined, categories: readonly ProviderCategory[]): string | null | undefined {
  for (const category of categories) {
    const checks: (boolean | undefined)[] = [];
    if (category.minClientervaring !== undefined) checks.push(kpi?.clientervaring === undefined ? undefined : kpi.clientervaring >= category.minClientervaring);
    if (category.maxUitvalPct !== undefined) checks.push(kpi?.uitvalPct === undefined ? undefined : kpi.uitvalPct <= category.maxUitvalPct);
    if (category.minDoelrealisatiePct !== undefined)
      checks.push(kpi?.doelrealisatiePct === undefined ? undefined : kpi.doelrealisatiePct >= category.minDoelrealisatiePct);
    if (checks.includes(false)) continue;
    if (checks.includes(undefined)) return undefined;
    return category.naam;
  }
  return null;
}
