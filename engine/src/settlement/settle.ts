/** The year-end settlement (jaarafrekening) of one rule set against a realisation: each perceel settles by its own funding model, read from the policy. */
import type Decimal from 'decimal.js';
import { calculateBudgetafspraak, type SettlementRegime } from '../funding/budgetafspraak';
import { apportionCents } from '../funding/apportion';
import { calculatePlekken } from '../funding/plekken';
import { calculatePopulatie } from '../funding/populatie';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentToFraction, roundCents, sumDecimals } from '../funding/money';
import { SturingError, type Issue } from '../model/errors';
import type { Region, RuleSetVersion, SegmentPolicy, SourceRef } from '../model/rule-set';
import { SOURCE_DOCUMENT_TITLES } from '../model/source-documents';
import { applyOverride } from '../rules/overrides';
import { entryInYear, type DatedEntry } from './dated';
import type { ParsedRealisation, RealisationLine } from './realisation';

/** The funding model that produced a settlement line. */
export type SettlementModel = 'lumpsum-plafond' | 'budgetplafond' | 'budgetafspraak' | 'populatie' | 'plekken' | 'realisatie';

export const MODEL_NAMES: Readonly<Record<SettlementModel, string>> = {
  'lumpsum-plafond': 'lumpsum binnen een gezamenlijk budgetplafond (taakgericht)',
  budgetplafond: 'budgetplafond per aanbieder (geen voorschotten, boven het plafond niet vergoed)',
  budgetafspraak: 'budgetafspraak met afrekening',
  populatie: 'populatiebekostiging met afrekening',
  plekken: 'trajecten omgezet naar plekken',
  realisatie: 'afrekening op realisatie (geen budgetafspraak)',
};

/** Which policy value a line used: where it is (JSON pointer), in which version, whether a municipality's override set it, and its source passage. */
export interface PolicyValueRef {
  pointer: string;
  waarde: unknown;
  versie: number;
  /** The municipality whose override set this value; absent for the regional policy. */
  afwijking?: string;
  /** The override is an example, not a council decision. */
  illustratief?: boolean;
  bron?: { document: string; titel: string; passage: string };
}

export interface SettlementLine {
  aanbieder: string;
  aanbiederNaam?: string;
  gemeente: string;
  perceel: string;
  model: SettlementModel;
  omzet: string;
  voorschotten: string;
  /** The amount fixed for the year (what the municipality owes in total). */
  vastgesteld: string;
  /** Fixed minus advances: positive = the municipality pays extra, negative = the provider repays. */
  afrekening: string;
  /** Realisation above a per-provider ceiling: not paid. */
  nietVergoed: string;
  /** Shared ceiling: this partner's part of the providers' share of the overrun. */
  aandeelOverschrijding?: string;
  /** Shared ceiling: underuse added to this partner's lumpsum next year (zero in the last contract year). */
  toevoegingVolgendJaar?: string;
  budget?: string;
  waarschuwingen: string[];
  beleid: PolicyValueRef[];
  stappen: string[];
}

export interface PerceelSummary {
  perceel: string;
  model: SettlementModel;
  plafond?: string;
  totaal?: string;
  overschrijding?: string;
  aanbiedersAandeelPct?: number;
  aanbiedersDeel?: string;
  gemeenteDeel?: string;
  onderbenutting?: string;
  laatsteContractjaar?: boolean;
  stappen: string[];
  beleid: PolicyValueRef[];
  waarschuwingen: string[];
}

export interface Totals {
  omzet: string;
  voorschotten: string;
  vastgesteld: string;
  afrekening: string;
  nietVergoed: string;
}

export interface Settlement {
  ruleset: string;
  versie: number;
  /** "draft" when settled under an unpublished draft. */
  bronVersie?: string;
  jaar: number;
  regio: string;
  gemeente?: string;
  fictief: boolean;
  percelen: PerceelSummary[];
  regels: SettlementLine[];
  totalen: { perGemeente: Record<string, Totals>; regio: Totals };
  waarschuwingen: string[];
}

type Bekostiging = Record<string, unknown>;

function applicable(element: unknown): Bekostiging | undefined {
  return element && typeof element === 'object' && !('nietVanToepassing' in element) ? (element as Bekostiging) : undefined;
}

