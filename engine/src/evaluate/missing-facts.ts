/** The missing facts of a decision: each absent user fact once, with the rules it left undecided (and, for provider data, whom it concerns). */
import type { MissingFact } from '../model/decision';

export class MissingFacts {
  private readonly byKey = new Map<string, MissingFact>();

  /** Records the absent facts one undecided rule depended on; `label` names the provider/perceel for provider data. */
  add(ruleId: string, lacking: readonly { fact: string; path?: string }[], label?: string): void {
    for (const m of lacking) {
      const key = `${m.fact}|${m.path ?? ''}`;
      let entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, (entry = { ...m, rules: [], ...(label !== undefined ? { affected: [] } : {}) }));
      if (!entry.rules.includes(ruleId)) entry.rules.push(ruleId);
      if (label !== undefined && !entry.affected?.includes(label)) entry.affected?.push(label);
    }
  }

  list(): MissingFact[] {
    return [...this.byKey.values()];
  }
}
