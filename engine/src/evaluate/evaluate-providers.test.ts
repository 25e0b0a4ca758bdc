import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import type { ConditionExplanation, GroupExplanation } from '../model/decision';
import { evaluateCase } from './evaluate-case';
import { evaluateProviders } from './evaluate-providers';

const root = new URL('../../../', import.meta.url).pathname;
const repository = new FileRuleRepository(`${root}rules`);
const example = JSON.parse(readFileSync(`${root}examples/providers-noord-limburg-wmo-s1b.json`, 'utf8'));

const regional = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i + 1}`,
    naam: `Aanbieder ${i + 1} (fictief)`,
    type: 'regionaal-strategisch',
    gecontracteerdePercelen: ['regionaal'],
  }));
const data = (aanbieders: unknown[]) => ({ regio: 'noord-limburg', domein: 'wmo', segment: 'S1b', datum: '2023-03-01', aanbieders });

describe('evaluateProviders', () => {
  it('16 contracted providers on Wmo S1b regionaal exceed the maximum of 15; 15 do not', async () => {
    const sixteen = await evaluateProviders(repository, data(regional(16)));
    const finding = sixteen.findings.find((f) => f.code === 'MAX_AANBIEDERS_OVERSCHREDEN');
    expect(finding).toMatchObject({
      severity: 'fout',
      ruleId: 'aanbieders/max-aanbieders-overschreden',
      about: { perceel: 'regionaal' },
      policyChoice: { pointer: '/percelen/regionaal/contract/aanbieders/max', value: 15, override: false },
    });
    const leaf = (finding?.explanation as GroupExplanation).conditions[0] as ConditionExplanation;
    expect(leaf).toMatchObject({ fact: 'perceel', actual: 16, expected: 15, expectedFrom: { fact: 'beleid' }, held: true });
    const fifteen = await evaluateProviders(repository, data(regional(15)));
    expect(fifteen.findings.map((f) => f.code)).not.toContain('MAX_AANBIEDERS_OVERSCHREDEN');
  });

  it('returns the receipt of a case decision, with the provider data as input', async () => {
    const decision = await evaluateProviders(repository, example);
    expect(decision).toMatchObject({
      rulesetId: 'noord-limburg/wmo/S1b',
      version: 1,
      subject: 'aanbieders',
      asOf: '2023-03-01',
      gemeente: null,
      perceel: null,
    });
    expect(decision.contentHash).toMatch(/^sha256:/);
    expect(decision.sharedRules.map((s) => s.id)).toEqual(['toegang', 'aanbieders']);
    expect(decision.input.providers).toEqual(example);
    expect(decision.findings.every((f) => f.ruleId.startsWith('aanbieders/'))).toBe(true);
    expect(
      decision.findings
        .filter((f) => f.severity === 'fout')
        .map((f) => f.code)
        .sort(),
    ).toEqual(['AANVULLENDE_AFSPRAKEN_NIET_TOEGESTAAN', 'BASISEENHEID_AFWIJKEND', 'MINIMUM_OMVANG_NIET_GEHAALD', 'TOETREDING_NIET_TOEGESTAAN']);
    expect(decision.findings.find((f) => f.code === 'AANBIEDER_CATEGORIE')?.message).toMatch(/Prestatiecategorie [ABC] /);
  });

  it('case rules never run on provider data, provider rules never on a case', async () => {
    const caseData = JSON.parse(readFileSync(`${root}examples/venlo-wmo-s1b-intensiteit-door-toegang.json`, 'utf8'));
    const caseDecision = await evaluateCase(repository, caseData);
    expect(caseDecision.findings.length).toBeGreaterThan(0);
    expect([...caseDecision.findings, ...caseDecision.undecidedRules].some((f) => f.ruleId.startsWith('aanbieders/'))).toBe(false);
    const providerDecision = await evaluateProviders(repository, example);
    expect(providerDecision.undecidedRules.some((r) => r.ruleId.startsWith('toegang/'))).toBe(false);
  });

  it('a missing figure leaves the rule undecided and names the provider', async () => {
    const local = { id: 'l1', naam: 'Lokaal (fictief)', type: 'lokaal-basis', gecontracteerdePercelen: ['lokaal'] };
    const decision = await evaluateProviders(repository, data([...regional(10), local]));
    expect(decision.missing).toContainEqual({
      fact: 'aanbieder',
      path: '$.recent.clienten',
      rules: ['aanbieders/minimum-omvang-niet-gehaald'],
      affected: ['l1 op lokaal'],
    });
  });

  it('refuses invalid data naming the field', async () => {
    await expect(evaluateProviders(repository, { ...data(regional(1)), datum: '1-3-2023' })).rejects.toMatchObject({
      code: 'AANBIEDERS_ONGELDIG',
      issues: expect.arrayContaining([expect.objectContaining({ path: '/datum' })]),
    });
    await expect(evaluateProviders(repository, data([{ ...regional(1)[0], gecontracteerdePercelen: ['overal'] }]))).rejects.toMatchObject({
      code: 'AANBIEDERS_ONGELDIG',
      issues: [expect.objectContaining({ path: '/aanbieders/0/gecontracteerdePercelen/0' })],
    });
    await expect(evaluateProviders(repository, { ...data(regional(1)), regio: 'atlantis' })).rejects.toMatchObject({ code: 'REGIO_ONBEKEND' });
    await expect(evaluateProviders(repository, data([...regional(1), ...regional(1)]))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: '/aanbieders/1/id' })],
    });
  });

  it('gives the same decisions under concurrent evaluation (one engine per run)', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => data(regional(14 + (i % 3))));
    const decisions = await Promise.all(inputs.map((input) => evaluateProviders(repository, input)));
    decisions.forEach((decision, i) => {
      const expected = 14 + (i % 3) > 15;
      expect(decision.findings.some((f) => f.code === 'MAX_AANBIEDERS_OVERSCHREDEN')).toBe(expected);
      // 6 rules per provider on its perceel (one is the Wlz warning of beschermd wonen), 3 per perceel (regionaal, lokaal).
      expect(decision.summary.rulesEvaluated).toBe(inputs[i].aanbieders.length * 6 + 2 * 3);
    });
  });
});