function sourceOf(bron: SourceRef | undefined): PolicyValueRef['bron'] {
  if (!bron) return undefined;
  return { document: bron.document, titel: SOURCE_DOCUMENT_TITLES[bron.document] ?? bron.document, passage: bron.passage };
}

/** Builds references to policy values for one perceel and municipality. */
class PolicyReader {
  readonly bekostiging: Bekostiging;
  readonly contract: Bekostiging | undefined;
  private readonly overridden: string[];

  constructor(
    private readonly ruleSet: RuleSetVersion,
    readonly perceel: string,
    readonly gemeente: string | undefined,
  ) {
    const applied = applyOverride(ruleSet, gemeente);
    const perceelPolicy = (applied.policy as SegmentPolicy).percelen[perceel];
    this.bekostiging = applicable(perceelPolicy?.bekostiging) ?? {};
    this.contract = applicable(perceelPolicy?.contract);
    this.overridden = applied.overridden;
  }

  private override(pointer: string): { afwijking?: string; illustratief?: boolean; bron?: SourceRef } {
    if (!this.gemeente) return {};
    const relative = pointer.replace(/^\/policy/, '');
    if (!this.overridden.some((p) => relative === p || relative.startsWith(p + '/') || p.startsWith(relative + '/'))) return {};
    const override = this.ruleSet.overrides?.[this.gemeente];
    const bron = override?.source?.[0];
    const illustratief = (override?.source ?? []).some((s) => (s.toelichting ?? '').includes('[illustratief]'));
    return { afwijking: this.gemeente, ...(illustratief ? { illustratief } : {}), bron };
  }

  /** A reference to bekostiging.<field> (or a dated entry of it). */
  ref(field: string, index?: number, element: 'bekostiging' | 'contract' = 'bekostiging'): PolicyValueRef {
    const body = element === 'bekostiging' ? this.bekostiging : (this.contract ?? {});
    const pointer = `/policy/percelen/${this.perceel}/${element}/${field}${index !== undefined ? `/${index}` : ''}`;
    const raw = body[field];
    const entry = index !== undefined && Array.isArray(raw) ? (raw[index] as DatedEntry<unknown>) : undefined;
    const waarde = entry ? entry.waarde : raw;
    const over = this.override(pointer);
    const bron = over.bron ?? entry?.bron ?? (body.bron as SourceRef | undefined);
    return {
      pointer,
      waarde,
      versie: this.ruleSet.version,
      ...(over.afwijking ? { afwijking: over.afwijking } : {}),
      ...(over.illustratief ? { illustratief: true } : {}),
      ...(bron ? { bron: sourceOf(bron) } : {}),
    };
  }

  dated<T>(field: string, year: number): { waarde: T; ref: PolicyValueRef } | undefined {
    const found = entryInYear(this.bekostiging[field] as DatedEntry<T>[] | undefined, year);
    return found ? { waarde: found.entry.waarde, ref: this.ref(field, found.index) } : undefined;
  }
}

/** Which model settles a perceel, from its bekostiging. */
export function settlementModel(bekostiging: Bekostiging): SettlementModel {
  if (bekostiging.vorm === 'plek') return 'plekken';
  if (bekostiging.budget === 'budgetplafond') return bekostiging.plafondBetekenis === 'gezamenlijk-referentiepunt' ? 'lumpsum-plafond' : 'budgetplafond';
  if (bekostiging.budget === 'budgetafspraak') return bekostiging.vorm === 'populatie' ? 'populatie' : 'budgetafspraak';
  return 'realisatie';
}

const ZERO = new Money(0);

interface Located {
  line: RealisationLine;
  index: number;
}

/**
 * Settles the realisation's lines for `ruleSet` (the version in force in the realisation's year): checks every line
 * first (unknown perceel, municipality, provider; a missing budget) and throws REALISATIE_ONGELDIG with all problems,
 * so nothing half-computed is ever returned.
 */
