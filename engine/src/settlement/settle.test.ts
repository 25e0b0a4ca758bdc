import { describe, expect, it } from 'vitest';
import mhRegion from '../../../rules/maastricht-heuvelland/region.json';
import mhV1 from '../../../rules/maastricht-heuvelland/wmo/begeleiding/v1.json';
import mhV2 from '../../../rules/maastricht-heuvelland/wmo/begeleiding/v2.json';
import nlRegion from '../../../rules/noord-limburg/region.json';
import nlS2a from '../../../rules/noord-limburg/wmo/S2a/v1.json';
import nlS1b from '../../../rules/noord-limburg/wmo/S1b/v1.json';
import type { Region, RuleSetVersion } from '../model/rule-set';
import { isSturingError } from '../model/errors';
import { compareSettlements } from './compare';
import type { ParsedRealisation, RealisationLine } from './realisation';
import { settle } from './settle';

const v1 = mhV1 as unknown as RuleSetVersion;
const v2 = mhV2 as unknown as RuleSetVersion;
const s2a = nlS2a as unknown as RuleSetVersion;
const s1b = nlS1b as unknown as RuleSetVersion;
const MH = 'maastricht-heuvelland/wmo/begeleiding';

const parsed = (regio: string, jaar: number, regels: RealisationLine[]): ParsedRealisation => ({
  realisation: { regio, jaar, fictief: true, regels },
  origin: { bestand: 'test.json', formaat: 'json', regelnummers: regels.map((_, i) => i + 2) },
});
const partner = (aanbieder: string, lumpsum: string, perceel = 'bgi'): RealisationLine => ({
  ruleset: MH,
  perceel,
  gemeente: 'maastricht',
  aanbieder,
  omzet: lumpsum,
  voorschotten: lumpsum,
  lumpsum,
});
const other = (aanbieder: string, omzet: string, perceel = 'bgi'): RealisationLine => ({
  ruleset: MH,
  perceel,
  gemeente: 'meerssen',
  aanbieder,
  omzet,
  voorschotten: omzet,
});

// Lumpsums 6 and 3 million (2:1); the rest is other spending, so that the total exceeds the plafond by € 500.000.
const overrun = (plafond: number) => [partner('a', '6000000.00'), partner('b', '3000000.00'), other('c', `${plafond - 9000000 + 500000}.00`)];

describe('settle: Maastricht shared plafond, from the rule sets alone', () => {
  it('2022 (v1): plafond BGI k€ 11.348, BGG k€ 4.107; providers bear 50 % of a € 500.000 overrun, pro rata to lumpsum', () => {
    const result = settle(v1, mhRegion as Region, parsed('maastricht-heuvelland', 2022, [...overrun(11348000), partner('g', '4000000.00', 'bgg')]));
    const bgi = result.percelen.find((p) => p.perceel === 'bgi');
    expect(result.percelen.find((p) => p.perceel === 'bgg')?.plafond).toBe('4107000.00');
    expect(bgi).toMatchObject({
      plafond: '11348000.00',
      overschrijding: '500000.00',
      aanbiedersAandeelPct: 50,
      aanbiedersDeel: '250000.00',
      gemeenteDeel: '250000.00',
    });
    const a = result.regels.find((l) => l.aanbieder === 'a');
    const b = result.regels.find((l) => l.aanbieder === 'b');
    expect([a?.aandeelOverschrijding, b?.aandeelOverschrijding]).toEqual(['166666.67', '83333.33']);
    expect(a).toMatchObject({ vastgesteld: '5833333.33', afrekening: '-166666.67' });
    // The line says which policy value it used: pointer, version, seed passage.
    const share = a?.beleid.find((r) => r.pointer.includes('aanbiederAandeelPct'));
    expect(share).toMatchObject({ pointer: '/policy/percelen/bgi/bekostiging/aanbiederAandeelPct/0', waarde: 50, versie: 1 });
    expect(share?.bron?.passage).toContain('gelijkelijk wordt verdeeld');
  });

  it('2023 (v2): plafond BGI k€ 11.881, BGG k€ 4.300; providers bear 70 % = € 350.000', () => {
    const result = settle(v2, mhRegion as Region, parsed('maastricht-heuvelland', 2023, [...overrun(11881000), partner('g', '4000000.00', 'bgg')]));
    expect(result.percelen.find((p) => p.perceel === 'bgg')?.plafond).toBe('4300000.00');
    expect(result.percelen.find((p) => p.perceel === 'bgi')).toMatchObject({ plafond: '11881000.00', aanbiedersDeel: '350000.00', gemeenteDeel: '150000.00' });
    expect(result.regels.find((l) => l.aanbieder === 'a')?.aandeelOverschrijding).toBe('233333.33');
  });

  it("underuse is added to next year's lumpsum pro rata, except in the last contract year (2024)", () => {
    const under = [partner('a', '6000000.00'), partner('b', '3000000.00'), other('c', '2581000.00')]; // 300.000 under 11.881.000
    const in2023 = settle(v2, mhRegion as Region, parsed('maastricht-heuvelland', 2023, under));
    expect(in2023.regels.map((l) => l.toevoegingVolgendJaar)).toEqual(['200000.00', '100000.00', undefined]);
    const in2024 = settle(v2, mhRegion as Region, parsed('maastricht-heuvelland', 2024, under));
    expect(in2024.percelen[0]).toMatchObject({ onderbenutting: '300000.00', laatsteContractjaar: true });
    expect(in2024.regels.slice(0, 2).map((l) => l.toevoegingVolgendJaar)).toEqual(['0.00', '0.00']);
  });
});

