import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { cloneJson } from '../json/clone-json';
import { chooseVersion, loadSharedRules } from './evaluate-case';
import { evaluateCaseWith } from './evaluate';
import { PreparedCache } from './prepared-cache';
import { contentHashOf, rememberContentHash } from './prepare-rule-set';
import { contentHash } from '../json/content-hash';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);
const example = JSON.parse(readFileSync(new URL('../../../examples/venlo-wmo-s1b-intensiteit-door-toegang.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('PreparedCache', () => {
  it('keys by content: copies of a version (as a store reads them per request) share one prepared and compiled rule set', async () => {
    const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
    const shared = await loadSharedRules(repository, ruleSet);
    const cache = new PreparedCache();
    const first = cache.get(ruleSet, shared);
    expect(cache.get(cloneJson(ruleSet), cloneJson(shared))).toBe(first);
    expect(cache.get(ruleSet, shared)).toBe(first);
    expect(cache.size).toBe(1);
    // Another subject, or changed content, is another entry.
    expect(cache.get(ruleSet, shared, 'aanbieders')).not.toBe(first);
    const changed = { ...cloneJson(ruleSet), title: `${ruleSet.title} (gewijzigd)` };
    expect(cache.get(changed, shared)).not.toBe(first);
    expect(cache.size).toBe(3);
    // One policy context per municipality and perceel.
    expect(first.context('venlo', 'regionaal', true)).toBe(first.context('venlo', 'regionaal', true));
    expect(first.context('venlo', 'regionaal', true)).not.toBe(first.context('horst-aan-de-maas', 'regionaal', true));
  });

  it('keeps at most maxEntries, dropping the least recently used, and gives the same decision from a cold or warm cache', async () => {
    const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
    const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
    const sharedRules = await loadSharedRules(repository, ruleSet);
    const cache = new PreparedCache({ maxEntries: 2 });
    const a = cache.get(ruleSet, sharedRules);
    const versions = [1, 2, 3].map((n) => ({ ...cloneJson(ruleSet), title: `kopie ${n}` }));
    for (const v of versions) cache.get(v, sharedRules);
    expect(cache.size).toBe(2);
    // The evicted content is prepared anew for a new copy.
    expect(cache.get(cloneJson(ruleSet), sharedRules)).not.toBe(a);
    const cold = await evaluateCaseWith({ caseData: example, ruleSet, region, sharedRules }, { cache: new PreparedCache() });
    const warm = await evaluateCaseWith({ caseData: example, ruleSet: cloneJson(ruleSet), region, sharedRules }, { cache });
    expect(warm).toEqual(cold);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('uses a content hash the caller already knows instead of hashing the document again', async () => {
    const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
    const shared = await loadSharedRules(repository, ruleSet);
    const cache = new PreparedCache();
    const first = cache.get(ruleSet, shared);
    const copy = cloneJson(ruleSet);
    rememberContentHash(copy, first.prepared.contentHash);
    expect(contentHashOf(copy)).toBe(first.prepared.contentHash);
    expect(cache.get(copy, shared)).toBe(first);
    expect(contentHashOf(cloneJson(ruleSet))).toBe(contentHash(ruleSet));
  });
});