export function settle(ruleSet: RuleSetVersion, region: Region | undefined, parsed: ParsedRealisation, options: { gemeente?: string } = {}): Settlement {
  const { realisation, origin } = parsed;
  const year = realisation.jaar;
  const issues: Issue[] = [];
  const at = (index: number, field: string, message: string, code = 'WAARDE_ONGELDIG'): Issue => {
    const line = origin.regelnummers[index];
    return {
      path: `/regels/${index}/${field}`,
      code,
      file: origin.bestand,
      line,
      message: `${origin.formaat === 'csv' ? `rij ${line}, kolom "${field}"` : `regel ${line}, /regels/${index}/${field}`}: ${message}`,
    };
  };
  const regionId = ruleSet.id.split('/')[0];
  if (realisation.regio !== regionId)
    issues.push({
      path: '/regio',
      code: 'WAARDE_ONGELDIG',
      file: origin.bestand,
      message: `regio "${realisation.regio}" hoort niet bij regelset ${ruleSet.id}`,
    });
  const municipalities = new Set(region?.gemeenten.map((g) => g.id) ?? []);
  if (options.gemeente && region && !municipalities.has(options.gemeente))
    throw new SturingError('GEMEENTE_ONBEKEND', `gemeente "${options.gemeente}" hoort niet bij regio ${region.id}`, [
      { path: '/gemeente', message: 'onbekende gemeente' },
    ]);
  const providers = realisation.aanbieders ? new Map(realisation.aanbieders.map((a) => [a.id, a.naam])) : undefined;
  const lines: Located[] = [];
  realisation.regels.forEach((line, index) => {
    if (line.ruleset !== ruleSet.id) return;
    if (!ruleSet.policy.percelen[line.perceel])
      issues.push(
        at(
          index,
          'perceel',
          `onbekend perceel "${line.perceel}" voor ${ruleSet.id}; bekend zijn ${Object.keys(ruleSet.policy.percelen).join(', ')}`,
          'PERCEEL_ONBEKEND',
        ),
      );
    if (region && !municipalities.has(line.gemeente))
      issues.push(at(index, 'gemeente', `gemeente "${line.gemeente}" hoort niet bij regio ${region.id}`, 'GEMEENTE_ONBEKEND'));
    if (providers && !providers.has(line.aanbieder))
      issues.push(at(index, 'aanbieder', `onbekende aanbieder "${line.aanbieder}" (niet in de lijst aanbieders van het bestand)`, 'AANBIEDER_ONBEKEND'));
    lines.push({ line, index });
  });
  if (lines.length === 0 && issues.length === 0)
    issues.push({ path: '/regels', code: 'TE_WEINIG', file: origin.bestand, message: `het bestand heeft geen regels voor regelset ${ruleSet.id}` });
  if (issues.length === 0) {
    for (const { line, index } of lines) {
      const reader = new PolicyReader(ruleSet, line.perceel, line.gemeente);
      const model = settlementModel(reader.bekostiging);
      if (model === 'budgetplafond' && line.budget === undefined)
        issues.push(
          at(index, 'budget', 'het plafond van deze aanbieder (budget) ontbreekt; een budgetplafond per aanbieder wordt vooraf vastgesteld', 'VERPLICHT_VELD'),
        );
      if (model === 'lumpsum-plafond' && !reader.dated('plafond', year))
        issues.push(at(index, 'perceel', `het beleid (versie ${ruleSet.version}) heeft geen budgetplafond voor ${year}`, 'PLAFOND_ONTBREEKT'));
      if (model !== 'lumpsum-plafond' && line.lumpsum !== undefined)
        issues.push(at(index, 'lumpsum', `perceel "${line.perceel}" kent geen lumpsum (bekostiging: ${MODEL_NAMES[model]})`, 'ONBEKEND_VELD'));
    }
  }
  if (issues.length > 0) {
    const first = issues[0];
    throw new SturingError(
      'REALISATIE_ONGELDIG',
      `${origin.bestand}${first.line ? `:${first.line}` : ''}: ${first.message}${issues.length > 1 ? ` (en ${issues.length - 1} andere)` : ''}`,
      issues,
      origin.bestand,
    );
  }

  const percelen: PerceelSummary[] = [];
  const out: SettlementLine[] = [];
  const names = (id: string) => (providers?.get(id) ? { aanbiederNaam: providers.get(id) } : {});
  for (const perceel of Object.keys(ruleSet.policy.percelen)) {
    const own = lines.filter((l) => l.line.perceel === perceel);
    if (own.length === 0) continue;
    const regional = new PolicyReader(ruleSet, perceel, undefined);
    if (settlementModel(regional.bekostiging) === 'lumpsum-plafond') {
      const result = settleLumpsum(regional, own, year);
      percelen.push(result.summary);
      out.push(...result.lines.map((l) => ({ ...l, ...names(l.aanbieder) })));
      continue;
    }
    const summary: PerceelSummary = { perceel, model: settlementModel(regional.bekostiging), stappen: [], beleid: [], waarschuwingen: [] };
    percelen.push(summary);
    for (const { line } of own) out.push({ ...settleLine(new PolicyReader(ruleSet, perceel, line.gemeente), line), ...names(line.aanbieder) });
  }
  const shown = options.gemeente ? out.filter((l) => l.gemeente === options.gemeente) : out;
  const byGemeente: Record<string, SettlementLine[]> = {};
  for (const l of shown) (byGemeente[l.gemeente] ??= []).push(l);
  const warnings = [
    ...percelen.flatMap((p) => p.waarschuwingen),
    ...shown.flatMap((l) => l.waarschuwingen.map((w) => `${l.aanbieder} (${l.gemeente}, ${l.perceel}): ${w}`)),
  ];
  if (realisation.fictief) warnings.unshift('Fictieve realisatie: de bedragen zijn verzonnen voorbeeldcijfers.');
  return {
    ruleset: ruleSet.id,
    versie: ruleSet.version,
    jaar: year,
    regio: regionId,
    ...(options.gemeente ? { gemeente: options.gemeente } : {}),
    fictief: realisation.fictief === true,
    percelen,
    regels: shown,
    totalen: { perGemeente: Object.fromEntries(Object.entries(byGemeente).map(([g, ls]) => [g, totals(ls)])), regio: totals(shown) },
    waarschuwingen: warnings,
  };
}

