/** Beschermd Wonen growth model (ingroeimodel, seed 000): the objective share grows by a fixed step each year (docs/domain.md §7.12). */
import schema from '../../schemas/funding/ingroeimodel.schema.json';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentNumber, type Amount } from './money';

export interface IngroeimodelInput {
  historisch: Amount;
  objectief: Amount;
  jaar: number;
  startjaar?: number;
  stapPct?: number;
}

export interface IngroeimodelResult extends FundingResult {
  budget: string;
  aandeelObjectiefPct: number;
}

const DEFAULTS = schemaDefaults<{ startjaar: number; stapPct: number }>(schema);

/** budget(y) = historisch × (1 − s) + objectief × s, s = step × (y − start year), capped to 0–100 %. */
export function calculateIngroeimodel(input: IngroeimodelInput): IngroeimodelResult {
  const startjaar = input.startjaar ?? DEFAULTS.startjaar;
  const stapPct = input.stapPct ?? DEFAULTS.stapPct;
  const historisch = parseAmount(input.historisch);
  const objectief = parseAmount(input.objectief);
  const ongegrensd = parseAmount(stapPct).times(input.jaar - startjaar);
  const pct = Money.min(100, Money.max(0, ongegrensd));
  const s = pct.div(100);
  const budget = historisch.times(new Money(1).minus(s)).plus(objectief.times(s));
  const breakdown = [
    `Aandeel objectief = ${formatPctNl(stapPct)} × (${input.jaar} − ${startjaar}) = ${formatPctNl(ongegrensd)}${ongegrensd.eq(pct) ? '' : `, begrensd op ${formatPctNl(pct)}`}.`,
    `Budget = ${formatEuroNl(historisch)} × ${formatPctNl(new Money(100).minus(pct))} + ${formatEuroNl(objectief)} × ${formatPctNl(pct)} = ${formatEuroNl(budget)}.`,
  ];
  return { budget: formatCents(budget), aandeelObjectiefPct: percentNumber(pct), breakdown };
}

export const ingroeimodelModel: FundingModel = {
  id: 'ingroeimodel',
  beschrijving: 'Ingroeimodel Beschermd Wonen: van historisch naar objectief budget in stappen van 10 procentpunt per jaar.',
  schema,
  calculate: (input) => calculateIngroeimodel(input as IngroeimodelInput),
};
