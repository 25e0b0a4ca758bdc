import { describe, expect, it } from 'vitest';
import { loadSharedRules } from '../evaluate/evaluate-case';
import type { RuleJson, RuleSetVersion } from '../model/rule-set';
import { analyseDocuments, analyseRepository } from './analyse-rule-set';
import { analyseProviderRules, type ProviderRuleResult } from './provider-analysis';
import { MAX_CELLS } from './rule-analysis';
import { fixture, repository } from '../../../test/fixtures/analysis/load-fixtures';

const region = async (id: string) => (await repository.listRegions()).find((r) => r.id === id)!;

/** The S1b fixture with one extra rule on provider data. */
function withProviderRule(id: string, conditions: unknown): RuleSetVersion {
  const base = fixture('tegenstrijdige-voorwaarden.json');
  const rule = {
    id,
    subject: 'aanbieders',
    description: 'Fictieve regel over aanbiedersgegevens voor de analyse.',
    conditions,
    event: { type: 'FICTIEF_AANBIEDER', params: { severity: 'waarschuwing', message: 'Fictief.', policyChoice: '/basiseenheid' } },
  } as unknown as RuleJson;
  return { ...base, title: `${base.title} (${id})`, rules: [...base.rules, rule] };
}

async function analyseOwn(ruleSet: RuleSetVersion): Promise<ProviderRuleResult[]> {
  const [analysis] = await analyseDocuments(repository, [ruleSet]);
  return analysis.versions[0].providerRules.filter((r) => r.ruleId === ruleSet.rules.at(-1)!.id);
}

