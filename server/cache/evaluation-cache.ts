/**
 * Prepare once: what an evaluation reads from the store (regions, versions, shared rules) is kept in memory for as
 * long as the store's generation stays the same. One cheap generation read per request notices a publish by this
 * or another instance, so the next request sees the new version. Rule-set documents keep their identity across
 * generations (the store parses each content hash once), so the engine's prepared and compiled rule sets, which
 * are keyed by document and shared-rules record, survive a publish of another rule set.
 * Tokens are never cached here: revocation must take effect at once.
 */
import type { RuleRepository } from '../../engine/src/model';
import type { Region, RuleSetVersion, SharedRules } from '../../engine/src/model';
import { PreparedCache } from '../../engine/src/evaluate';
import type { RuleStore } from '../store/rule-store';
import { StoreGeneration } from './store-generation';

/** A read-through view of the store for one generation. */
export interface CachedView extends RuleRepository {
  readonly generation: string;
  /** The region of a municipality (or undefined). */
  regionOf(gemeente: string): Promise<Region | undefined>;
  /** The shared-rules record of a version: the same object for the same version and libraries, so compiled rules are reused. */
  sharedRulesOf(ruleSet: RuleSetVersion): Promise<Record<string, SharedRules>>;
}

export class EvaluationCache {
  private readonly generation: StoreGeneration;
  private view: CachedView | undefined;
  /** Shared-rules records by document and library content: stable across generations while nothing they name changes. */
  private readonly sharedRecords = new WeakMap<RuleSetVersion, Map<string, Record<string, SharedRules>>>();
  /** How often the cache was (re)built, for tests and diagnostics. */
  builds = 0;
  /** Prepared and compiled rule sets by content hash, shared by every request of this server. */
  readonly prepared = new PreparedCache();

  constructor(private readonly store: RuleStore) {
    this.generation = new StoreGeneration(store.handle);
  }

  /** The view for the store's current generation (one generation read). */
  async current(): Promise<CachedView> {
    const generation = await this.generation.read();
    if (this.view?.generation !== generation) this.view = this.build(generation);
    return this.view;
  }

  private build(generation: string): CachedView {
    this.builds++;
    const store = this.store;
    const remember = <T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
      let value = map.get(key);
      if (!value) {
        value = read();
        map.set(key, value);
        // A failed read is not remembered: the next request tries again.
        value.catch(() => map.delete(key));
      }
      return value;
    };
    const once = new Map<string, Promise<unknown>>();
    const versions = new Map<string, Promise<RuleSetVersion[]>>();
    const shared = new Map<string, Promise<SharedRules | undefined>>();
    const published = new Map<string, Promise<Record<number, string>>>();
    const regions = () => remember(once as Map<string, Promise<Region[]>>, 'regions', () => store.listRegions());
    const byGemeente = () =>
      remember(once as Map<string, Promise<Map<string, Region>>>, 'byGemeente', async () => {
        const map = new Map<string, Region>();
        for (const region of await regions()) for (const g of region.gemeenten) if (!map.has(g.id)) map.set(g.id, region);
        return map;
      });
    const getSharedRules = (id: string) => remember(shared, id, () => store.getSharedRules(id));
    const sharedRecords = this.sharedRecords;
    return {
      generation,
      listRegions: regions,
      listRuleSetIds: () => remember(once as Map<string, Promise<string[]>>, 'ids', () => store.listRuleSetIds()),
      listVersions: (id) => remember(versions, id, () => store.listVersions(id)),
      // When each version was published, for evaluations as known at a date (kennisdatum).
      publicationTimes: (id) => remember(published, id, () => store.publicationTimes(id)),
      getSharedRules,
      regionOf: async (gemeente) => (await byGemeente()).get(gemeente),
      async sharedRulesOf(ruleSet) {
        const libraries = await Promise.all((ruleSet.sharedRules ?? []).map(async (id) => [id, await getSharedRules(id)] as const));
        const key = libraries.map(([id, lib]) => (lib ? `${id}@${lib.version}` : `${id}@-`)).join(',');
        let byKey = sharedRecords.get(ruleSet);
        if (!byKey) sharedRecords.set(ruleSet, (byKey = new Map()));
        let record = byKey.get(key);
        if (!record) {
          record = Object.fromEntries(libraries.filter(([, lib]) => lib !== undefined)) as Record<string, SharedRules>;
          byKey.set(key, record);
        }
        return record;
      },
    };
  }
}