function totals(lines: readonly SettlementLine[]): Totals {
  const sum = (f: (l: SettlementLine) => string) => formatCents(sumDecimals(lines.map((l) => parseAmount(f(l)))));
  return {
    omzet: sum((l) => l.omzet),
    voorschotten: sum((l) => l.voorschotten),
    vastgesteld: sum((l) => l.vastgesteld),
    afrekening: sum((l) => l.afrekening),
    nietVergoed: sum((l) => l.nietVergoed),
  };
}

function base(line: RealisationLine, model: SettlementModel): Pick<SettlementLine, 'aanbieder' | 'gemeente' | 'perceel' | 'model' | 'omzet' | 'voorschotten'> {
  return {
    aanbieder: line.aanbieder,
    gemeente: line.gemeente,
    perceel: line.perceel,
    model,
    omzet: formatCents(parseAmount(line.omzet)),
    voorschotten: formatCents(parseAmount(line.voorschotten ?? '0')),
  };
}

/** One line settled by the model of its own perceel and municipality. */
function settleLine(reader: PolicyReader, line: RealisationLine): SettlementLine {
  const b = reader.bekostiging;
  const model = settlementModel(b);
  const omzet = parseAmount(line.omzet);
  const voorschot = parseAmount(line.voorschotten ?? '0');
  const warnings: string[] = [];
  const beleid: PolicyValueRef[] = [reader.ref('vorm'), reader.ref('budget')];
  if (model === 'budgetplafond') {
    beleid.push(reader.ref('plafondBetekenis'));
    if (b.plafondBetekenis === undefined) warnings.push('de betekenis van het budgetplafond is niet vastgelegd; gerekend als plafond per aanbieder');
    const plafond = parseAmount(line.budget ?? '0');
    const betaalbaar = Money.min(omzet, plafond);
    const nietVergoed = Money.max(ZERO, omzet.minus(plafond));
    const signalering = typeof b.signaleringPct === 'number' ? b.signaleringPct : 90;
    beleid.push(reader.ref('signaleringPct'));
    const benutting = plafond.isZero() ? new Money(0) : omzet.div(plafond).times(100);
    if (plafond.gt(0) && benutting.gte(signalering))
      warnings.push(`signaleringsdrempel bereikt: ${formatPctNl(benutting, 2)} van het plafond (drempel ${formatPctNl(signalering)})`);
    if (voorschot.gt(0)) warnings.push('bij een budgetplafond worden geen voorschotten betaald, toch zijn voorschotten geboekt');
    const afrekening = betaalbaar.minus(voorschot);
    return {
      ...base(line, model),
      vastgesteld: formatCents(betaalbaar),
      afrekening: formatCents(afrekening),
      nietVergoed: formatCents(nietVergoed),
      budget: formatCents(plafond),
      waarschuwingen: warnings,
      beleid,
      stappen: [
        `Plafond van de aanbieder ${formatEuroNl(plafond)}; betaalbaar = min(realisatie ${formatEuroNl(omzet)}, plafond) = ${formatEuroNl(betaalbaar)}.`,
        `Niet vergoed boven het plafond: ${formatEuroNl(nietVergoed)}.`,
        `Afrekening = ${formatEuroNl(betaalbaar)} − voorschotten ${formatEuroNl(voorschot)} = ${formatEuroNl(afrekening)}.`,
      ],
    };
  }
  const budget = line.budget !== undefined ? parseAmount(line.budget) : voorschot;
  if (model === 'budgetafspraak' || model === 'populatie') {
    const band = typeof b.bandbreedtePct === 'number' ? b.bandbreedtePct : 0;
    const regime = (b.afrekenregime as SettlementRegime | undefined) ?? 'volledig';
    beleid.push(reader.ref('bandbreedtePct'), reader.ref('afrekenregime'));
    if (line.budget === undefined) warnings.push('geen afgesproken budget in de realisatie: de voorschotten gelden als budget');
    let vastgesteld: string;
    let afrekening: string;
    let budgetOut = formatCents(budget);
    const stappen: string[] = [];
    if (model === 'populatie' && line.afgesprokenClienten !== undefined && typeof b.herzieningsdrempelPct === 'number') {
      beleid.push(reader.ref('herzieningsdrempelPct'), reader.ref('herziening'));
      const result = calculatePopulatie({
        budget: formatCents(budget),
        afgesprokenClienten: line.afgesprokenClienten,
        werkelijkeClienten: line.clienten ?? 0,
        bandbreedtePct: b.herzieningsdrempelPct,
        herziening: (b.herziening as 'evenredig' | 'buiten-bandbreedte' | undefined) ?? 'evenredig',
        realisatie: formatCents(omzet),
        voorschot: formatCents(voorschot),
        afrekeningBandbreedtePct: band,
        regime,
      });
      vastgesteld = result.vastgesteldBedrag as string;
      afrekening = result.afrekening as string;
      budgetOut = result.budget;
      stappen.push(...result.breakdown.map((s) => s.replace('bandbreedte', 'herzieningsdrempel')));
      if (result.herzien)
        warnings.push(`populatie wijkt meer dan ${formatPctNl(b.herzieningsdrempelPct)} af: budget herzien naar ${formatEuroNl(parseAmount(result.budget))}`);
    } else {
      if (model === 'populatie')
        warnings.push('geen afgesproken populatie in de realisatie of geen herzieningsdrempel in het beleid: afgerekend als budgetafspraak zonder herziening');
      const result = calculateBudgetafspraak({
        budget: formatCents(budget),
        voorschot: formatCents(voorschot),
        realisatie: formatCents(omzet),
        bandbreedtePct: band,
        regime,
      });
      vastgesteld = result.vastgesteldBedrag;
      afrekening = result.afrekening;
      stappen.push(...result.breakdown);
    }
    return { ...base(line, model), vastgesteld, afrekening, nietVergoed: '0.00', budget: budgetOut, waarschuwingen: warnings, beleid, stappen };
  }
  if (model === 'plekken') {
    const catalogus = b.trajecten as { standaard?: { prijs: string; normduurMaanden: number; naam: string }[] } | undefined;
    const traject = catalogus?.standaard?.[0];
    beleid.push(reader.ref('omzettingNaarPlekken'));
    if (traject && budget.gt(0)) {
      beleid.push(reader.ref('trajecten'));
      const trajecten = budget.div(parseAmount(traject.prijs));
      const result = calculatePlekken({
        trajecten: trajecten.toNumber(),
        trajectprijs: traject.prijs,
        doorlooptijdMaanden: traject.normduurMaanden,
        bezettePlekMaanden: line.plekMaanden ?? 0,
      });
      const vastgesteld = parseAmount(result.budget).minus(parseAmount(result.terugbetaling));
      if (result.overbezetting) warnings.push('bezetting boven de afgesproken plekken: niet vergoed');
      const afrekening = vastgesteld.minus(voorschot);
      return {
        ...base(line, model),
        vastgesteld: formatCents(vastgesteld),
        afrekening: formatCents(afrekening),
        nietVergoed: '0.00',
        budget: formatCents(budget),
        waarschuwingen: warnings,
        beleid,
        stappen: [
          `Budget ${formatEuroNl(budget)} = ${trajecten.toDecimalPlaces(2).toString().replace('.', ',')} trajecten "${traject.naam}" à ${formatEuroNl(parseAmount(traject.prijs))}.`,
          ...result.breakdown,
          `Afrekening = ${formatEuroNl(vastgesteld)} − voorschotten ${formatEuroNl(voorschot)} = ${formatEuroNl(afrekening)}.`,
        ],
      };
    }
    warnings.push('geen trajectcatalogus of budget om plekken uit af te leiden: afgerekend op realisatie');
  }
  const afrekening = omzet.minus(voorschot);
  return {
    ...base(line, model === 'plekken' ? 'realisatie' : model),
    vastgesteld: formatCents(omzet),
    afrekening: formatCents(afrekening),
    nietVergoed: '0.00',
    waarschuwingen: warnings,
    beleid,
    stappen: [
      `Vastgesteld = realisatie ${formatEuroNl(omzet)}; afrekening = ${formatEuroNl(omzet)} − voorschotten ${formatEuroNl(voorschot)} = ${formatEuroNl(afrekening)}.`,
    ],
  };
}