describe('rules on provider data', () => {
  it('the seeded rule sets: every provider rule on every perceel is decided, with a verified witness file or a proof', async () => {
    const analyses = await analyseRepository(repository);
    const results = analyses.flatMap((a) => a.versions.flatMap((v) => v.providerRules));
    expect(results.length).toBeGreaterThan(300);
    expect(results.filter((r) => r.status !== 'bewezen')).toEqual([]);
    const firing = results.filter((r) => r.canFire);
    expect(firing.length).toBeGreaterThan(150);
    expect(firing.every((r) => r.witness?.verified && r.witness.observed.firedRules.includes(r.ruleId))).toBe(true);
    expect(results.filter((r) => r.canFire === false).every((r) => r.proof?.reden && r.deadBy)).toBe(true);
    // No provider rule is left undecided any more; the summary counts them among the proven contexts.
    expect(analyses.flatMap((a) => a.findings.filter((f) => f.code === 'ANALYSE_NIET_BESLIST'))).toEqual([]);
    const summary = analyses.reduce((n, a) => n + a.summary.providerRuleContexts, 0);
    expect(summary).toBe(results.length);
    expect(analyses.reduce((n, a) => n + a.summary.providerWitnesses, 0)).toBe(firing.length);
  });

  it('a provider rule that fires for every provider file is reported as always firing (the whole partition fired)', async () => {
    const always = withProviderRule('elk-type', {
      any: [
        { fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'lokaal-basis' },
        { fact: 'aanbieder', path: '$.type', operator: 'notEqual', value: 'lokaal-basis' },
      ],
    });
    const results = await analyseOwn(always);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.canFire && r.alwaysFires && r.status === 'bewezen')).toBe(true);
    const [analysis] = await analyseDocuments(repository, [always]);
    const findings = analysis.findings.filter((f) => f.code === 'REGEL_VUURT_ALTIJD' && f.ruleIds?.includes('elk-type'));
    expect(findings.map((f) => f.perceel).sort()).toEqual(results.map((r) => r.perceel).sort());
    // A rule that fires for some provider files only is not.
    const sometimes = await analyseOwn(
      withProviderRule('alleen-systeem', { all: [{ fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'systeem' }] }),
    );
    expect(sometimes.every((r) => r.canFire && r.alwaysFires === false)).toBe(true);
  });

  it('two provider rules with the same code that can fire for one provider file are a duplicate finding, with a verified witness file', async () => {
    const base = withProviderRule('systeem-a', { all: [{ fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'systeem' }] });
    const twice = {
      ...base,
      rules: [
        ...base.rules,
        { ...base.rules.at(-1)!, id: 'systeem-b', conditions: { all: [{ fact: 'aanbieder', path: '$.gecontracteerd', operator: 'equal', value: true }] } },
        { ...base.rules.at(-1)!, id: 'lokaal-c', conditions: { all: [{ fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'lokaal-basis' }] } },
      ],
    } as RuleSetVersion;
    const [analysis] = await analyseDocuments(repository, [twice]);
    const dubbel = analysis.findings.filter(
      (f) => f.code === 'BEVINDING_DUBBEL' && f.ruleIds?.some((id) => ['systeem-a', 'systeem-b', 'lokaal-c'].includes(id)),
    );
    const pairs = dubbel.map((f) => f.ruleIds!.join(' + '));
    // systeem-a and systeem-b fire together for a contracted system provider, systeem-b and lokaal-c for a contracted local
    // one; systeem-a and lokaal-c never (a provider has one type).
    expect(pairs).toContain('systeem-a + systeem-b');
    expect(pairs).not.toContain('systeem-a + lokaal-c');
    const version = analysis.versions[0] as unknown as { providerPairs: { ruleIds: string[]; together: boolean | null; witness?: { verified: boolean } }[] };
    const ab = version.providerPairs.filter((p) => p.ruleIds.join() === 'systeem-a,systeem-b');
    expect(ab.length).toBeGreaterThan(0);
    expect(ab.every((p) => p.together === true && p.witness?.verified)).toBe(true);
    expect(version.providerPairs.filter((p) => p.ruleIds.join() === 'systeem-a,lokaal-c').every((p) => p.together === false)).toBe(true);
  });

  it('S1b: the witness for the maximum is one provider above it; the lowest-price award check is ruled out by the Wmo policy', async () => {
    const [s1b] = await analyseRepository(repository, { rulesetId: 'noord-limburg/wmo/S1b' });
    const result = (ruleId: string, perceel: string) => s1b.versions[0].providerRules.find((r) => r.ruleId === ruleId && r.perceel === perceel)!;
    const max = result('aanbieders/max-aanbieders-overschreden', 'regionaal');
    expect(max).toMatchObject({ canFire: true, status: 'bewezen', level: 'perceel' });
    const providers = max.witness!.providers as { aanbieders: { gecontracteerdePercelen: string[] }[]; regio: string; segment: string };
    expect(providers).toMatchObject({ regio: 'noord-limburg', segment: 'S1b' });
    expect(providers.aanbieders.filter((a) => a.gecontracteerdePercelen.includes('regionaal'))).toHaveLength(16);
    expect(max.witness!.observed.findings).toEqual(['MAX_AANBIEDERS_OVERSCHREDEN']);
    // The whole partition is decided, not only up to the witness.
    expect(max.cells).toBeGreaterThan(3);

    const minimum = result('aanbieders/minimum-omvang-niet-gehaald', 'lokaal');
    const [aanbieder] = (minimum.witness!.providers as { aanbieders: { type: string; jaren: { clienten: number }[] }[] }).aanbieders;
    expect(aanbieder.type).toBe('lokaal-basis');
    expect(aanbieder.jaren[0].clienten).toBeLessThan(10);
    // On regionaal the policy sets no minimum: proven by the policy alone.
    expect(result('aanbieders/minimum-omvang-niet-gehaald', 'regionaal')).toMatchObject({ canFire: false, deadBy: 'beleid' });

    const award = result('aanbieders/gunning-laagste-prijs-verboden', 'regionaal');
    expect(award).toMatchObject({ canFire: false, deadBy: 'beleid', status: 'bewezen' });
    expect(award.proof?.conditions?.[0]).toMatchObject({ fact: 'segment', path: '$.domein', actual: 'wmo' });

    const unit = result('aanbieders/basiseenheid-afwijkend', 'regionaal');
    expect(unit.witness?.verified).toBe(true);
  });

  it('Jeugd S3: the lowest-price award check can fire (youth care), witnessed by an award file the evaluator confirms', async () => {
    const [s3] = await analyseRepository(repository, { rulesetId: 'noord-limburg/jeugd/S3' });
    const award = s3.versions[0].providerRules.find((r) => r.ruleId === 'aanbieders/gunning-laagste-prijs-verboden' && r.perceel === 'regionaal')!;
    expect(award).toMatchObject({ canFire: true, status: 'bewezen' });
    expect(award.witness).toMatchObject({ kind: 'aanbieders', verified: true, observed: { findings: ['GUNNING_LAAGSTE_PRIJS_VERBODEN'] } });
  });

  it('a policy without a maximum number of providers: the maximum check is proven dead by the policy, naming the missing value', async () => {
    const [hbh] = await analyseRepository(repository, { rulesetId: 'noord-veluwe/wmo/hbh' });
    const max = hbh.versions[0].providerRules.find((r) => r.ruleId === 'aanbieders/max-aanbieders-overschreden')!;
    expect(max).toMatchObject({ canFire: false, deadBy: 'beleid', status: 'bewezen' });
    expect(max.proof?.reden).toMatch(/geeft geen waarde voor beleid \$\.contract\.aanbieders\.max/);
    expect(max.proof?.conditions?.[0]).toMatchObject({ pointer: '/policy/percelen/regionaal/contract/aanbieders/max', actual: null });
  });

  it('a provider rule whose conditions contradict is proven dead on every perceel (REGEL_KAN_NIET_VUREN naming them)', async () => {
    const ruleSet = withProviderRule('lokaal-en-systeem', {
      all: [
        { fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'lokaal-basis' },
        { fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'systeem' },
      ],
    });
    const results = await analyseOwn(ruleSet);
    expect(results.map((r) => [r.perceel, r.canFire, r.deadBy])).toEqual([
      ['regionaal', false, 'voorwaarden'],
      ['lokaal', false, 'voorwaarden'],
    ]);
    const [analysis] = await analyseDocuments(repository, [ruleSet]);
    const dead = analysis.findings.find((f) => f.code === 'REGEL_KAN_NIET_VUREN' && f.ruleIds?.[0] === 'lokaal-en-systeem');
    expect(dead).toMatchObject({ status: 'bewezen', pointers: ['/rules/1'] });
    expect(dead?.proof?.conditions?.map((c) => c.tekst)).toEqual(['aanbieder $.type equal "lokaal-basis"', 'aanbieder $.type equal "systeem"']);
  });

  it('numbers are split at every threshold: a window between two client-experience scores is found', async () => {
    const results = await analyseOwn(
      withProviderRule('smal-venster', {
        all: [
          { fact: 'aanbieder', path: '$.recent.kpi.clientervaring', operator: 'greaterThan', value: 7.5 },
          { fact: 'aanbieder', path: '$.recent.kpi.clientervaring', operator: 'lessThan', value: 7.6 },
        ],
      }),
    );
    expect(results[0]).toMatchObject({ canFire: true, status: 'bewezen' });
    const score = (results[0].witness!.providers as { aanbieders: { jaren: { kpi: { clientervaring: number } }[] }[] }).aanbieders[0].jaren[0].kpi
      .clientervaring;
    expect(score).toBeGreaterThan(7.5);
    expect(score).toBeLessThan(7.6);
    expect(results[0].witness?.verified).toBe(true);
  });

  it('a space larger than the limit is niet-beslist with its size, never sampled', async () => {
    const results = await analyseOwn(
      withProviderRule('alles-tegelijk', {
        all: [
          { fact: 'aanbieder', path: '$.type', operator: 'equal', value: 'systeem' },
          { fact: 'aanbieder', path: '$.gecontracteerd', operator: 'equal', value: true },
          { fact: 'aanbieder', path: '$.toetreding', operator: 'isLeeg', value: false },
          { fact: 'aanbieder', path: '$.aanvullendeAfspraken', operator: 'isLeeg', value: false },
          { fact: 'aanbieder', path: '$.afwijkendeEenheden', operator: 'isLeeg', value: false },
          { fact: 'aanbieder', path: '$.categorie', operator: 'notEqual', value: null },
        ],
      }),
    );
    const regionaal = results.find((r) => r.perceel === 'regionaal')!;
    expect(regionaal).toMatchObject({ status: 'niet-beslist', canFire: null, cells: 0 });
    expect(regionaal.size).toBeGreaterThan(MAX_CELLS);
    expect(regionaal.proof?.reden).toMatch(/cellen \(meer dan 200000\)/);
  });

  it('membership in a list of numbers splits at each member', async () => {
    const results = await analyseOwn(
      withProviderRule('zeven-clienten', { all: [{ fact: 'aanbieder', path: '$.recent.clienten', operator: 'in', value: [7] }] }),
    );
    expect(results[0]).toMatchObject({ canFire: true, status: 'bewezen' });
    expect((results[0].witness!.providers as { aanbieders: { jaren: { clienten: number }[] }[] }).aanbieders[0].jaren[0].clienten).toBe(7);
  });

  it('a derived provider fact the partition cannot realise exactly is niet-beslist with the reason, never sampled', async () => {
    const ruleSet = withProviderRule('ruimte-klein', {
      all: [{ fact: 'perceel', path: '$.extraCapaciteit.ruimte', operator: 'equal', value: '1.00' }],
    });
    const results = await analyseOwn(ruleSet);
    expect(results.every((r) => r.status === 'niet-beslist' && r.canFire === null && r.size === undefined)).toBe(true);
    expect(results[0].proof?.reden).toMatch(/perceel \$\.extraCapaciteit\.ruimte equal "1\.00"/);
    const [analysis] = await analyseDocuments(repository, [ruleSet]);
    expect(analysis.findings.find((f) => f.code === 'ANALYSE_NIET_BESLIST')).toMatchObject({ status: 'niet-beslist', ruleIds: ['ruimte-klein'] });
    expect(analysis.summary.nietBeslist).toBe(2);
  });

  it('an agreement in plekken is allowed only where the municipality converts trajecten: the municipality classes are part of the partition', async () => {
    const [s3] = await repository.listVersions('noord-limburg/jeugd/S3');
    const { results } = analyseProviderRules(s3, await loadSharedRules(repository, s3), await region('noord-limburg'));
    const unit = results.find((r) => r.ruleId === 'aanbieders/basiseenheid-afwijkend' && r.perceel === 'regionaal')!;
    expect(unit).toMatchObject({ canFire: true, status: 'bewezen' });
    // 1 (no agreement) + 2 sources × 9 units × 2 classes of municipalities (no municipality and Venlo's plekken) = 37 cells.
    expect(unit.cells).toBe(37);
  });
});
