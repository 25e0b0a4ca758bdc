/**
 * The provider outcome report of resultaatsturing: each provider against its own earlier half years and against
 * the targets of the policy, with the reasons its trajectories ended. Providers are listed by name and never ranked
 * against each other: the purpose is insight and improvement, not comparing organisations.
 */
import Decimal from 'decimal.js';
import type { Issue } from '../model/errors';
import { redenBeeindigingLabel } from '../model/reden-beeindiging';
import type { RuleSetVersion } from '../model/rule-set';
import type { HalfYearIndicators, ReadOutcomeData } from './outcome-data';

export type IndicatorName = 'uitval' | 'clientervaring' | 'doelrealisatie';

/** Which way is better, the field in the data and the target's field in the policy. */
const INDICATORS: Record<IndicatorName, { field: keyof HalfYearIndicators; better: 'lager' | 'hoger'; target: string; label: string; unit: string }> = {
  uitval: { field: 'uitvalPct', better: 'lager', target: 'maxUitvalPct', label: 'Uitval', unit: ' %' },
  clientervaring: { field: 'clientervaring', better: 'hoger', target: 'minClientervaring', label: 'Cliëntervaring', unit: '' },
  doelrealisatie: { field: 'doelrealisatiePct', better: 'hoger', target: 'minDoelrealisatiePct', label: 'Doelrealisatie', unit: ' %' },
};

export interface IndicatorPoint {
  /** "2023 H1": after the second quarter, "2023 H2": after the fourth. */
  periode: string;
  waarde: number;
  /** Against the provider's own previous half year with a value. */
  tenOpzichteVanVorige?: 'beter' | 'slechter' | 'gelijk';
  /** Against the policy's target; absent when the policy sets none. */
  doelGehaald?: boolean;
}

export interface IndicatorSeries {
  indicator: IndicatorName;
  /** The policy's target and where it is, or undefined when the policy sets none. */
  doel?: { waarde: number; soort: 'hoogstens' | 'minstens'; pointer: string };
  punten: IndicatorPoint[];
}

export interface ProviderOutcome {
  id: string;
  naam: string;
  indicatoren: IndicatorSeries[];
  trajectenBeeindigd: number;
  redenen: { code: string; omschrijving: string; aantal: number }[];
  /** Mean qualification score of the consultants, one decimal, when any trajectory has one. */
  gemiddeldeKwalificatie?: string;
  /** Goals reached of goals planned (%), one decimal, when any trajectory records goals. */
  doelenBereiktPct?: string;
}

export interface OutcomeReport {
  rulesetId: string;
  version: number;
  fictief: boolean;
  /** The providers in the order of their names, never by result. */
  aanbieders: ProviderOutcome[];
  overgeslagen: Issue[];
  uitgangspunt: string;
}

const UITGANGSPUNT =
  'Elke aanbieder wordt vergeleken met zijn eigen eerdere halfjaren en met de doelen in het beleid, niet met andere aanbieders: het doel is inzicht krijgen en verbeteren, niet organisaties vergelijken.';

const oneDecimal = (value: Decimal): string => value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

function periodLabel(p: HalfYearIndicators): string {
  return `${p.jaar} H${p.halfjaar}`;
}

function series(name: IndicatorName, periods: HalfYearIndicators[], targets: Record<string, unknown> | undefined, lmPointer: string): IndicatorSeries {
  const { field, better, target } = INDICATORS[name];
  const targetValue = targets?.[target];
  const doel =
    typeof targetValue === 'number'
      ? { waarde: targetValue, soort: better === 'lager' ? ('hoogstens' as const) : ('minstens' as const), pointer: `${lmPointer}/resultaatdoelen/${target}` }
      : undefined;
  const punten: IndicatorPoint[] = [];
  for (const period of periods) {
    const value = period[field];
    if (typeof value !== 'number') continue;
    const previous = punten[punten.length - 1];
    const point: IndicatorPoint = { periode: periodLabel(period), waarde: value };
    if (previous) {
      const delta = value - previous.waarde;
      point.tenOpzichteVanVorige = delta === 0 ? 'gelijk' : delta < 0 === (better === 'lager') ? 'beter' : 'slechter';
    }
    if (doel) point.doelGehaald = better === 'lager' ? value <= doel.waarde : value >= doel.waarde;
    punten.push(point);
  }
  return { indicator: name, doel, punten };
}