/** The shared ceiling (Maastricht): total = lumpsums + other spending; overrun partly borne by the partners pro rata to lumpsum; underuse to next year's lumpsum. */
function settleLumpsum(reader: PolicyReader, own: readonly Located[], year: number): { summary: PerceelSummary; lines: SettlementLine[] } {
  const b = reader.bekostiging;
  const plafond = reader.dated<string>('plafond', year) as { waarde: string; ref: PolicyValueRef };
  const share = reader.dated<number>('aanbiederAandeelPct', year);
  const laatsteJaar = typeof reader.contract?.laatsteContractjaar === 'number' ? reader.contract.laatsteContractjaar : undefined;
  const laatste = laatsteJaar === year;
  const beleid = [
    reader.ref('plafondBetekenis'),
    plafond.ref,
    ...(share ? [share.ref] : []),
    reader.ref('verdeling'),
    reader.ref('laatsteContractjaar', undefined, 'contract'),
  ];
  const warnings: string[] = [];
  if (!share) warnings.push(`geen aandeel van de aanbieders in een overschrijding voor ${year}: de gemeente draagt alles`);
  const partners = own.filter((l) => l.line.lumpsum !== undefined);
  const others = own.filter((l) => l.line.lumpsum === undefined);
  const lumpsums = partners.map((l) => parseAmount(l.line.lumpsum as string));
  const overig = sumDecimals(others.map((l) => parseAmount(l.line.omzet)));
  const cap = parseAmount(plafond.waarde);
  const totaal = sumDecimals(lumpsums).plus(overig);
  const overschrijding = roundCents(Money.max(ZERO, totaal.minus(cap)));
  const onderbenutting = roundCents(Money.max(ZERO, cap.minus(totaal)));
  const pct = share?.waarde ?? 0;
  const aanbiedersDeel = roundCents(overschrijding.times(percentToFraction(pct)));
  const equal = b.verdeling === 'gelijk';
  const weights = equal ? partners.map(() => new Money(1)) : lumpsums;
  const repay = partners.length > 0 ? apportionCents(aanbiedersDeel, weights) : [];
  const carried: Decimal[] = laatste || partners.length === 0 ? partners.map(() => ZERO) : apportionCents(onderbenutting, weights);
  const borne = sumDecimals(repay);
  const gemeenteDeel = overschrijding.minus(borne);
  const benutting = cap.isZero() ? ZERO : totaal.div(cap).times(100);
  const signalering = typeof b.signaleringPct === 'number' ? b.signaleringPct : 90;
  if (benutting.gte(signalering))
    warnings.push(`perceel ${reader.perceel}: signaleringsdrempel bereikt, ${formatPctNl(benutting, 2)} van het plafond (drempel ${formatPctNl(signalering)})`);
  if (partners.length === 0) warnings.push(`perceel ${reader.perceel}: geen regels met een lumpsum; alle uitgaven tellen als overige uitgaven`);
  const verdeeld = equal ? 'in gelijke delen' : 'naar rato van de lumpsum';
  const stappen = [
    `Plafond ${year} (beleid versie ${plafond.ref.versie}, ${plafond.ref.pointer}): ${formatEuroNl(cap)}.`,
    `Totaal = lumpsums ${formatEuroNl(sumDecimals(lumpsums))} + overige uitgaven ${formatEuroNl(overig)} = ${formatEuroNl(totaal)}.`,
  ];
  if (overschrijding.gt(0))
    stappen.push(
      `Overschrijding ${formatEuroNl(overschrijding)}: aanbieders dragen ${formatPctNl(pct)} = ${formatEuroNl(borne)} (${verdeeld}), de gemeente ${formatEuroNl(gemeenteDeel)}.`,
    );
  else if (onderbenutting.gt(0))
    stappen.push(
      laatste
        ? `Onderbenutting ${formatEuroNl(onderbenutting)}: ${year} is het laatste contractjaar, de onderbenutting vervalt.`
        : `Onderbenutting ${formatEuroNl(onderbenutting)}: toegevoegd aan de lumpsums van ${year + 1} (${verdeeld}).`,
    );
  else stappen.push('Precies op het plafond: geen terugbetaling en geen toevoeging.');
  const summary: PerceelSummary = {
    perceel: reader.perceel,
    model: 'lumpsum-plafond',
    plafond: formatCents(cap),
    totaal: formatCents(totaal),
    overschrijding: formatCents(overschrijding),
    aanbiedersAandeelPct: pct,
    aanbiedersDeel: formatCents(borne),
    gemeenteDeel: formatCents(gemeenteDeel),
    onderbenutting: formatCents(onderbenutting),
    laatsteContractjaar: laatste,
    stappen,
    beleid,
    waarschuwingen: warnings,
  };
  const lines: SettlementLine[] = [];
  partners.forEach(({ line }, i) => {
    const voorschot = parseAmount(line.voorschotten ?? '0');
    const vastgesteld = lumpsums[i].minus(repay[i]);
    const afrekening = vastgesteld.minus(voorschot);
    lines.push({
      ...base(line, 'lumpsum-plafond'),
      vastgesteld: formatCents(vastgesteld),
      afrekening: formatCents(afrekening),
      nietVergoed: '0.00',
      aandeelOverschrijding: formatCents(repay[i]),
      toevoegingVolgendJaar: formatCents(carried[i]),
      budget: formatCents(lumpsums[i]),
      waarschuwingen: [],
      beleid,
      stappen: [
        `Lumpsum ${formatEuroNl(lumpsums[i])}${repay[i].gt(0) ? `, aandeel in de overschrijding ${formatEuroNl(repay[i])}` : ''}: vastgesteld ${formatEuroNl(vastgesteld)}.`,
        ...(carried[i].gt(0) ? [`Toevoeging aan de lumpsum ${year + 1}: ${formatEuroNl(carried[i])}.`] : []),
        `Afrekening = ${formatEuroNl(vastgesteld)} − betaald ${formatEuroNl(voorschot)} = ${formatEuroNl(afrekening)}.`,
      ],
    });
  });
  for (const { line } of others) {
    const omzet = parseAmount(line.omzet);
    const voorschot = parseAmount(line.voorschotten ?? '0');
    lines.push({
      ...base(line, 'lumpsum-plafond'),
      vastgesteld: formatCents(omzet),
      afrekening: formatCents(omzet.minus(voorschot)),
      nietVergoed: '0.00',
      waarschuwingen: [],
      beleid,
      stappen: [`Geen strategische partner: overige uitgaven ${formatEuroNl(omzet)} tellen mee in het totaal tegen het plafond; afrekening op realisatie.`],
    });
  }
  return { summary, lines };
}
