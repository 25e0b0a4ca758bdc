import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { chooseVersion } from '../evaluate/evaluate-case';
import { isSturingError } from '../model/errors';
import { readOutcomeData, type OutcomeData } from './outcome-data';
import { buildOutcomeReport, renderOutcomeMarkdown } from './outcome-report';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);
const example = JSON.parse(readFileSync(new URL('../../../examples/resultaten-zuid-limburg-jeugd-fictief.json', import.meta.url), 'utf8')) as OutcomeData;
const jeugd = await chooseVersion(repository, 'zuid-limburg/jeugd/arrangementen', '2018-12-31');
const wmo = await chooseVersion(repository, 'zuid-limburg/wmo/begeleiding-individueel', '2018-12-31');
const copy = (): OutcomeData => JSON.parse(JSON.stringify(example)) as OutcomeData;

describe('the provider outcome report', () => {
  it('lists providers by name, whatever their results: no ranking', () => {
    const report = buildOutcomeReport(jeugd, readOutcomeData(copy(), jeugd.policy));
    const names = report.aanbieders.map((a) => a.naam);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    // Swap every result between the first and the last provider: the order stays the same.
    const swapped = copy();
    for (const p of swapped.perioden ?? []) p.aanbieder = p.aanbieder === 'jz01' ? 'jz03' : p.aanbieder === 'jz03' ? 'jz01' : p.aanbieder;
    expect(buildOutcomeReport(jeugd, readOutcomeData(swapped, jeugd.policy)).aanbieders.map((a) => a.naam)).toEqual(names);
    const markdown = renderOutcomeMarkdown(report);
    expect(markdown).toContain('niet met andere aanbieders');
    expect(markdown).not.toMatch(/\b(rang|rangorde|positie|beste|slechtste|nummer \d)\b/i);
    expect(markdown).toContain('_Fictieve voorbeeldgegevens._');
  });

  it("compares each half year with the provider's own previous one, in the indicator's direction", () => {
    const provider = buildOutcomeReport(jeugd, readOutcomeData(copy(), jeugd.policy)).aanbieders.find((a) => a.id === 'jz01')!;
    const uitval = provider.indicatoren.find((s) => s.indicator === 'uitval')!;
    expect(uitval.punten.map((p) => [p.periode, p.waarde, p.tenOpzichteVanVorige])).toEqual([
      ['2017 H1', 12, undefined],
      ['2017 H2', 10, 'beter'],
      ['2018 H1', 9, 'beter'],
      ['2018 H2', 11, 'slechter'],
    ]);
    const ervaring = provider.indicatoren.find((s) => s.indicator === 'clientervaring')!;
    expect(ervaring.punten.map((p) => p.tenOpzichteVanVorige)).toEqual([undefined, 'beter', 'beter', 'slechter']);
  });

  it("holds each value against the policy's target, at and around the threshold", () => {
    const data = copy();
    data.perioden = [
      { aanbieder: 'jz01', jaar: 2017, halfjaar: 1, uitvalPct: 15, clientervaring: 7.5, doelrealisatiePct: 70 },
      { aanbieder: 'jz01', jaar: 2017, halfjaar: 2, uitvalPct: 15.1, clientervaring: 7.4, doelrealisatiePct: 69.9 },
    ];
    const [series1, series2, series3] = buildOutcomeReport(jeugd, readOutcomeData(data, jeugd.policy)).aanbieders.find((a) => a.id === 'jz01')!.indicatoren;
    expect(series1.doel).toEqual({ waarde: 15, soort: 'hoogstens', pointer: '/policy/percelen/licht/leveranciersmanagement/resultaatdoelen/maxUitvalPct' });
    expect([series1, series2, series3].map((s) => s.punten.map((p) => p.doelGehaald))).toEqual([
      [true, false],
      [true, false],
      [true, false],
    ]);
  });

  it('counts the reasons trajectories ended, read in the domain’s code list', () => {
    const provider = buildOutcomeReport(jeugd, readOutcomeData(copy(), jeugd.policy)).aanbieders.find((a) => a.id === 'jz01')!;
    expect(provider.trajectenBeeindigd).toBe(5);
    expect(provider.redenen).toEqual([
      { code: '31', omschrijving: 'Levering is volgens plan beëindigd', aantal: 3 },
      { code: '32', omschrijving: 'Voortijdig afgesloten: eenzijdig door de cliënt', aantal: 1 },
      { code: '38', omschrijving: 'Overstap naar andere aanbieder', aantal: 1 },
    ]);
    expect(provider.gemiddeldeKwalificatie).toBe('6.8');
    expect(provider.doelenBereiktPct).toBe('66.7');
    // Code 31 is a move to another municipality in the Wmo list.
    const data = copy();
    data.ruleset = wmo.id;
    data.trajecten = [{ aanbieder: 'jz01', einddatum: '2017-05-31', redenBeeindiging: '31' }];
    expect(buildOutcomeReport(wmo, readOutcomeData(data, wmo.policy)).aanbieders.find((a) => a.id === 'jz01')!.redenen[0].omschrijving).toBe(
      'Verhuizing naar een andere gemeente',
    );
  });

  it('skips a bad record with its place and reports the rest', () => {
    const data = copy();
    data.trajecten!.push({ aanbieder: 'onbekend', einddatum: '2017-05-31', redenBeeindiging: '31' });
    data.trajecten!.push({ aanbieder: 'jz02', einddatum: '2017-05-31', redenBeeindiging: '19' });
    data.trajecten!.push({ aanbieder: 'jz02', einddatum: '2017-02-30', redenBeeindiging: '31' });
    data.trajecten!.push({ aanbieder: 'jz02', einddatum: '2017-05-31', redenBeeindiging: '31', doelenBereikt: 4, doelenTotaal: 3 });
    data.perioden!.push({ aanbieder: 'jz01', jaar: 2017, halfjaar: 1, uitvalPct: 1 });
    const n = example.trajecten!.length;
    const read = readOutcomeData(data, jeugd.policy);
    expect(read.trajecten).toHaveLength(n);
    expect(read.overgeslagen.map((i) => i.path)).toEqual([
      `/trajecten/${n + 2}/einddatum`,
      `/trajecten/${n}/aanbieder`,
      `/trajecten/${n + 1}/redenBeeindiging`,
      `/trajecten/${n + 3}/doelenBereikt`,
      `/perioden/${example.perioden!.length}/halfjaar`,
    ]);
    expect(read.overgeslagen[2].message).toBe('onbekende reden beëindiging "19" voor iJw');
    expect(renderOutcomeMarkdown(buildOutcomeReport(jeugd, read))).toContain('## Overgeslagen (5)');
  });

  it('refuses a file whose frame is unreadable, naming the field', () => {
    const data = { ...copy(), aanbieders: [] };
    try {
      readOutcomeData(data, jeugd.policy);
      expect.unreachable();
    } catch (error) {
      expect(isSturingError(error) && error.code).toBe('RESULTATEN_ONGELDIG');
      expect(isSturingError(error) && error.issues[0].path).toBe('/aanbieders');
    }
  });
});