describe('settle: Noord-Limburg Wmo S2a population funding', () => {
  const line = (over: Partial<RealisationLine>): RealisationLine => ({
    ruleset: 'noord-limburg/wmo/S2a',
    perceel: 'regionaal',
    gemeente: 'venray',
    aanbieder: 'p1',
    omzet: '1040000.00',
    voorschotten: '1000000.00',
    budget: '1000000.00',
    clienten: 100,
    afgesprokenClienten: 100,
    ...over,
  });
  it('a 4 % deviation from the budget is settled: the settlement band is 0', () => {
    const [l] = settle(s2a, nlRegion as Region, parsed('noord-limburg', 2022, [line({})])).regels;
    expect(l).toMatchObject({ model: 'populatie', vastgesteld: '1040000.00', afrekening: '40000.00', budget: '1000000.00' });
    expect(l.beleid.find((r) => r.pointer.endsWith('/bandbreedtePct'))?.waarde).toBe(0);
  });
  it('a population 12 % above the agreed one revises the budget (revision threshold 10 %); 8 % does not', () => {
    const [up] = settle(s2a, nlRegion as Region, parsed('noord-limburg', 2022, [line({ clienten: 112 })])).regels;
    expect(up.budget).toBe('1120000.00');
    expect(up.waarschuwingen.join(' ')).toContain('budget herzien');
    const [small] = settle(s2a, nlRegion as Region, parsed('noord-limburg', 2022, [line({ clienten: 108 })])).regels;
    expect(small.budget).toBe('1000000.00');
  });
  it('under the old reading (10 % as settlement band) the 4 % would not have been settled: the scenario shows it', () => {
    const old = JSON.parse(JSON.stringify(s2a)) as RuleSetVersion;
    for (const p of Object.values(old.policy.percelen)) Object.assign(p.bekostiging, { bandbreedtePct: 10, herzieningsdrempelPct: undefined });
    const data = parsed('noord-limburg', 2022, [line({})]);
    const comparison = compareSettlements(settle(old, nlRegion as Region, data), settle(s2a, nlRegion as Region, data));
    expect(comparison.aanbieders[0]).toMatchObject({
      afrekeningBasis: '0.00',
      afrekeningVariant: '40000.00',
      verschil: '40000.00',
      richting: 'van-terugbetaling-naar-bijbetaling',
    });
    expect(comparison.geenVerschil).toBe(false);
    expect(compareSettlements(settle(s2a, nlRegion as Region, data), settle(s2a, nlRegion as Region, data)).samenvatting).toContain('Geen euro verschil');
  });
});

describe('settle: per-provider plafond and Venlo plekken (Wmo S1b)', () => {
  const base = { ruleset: 'noord-limburg/wmo/S1b', perceel: 'regionaal', aanbieder: 'r01' };
  it('what exceeds a provider plafond is not paid (Beesel); Venlo settles on occupied place-months', () => {
    const result = settle(
      s1b,
      nlRegion as Region,
      parsed('noord-limburg', 2022, [
        { ...base, gemeente: 'beesel', omzet: '110000.00', budget: '100000.00', voorschotten: '0.00' },
        { ...base, gemeente: 'venlo', omzet: '74860.00', budget: '74860.00', voorschotten: '74860.00', plekMaanden: 90 },
      ]),
    );
    const [beesel, venlo] = result.regels;
    expect(beesel).toMatchObject({ model: 'budgetplafond', vastgesteld: '100000.00', nietVergoed: '10000.00' });
    // 20 trajecten × 6 months = 10 plekken = 120 place-months; 90 occupied → 30 × € 7.486 / 12 repaid.
    expect(venlo).toMatchObject({ model: 'plekken', vastgesteld: '56145.00', afrekening: '-18715.00' });
    expect(venlo.beleid.find((r) => r.pointer.endsWith('/vorm'))).toMatchObject({ waarde: 'plek', afwijking: 'venlo' });
  });
});

describe('settle: bad input is refused whole, with file, line and field', () => {
  const attempt = (regels: RealisationLine[]) => {
    try {
      settle(v1, mhRegion as Region, parsed('maastricht-heuvelland', 2022, regels));
    } catch (error) {
      if (isSturingError(error)) return error;
    }
    throw new Error('geen fout');
  };
  it('names an unknown perceel, municipality and a lumpsum on a non-lumpsum perceel', () => {
    const error = attempt([
      { ...partner('a', '1.00'), perceel: 'bgx' },
      { ...partner('a', '1.00'), gemeente: 'heerlen' },
    ]);
    expect(error.code).toBe('REALISATIE_ONGELDIG');
    expect(error.issues.map((i) => [i.code, i.path, i.line])).toEqual([
      ['PERCEEL_ONBEKEND', '/regels/0/perceel', 2],
      ['GEMEENTE_ONBEKEND', '/regels/1/gemeente', 3],
    ]);
    expect(error.message).toContain('test.json:2');
  });
});