/** Builds the report of a segment's outcome data under its rule set (the targets of the perceel named by `perceel`, default the first with targets). */
export function buildOutcomeReport(ruleSet: RuleSetVersion, read: ReadOutcomeData, perceel?: string): OutcomeReport {
  const percelen = Object.entries(ruleSet.policy.percelen);
  const withTargets = percelen.find(([id, p]) => (perceel === undefined || id === perceel) && 'resultaatdoelen' in (p.leveranciersmanagement as object));
  const [targetPerceel, targetPolicy] = withTargets ?? [perceel ?? percelen[0][0], undefined];
  const targets = targetPolicy ? ((targetPolicy.leveranciersmanagement as Record<string, unknown>).resultaatdoelen as Record<string, unknown>) : undefined;
  const lmPointer = `/policy/percelen/${targetPerceel}/leveranciersmanagement`;
  const byName = [...read.data.aanbieders].sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id));
  const aanbieders = byName.map((provider): ProviderOutcome => {
    const periods = read.perioden.filter((p) => p.aanbieder === provider.id).sort((a, b) => a.jaar - b.jaar || a.halfjaar - b.halfjaar);
    const ends = read.trajecten.filter((t) => t.aanbieder === provider.id);
    const counts = new Map<string, number>();
    for (const end of ends) counts.set(end.redenBeeindiging, (counts.get(end.redenBeeindiging) ?? 0) + 1);
    const scores = ends.filter((t) => typeof t.kwalificatieScore === 'number').map((t) => new Decimal(t.kwalificatieScore as number));
    const withGoals = ends.filter((t) => typeof t.doelenTotaal === 'number' && typeof t.doelenBereikt === 'number' && t.doelenTotaal > 0);
    const planned = withGoals.reduce((n, t) => n + (t.doelenTotaal as number), 0);
    const reached = withGoals.reduce((n, t) => n + (t.doelenBereikt as number), 0);
    return {
      id: provider.id,
      naam: provider.naam,
      indicatoren: (Object.keys(INDICATORS) as IndicatorName[]).map((name) => series(name, periods, targets, lmPointer)),
      trajectenBeeindigd: ends.length,
      redenen: [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, aantal]) => ({ code, omschrijving: redenBeeindigingLabel(ruleSet.policy.domein, code) ?? code, aantal })),
      gemiddeldeKwalificatie: scores.length > 0 ? oneDecimal(Decimal.sum(...scores).dividedBy(scores.length)) : undefined,
      doelenBereiktPct: planned > 0 ? oneDecimal(new Decimal(reached).times(100).dividedBy(planned)) : undefined,
    };
  });
  return {
    rulesetId: ruleSet.id,
    version: ruleSet.version,
    fictief: read.data.fictief === true,
    aanbieders,
    overgeslagen: read.overgeslagen,
    uitgangspunt: UITGANGSPUNT,
  };
}

const nl = (value: number | string): string => String(value).replace('.', ',');

/** The report as Markdown (Dutch): a section per provider, in the order of their names. */
export function renderOutcomeMarkdown(report: OutcomeReport): string {
  const lines = [`# Resultaatsturing ${report.rulesetId} (versie ${report.version})`, ''];
  if (report.fictief) lines.push('_Fictieve voorbeeldgegevens._', '');
  lines.push(report.uitgangspunt, '');
  for (const provider of report.aanbieders) {
    lines.push(
      `## ${provider.naam}`,
      '',
      '| indicator | doel in het beleid | halfjaar | waarde | t.o.v. vorig halfjaar | doel |',
      '|---|---|---|---:|---|---|',
    );
    for (const s of provider.indicatoren) {
      const { label, unit } = INDICATORS[s.indicator];
      const doel = s.doel ? `${s.doel.soort} ${nl(s.doel.waarde)}${unit}` : 'geen doel';
      if (s.punten.length === 0) lines.push(`| ${label} | ${doel} | — | — | — | — |`);
      for (const p of s.punten) {
        const gehaald = p.doelGehaald === undefined ? '—' : p.doelGehaald ? 'gehaald' : 'niet gehaald';
        lines.push(`| ${label} | ${doel} | ${p.periode} | ${nl(p.waarde)}${unit} | ${p.tenOpzichteVanVorige ?? '—'} | ${gehaald} |`);
      }
    }
    lines.push('', `Beëindigde trajecten: ${provider.trajectenBeeindigd}.`);
    if (provider.gemiddeldeKwalificatie) lines.push(`Gemiddelde kwalificatie door de consulent: ${nl(provider.gemiddeldeKwalificatie)}.`);
    if (provider.doelenBereiktPct) lines.push(`Bereikte doelen: ${nl(provider.doelenBereiktPct)} % van de geplande doelen.`);
    if (provider.redenen.length > 0) {
      lines.push('', '| reden beëindiging | trajecten |', '|---|---:|');
      for (const r of provider.redenen) lines.push(`| ${r.code} ${r.omschrijving} | ${r.aantal} |`);
    }
    lines.push('');
  }
  if (report.overgeslagen.length > 0) {
    lines.push(`## Overgeslagen (${report.overgeslagen.length})`, '');
    for (const issue of report.overgeslagen) lines.push(`- ${issue.path}: ${issue.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
