/** A funding scenario: the same realisation settled under two versions (or a version and a draft), in euros per provider and municipality. */
import { formatCents, formatEuroNl, Money, parseAmount, sumDecimals } from '../funding/money';
import type { Settlement, SettlementLine } from './settle';

export interface ProviderDifference {
  aanbieder: string;
  aanbiederNaam?: string;
  /** Settlement (+ extra payment, − repayment) under the base and the variant. */
  afrekeningBasis: string;
  afrekeningVariant: string;
  /** Variant minus base: what the provider gains (+) or loses (−). */
  verschil: string;
  /** From repayment (or nothing) under the base to extra payment under the variant, or the other way round. */
  richting: 'gelijk' | 'van-terugbetaling-naar-bijbetaling' | 'van-bijbetaling-naar-terugbetaling';
}

export interface MunicipalityDifference {
  gemeente: string;
  /** What the municipality pays in total (the fixed amounts) under base and variant; the difference is its exposure. */
  lastenBasis: string;
  lastenVariant: string;
  verschil: string;
}

export interface ScenarioComparison {
  ruleset: string;
  jaar: number;
  gemeente?: string;
  basis: { versie: number; bronVersie?: string };
  variant: { versie: number; bronVersie?: string };
  aanbieders: ProviderDifference[];
  gemeenten: MunicipalityDifference[];
  regio: { lastenBasis: string; lastenVariant: string; verschil: string };
  geenVerschil: boolean;
  /** One Dutch sentence that sums it up ("geen euro verschil" when nothing changes). */
  samenvatting: string;
}

function sumBy(
  lines: readonly SettlementLine[],
  key: (l: SettlementLine) => string,
  field: (l: SettlementLine) => string,
): Map<string, InstanceType<typeof Money>> {
  const map = new Map<string, InstanceType<typeof Money>>();
  for (const line of lines) map.set(key(line), (map.get(key(line)) ?? new Money(0)).plus(parseAmount(field(line))));
  return map;
}

const sign = (d: InstanceType<typeof Money>) => (d.gt(0) ? 1 : d.lt(0) ? -1 : 0);

/** Compares two settlements of the same realisation. */
export function compareSettlements(basis: Settlement, variant: Settlement): ScenarioComparison {
  const names = new Map([...basis.regels, ...variant.regels].filter((l) => l.aanbiederNaam).map((l) => [l.aanbieder, l.aanbiederNaam as string]));
  const afrB = sumBy(
    basis.regels,
    (l) => l.aanbieder,
    (l) => l.afrekening,
  );
  const afrV = sumBy(
    variant.regels,
    (l) => l.aanbieder,
    (l) => l.afrekening,
  );
  const providers = [...new Set([...afrB.keys(), ...afrV.keys()])].sort();
  const aanbieders: ProviderDifference[] = providers.map((id) => {
    const b = afrB.get(id) ?? new Money(0);
    const v = afrV.get(id) ?? new Money(0);
    const richting =
      sign(b) <= 0 && sign(v) > 0 ? 'van-terugbetaling-naar-bijbetaling' : sign(b) > 0 && sign(v) <= 0 ? 'van-bijbetaling-naar-terugbetaling' : 'gelijk';
    return {
      aanbieder: id,
      ...(names.get(id) ? { aanbiederNaam: names.get(id) } : {}),
      afrekeningBasis: formatCents(b),
      afrekeningVariant: formatCents(v),
      verschil: formatCents(v.minus(b)),
      richting: sign(b) === sign(v) ? 'gelijk' : richting,
    };
  });
  const lastB = sumBy(
    basis.regels,
    (l) => l.gemeente,
    (l) => l.vastgesteld,
  );
  const lastV = sumBy(
    variant.regels,
    (l) => l.gemeente,
    (l) => l.vastgesteld,
  );
  const gemeenten: MunicipalityDifference[] = [...new Set([...lastB.keys(), ...lastV.keys()])].sort().map((g) => {
    const b = lastB.get(g) ?? new Money(0);
    const v = lastV.get(g) ?? new Money(0);
    return { gemeente: g, lastenBasis: formatCents(b), lastenVariant: formatCents(v), verschil: formatCents(v.minus(b)) };
  });
  const totalB = sumDecimals([...lastB.values()]);
  const totalV = sumDecimals([...lastV.values()]);
  const geenVerschil = aanbieders.every((a) => parseAmount(a.verschil).isZero()) && gemeenten.every((g) => parseAmount(g.verschil).isZero());
  const moved = aanbieders.filter((a) => a.richting === 'van-terugbetaling-naar-bijbetaling').length;
  const delta = totalV.minus(totalB);
  const samenvatting = geenVerschil
    ? 'Geen euro verschil: deze wijziging verandert de afrekening van geen enkele aanbieder of gemeente.'
    : `De lasten van ${basis.gemeente ? 'de gemeente' : 'de regio'} ${delta.gte(0) ? 'stijgen' : 'dalen'} met ${formatEuroNl(delta.abs())}; ${
        aanbieders.filter((a) => !parseAmount(a.verschil).isZero()).length
      } aanbieder(s) krijgen een andere afrekening${moved > 0 ? `, ${moved} gaan van terugbetalen naar bijbetaald krijgen` : ''}.`;
  return {
    ruleset: basis.ruleset,
    jaar: basis.jaar,
    ...(basis.gemeente ? { gemeente: basis.gemeente } : {}),
    basis: { versie: basis.versie, ...(basis.bronVersie ? { bronVersie: basis.bronVersie } : {}) },
    variant: { versie: variant.versie, ...(variant.bronVersie ? { bronVersie: variant.bronVersie } : {}) },
    aanbieders,
    gemeenten,
    regio: { lastenBasis: formatCents(totalB), lastenVariant: formatCents(totalV), verschil: formatCents(delta) },
    geenVerschil,
    samenvatting,
  };
}
