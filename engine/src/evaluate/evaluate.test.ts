import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import type { ConditionExplanation, GroupExplanation } from '../model/decision';
import { SturingError } from '../model/errors';
import { chooseVersion, evaluateCase, loadSharedRules, resolveCaseInput } from './evaluate-case';
import { evaluateCaseWith } from './evaluate';
import { evaluateCaseCompiled } from './compile/compiled-evaluate';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);
const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const withAccessTeamIntensity = example('venlo-wmo-s1b-intensiteit-door-toegang');

describe('evaluateCase', () => {
  it('finds HOE_BIJ_AANBIEDER with rule, policy choice and an explanation of every condition', async () => {
    const decision = await evaluateCase(repository, withAccessTeamIntensity);
    expect(decision.findings.map((f) => f.code)).toEqual(['HOE_BIJ_AANBIEDER']);
    const [finding] = decision.findings;
    expect(finding.ruleId).toBe('toegang/hoe-bij-aanbieder/intensiteit');
    expect(finding.policyChoice).toEqual({ pointer: '/percelen/regionaal/toegang/hoe', value: 'aanbieder', override: false });
    const leaves = (finding.explanation as GroupExplanation).conditions as ConditionExplanation[];
    expect(leaves).toEqual([
      { fact: 'hoeBeslisser', path: '$.intensiteit', operator: 'equal', expected: 'aanbieder', actual: 'aanbieder', held: true },
      { fact: 'casus', path: '$.besluit.hoe.intensiteit.vastgesteldDoor', operator: 'equal', expected: 'toegang', actual: 'toegang', held: true },
    ]);
  });

  it('is a receipt: version, hash, engine version, as-of, municipality and input', async () => {
    const decision = await evaluateCase(repository, withAccessTeamIntensity, { asOf: '2023-06-01' });
    expect(decision).toMatchObject({
      rulesetId: 'noord-limburg/wmo/S1b',
      version: 1,
      asOf: '2023-06-01',
      gemeente: 'venlo',
      perceel: 'regionaal',
      engineVersion: '0.1.0',
    });
    expect(decision.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(decision.sharedRules[0]).toMatchObject({ id: 'toegang', version: 3 });
    expect(decision.input.case).toEqual(withAccessTeamIntensity);
    const again = await evaluateCase(repository, decision.input.case, { asOf: decision.asOf, version: decision.version });
    expect(again).toEqual(decision);
  });

  it('lists missing facts and the rules they left undecided instead of failing', async () => {
    const besluit = { ...(withAccessTeamIntensity.besluit as object), indicatie: undefined };
    const decision = await evaluateCase(repository, JSON.parse(JSON.stringify({ ...withAccessTeamIntensity, besluit })));
    expect(decision.missing).toEqual([{ fact: 'casus', path: '$.besluit.indicatie.tot', rules: ['toegang/indicatie-onbepaalde-tijd'] }]);
    expect(decision.undecidedRules).toEqual([{ ruleId: 'toegang/indicatie-onbepaalde-tijd', code: 'INDICATIE_ONBEPAALDE_TIJD' }]);
  });

  it('applies a municipal override and marks the policy choice as overridden', async () => {
    const caseData = {
      id: 'H-1',
      gemeente: 'horst-aan-de-maas',
      domein: 'jeugd',
      segment: 'S3',
      perceel: 'lokaal',
      datum: '2022-05-02',
      besluit: {
        wat: { doelen: ['doel'] },
        hoe: { 'soort-hulp': { waarde: 'dagbehandeling', vastgesteldDoor: 'toegang' } },
        indicatie: { van: '2022-05-02', tot: '2023-01-01' },
      },
    };
    const horst = await evaluateCase(repository, caseData);
    expect(horst.override?.pointers).toContain('/percelen/lokaal/toegang/hoeElementenToegang');
    const open = horst.findings.filter((f) => f.code === 'HOE_ONTBREEKT');
    // The resident chooses the provider (Jeugd S3, fase 2a), so only the intensity Horst's access team must set is missing.
    expect(open.map((f) => f.ruleId)).toEqual(['toegang/hoe-ontbreekt/intensiteit']);
    expect(open[0].policyChoice.override).toBe(true);
    // Horst aan de Maas's override only illustrates a variation: the decision says so.
    expect(horst.override?.illustratief).toBe(true);
    const venray = await evaluateCase(repository, { ...caseData, gemeente: 'venray' });
    expect(venray.override).toBeNull();
    expect(venray.findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('names the field for bad input', async () => {
    const bad = { ...withAccessTeamIntensity, client: { leeftijd: 'zesenveertig' } };
    await expect(evaluateCase(repository, bad)).rejects.toMatchObject({
      code: 'CASUS_ONGELDIG',
      issues: [{ path: '/client/leeftijd', message: 'verwacht geheel getal' }],
    });
    await expect(evaluateCase(repository, { ...withAccessTeamIntensity, gemeente: 'utrecht' })).rejects.toMatchObject({ code: 'GEMEENTE_ONBEKEND' });
    // Venlo belongs to more than one region: without a named rule set, an unknown segment leaves the region open.
    await expect(evaluateCase(repository, { ...withAccessTeamIntensity, segment: 'S9' })).rejects.toMatchObject({ code: 'REGELSET_ONBEKEND' });
    await expect(evaluateCase(repository, { ...withAccessTeamIntensity, segment: 'S9' }, { rulesetId: 'noord-limburg/wmo/S9' })).rejects.toMatchObject({
      code: 'REGELSET_ONBEKEND',
    });
    await expect(evaluateCase(repository, withAccessTeamIntensity, { version: 7 })).rejects.toMatchObject({ code: 'VERSIE_ONBEKEND' });
  });

  it('checks a case changed after an evaluation again (the schema check is skipped once, not remembered)', async () => {
    const input = await resolveCaseInput(repository, structuredClone(withAccessTeamIntensity));
    await evaluateCaseWith(input);
    (input.caseData as { client: unknown }).client = { leeftijd: 'zesenveertig' };
    await expect(evaluateCaseWith(input)).rejects.toMatchObject({ code: 'CASUS_ONGELDIG', issues: [{ path: '/client/leeftijd' }] });
    await expect(resolveCaseInput(repository, input.caseData)).rejects.toMatchObject({ code: 'CASUS_ONGELDIG' });
  });

  it('refuses a date before the first effectiveFrom', async () => {
    const error = await evaluateCase(repository, withAccessTeamIntensity, { asOf: '2021-12-31' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SturingError);
    expect((error as SturingError).code).toBe('GEEN_VERSIE_VAN_KRACHT');
  });

  it('gives identical decisions under many concurrent evaluations (json-rules-engine drops rules on a shared engine)', async () => {
    const expected = JSON.stringify(await evaluateCase(repository, withAccessTeamIntensity));
    const cases = Array.from({ length: 200 }, () => evaluateCase(repository, withAccessTeamIntensity));
    const staggered = Array.from({ length: 200 }, (_, i) =>
      new Promise((r) => setTimeout(r, i % 7)).then(() => evaluateCase(repository, withAccessTeamIntensity)),
    );
    const results = await Promise.all([...cases, ...staggered]);
    const differing = results.filter((d) => JSON.stringify(d) !== expected).length;
    expect(differing).toBe(0);
  });

  it('stays identical under concurrent evaluations on the reference path too (a fresh engine per run)', async () => {
    const expected = JSON.stringify(await evaluateCase(repository, withAccessTeamIntensity, { engine: 'referentie' }));
    const results = await Promise.all(Array.from({ length: 100 }, () => evaluateCase(repository, withAccessTeamIntensity, { engine: 'referentie' })));
    expect(results.filter((d) => JSON.stringify(d) !== expected)).toHaveLength(0);
    expect(expected).toBe(JSON.stringify(await evaluateCase(repository, withAccessTeamIntensity)));
  });

  it('checks input the same way on both engines (one check): same code, message and place', async () => {
    const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
    const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
    const sharedRules = await loadSharedRules(repository, ruleSet);
    const bad = [
      { caseData: { ...withAccessTeamIntensity, gemeente: 'utrecht' } },
      { caseData: { ...withAccessTeamIntensity, segment: 'S2a' } },
      { caseData: withAccessTeamIntensity, asOf: '1-3-2023' },
      { caseData: { ...withAccessTeamIntensity, besluit: 'geen object' } },
    ];
    for (const input of bad) {
      const full = { ruleSet, region, sharedRules, ...input };
      const compiled = await evaluateCaseWith(full).catch((e: unknown) => e);
      const reference = await evaluateCaseWith(full, { engine: 'referentie' }).catch((e: unknown) => e);
      const fast = (() => {
        try {
          return evaluateCaseCompiled(full, { trace: false });
        } catch (e) {
          return e;
        }
      })();
      expect(compiled).toBeInstanceOf(SturingError);
      for (const other of [reference, fast])
        expect(other).toMatchObject({
          code: (compiled as SturingError).code,
          message: (compiled as SturingError).message,
          issues: (compiled as SturingError).issues,
        });
    }
  });

  it('evaluateCaseCompiled: trace false gives the findings without explanations, trace (default) the whole decision', async () => {
    const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
    const ruleSet = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
    const input = { caseData: withAccessTeamIntensity, ruleSet, region, sharedRules: await loadSharedRules(repository, ruleSet) };
    const fast = evaluateCaseCompiled(input, { trace: false });
    const traced = evaluateCaseCompiled(input);
    expect(fast.findings.map((f) => f.code)).toEqual(['HOE_BIJ_AANBIEDER']);
    expect('explanation' in fast.findings[0]).toBe(false);
    expect(traced.findings.map(({ explanation: _e, ...rest }) => rest)).toEqual(fast.findings);
    expect(traced).toEqual(await evaluateCaseWith(input, { engine: 'referentie' }));
  });
});

describe('a municipality in two regions (Maastricht: Maastricht-Heuvelland and Zuid-Limburg)', () => {
  const caseFor = (domein: string, segment: string, perceel: string) => ({
    id: 'M-1',
    gemeente: 'maastricht',
    domein,
    segment,
    perceel,
    datum: '2023-03-01',
    client: { leeftijd: 40, complex: true },
    besluit: { wat: { doelen: ['Doel'], resultaatgebieden: [], vastgesteldDoor: 'toegang' }, hoe: {}, indicatie: { van: '2023-03-01', tot: '2023-08-31' } },
  });

  it('is evaluated in the region that has a rule set for its domain and segment', async () => {
    expect((await evaluateCase(repository, caseFor('wmo', 'begeleiding', 'bgi'))).rulesetId).toBe('maastricht-heuvelland/wmo/begeleiding');
    expect((await evaluateCase(repository, caseFor('jeugd', 'arrangementen', 'regie'))).rulesetId).toBe('zuid-limburg/jeugd/arrangementen');
  });

  it('is evaluated in the region of a named rule set, and refused for a rule set of a region it is not in', async () => {
    const named = await evaluateCase(repository, caseFor('wmo', 'begeleiding-individueel', 'begeleiding'), {
      rulesetId: 'zuid-limburg/wmo/begeleiding-individueel',
    });
    expect(named.rulesetId).toBe('zuid-limburg/wmo/begeleiding-individueel');
    await expect(evaluateCase(repository, caseFor('wmo', 'S1b', 'regionaal'), { rulesetId: 'noord-limburg/wmo/S1b' })).rejects.toMatchObject({
      code: 'INVOER_ONGELDIG',
    });
  });
});
