/** Bow-wave contracting (boeggolf): each satisfactory yearly evaluation adds a year, never past the maximum term (docs/domain.md §7.11). */
import schema from '../../schemas/funding/boeggolf.schema.json';
import type { FundingModel, FundingResult } from './funding-model';
import { invalidInput } from './invalid-input';

export interface BoeggolfInput {
  startdatum: string;
  horizonJaren: number;
  maxLooptijdJaren: number;
  beoordelingen: { jaar: number; voldoende: boolean }[];
}

export interface BoeggolfResult extends FundingResult {
  /** Last day of the contract (inclusive), after all evaluations. */
  einddatum: string;
  /** Per evaluated year: the years the contract still runs after that evaluation. */
  horizonNaBeoordeling: Record<string, number>;
}

/** The ISO date `years` after `date`; 29 February becomes 28 February in a non-leap year. */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return isoDate(Date.UTC(y + years, m - 1, Math.min(d, lastDay)));
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return isoDate(Date.UTC(y, m - 1, d - 1));
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function dutchDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

/** Runs the evaluations in order; the contract end is tracked in whole contract years from the start. */
export function calculateBoeggolf(input: BoeggolfInput): BoeggolfResult {
  const startYear = Number(input.startdatum.slice(0, 4));
  const max = input.maxLooptijdJaren;
  let years = Math.min(input.horizonJaren, max);
  const end = (n: number) => dayBefore(addYears(input.startdatum, n));
  const breakdown = [
    `Start ${dutchDate(input.startdatum)}, horizon ${input.horizonJaren} jaar: looptijd tot en met ${dutchDate(end(years))}; maximaal ${max} jaar (tot en met ${dutchDate(end(max))}).`,
  ];
  if (input.horizonJaren > max) breakdown.push(`De horizon is langer dan de maximale looptijd: begrensd op ${max} jaar.`);
  const horizonNaBeoordeling: Record<string, number> = {};
  const ordered = input.beoordelingen.map((b, index) => ({ ...b, index })).sort((a, b) => a.jaar - b.jaar);
  const seen = new Set<number>();
  for (const b of ordered) {
    const contractYear = b.jaar - startYear + 1;
    if (seen.has(b.jaar)) invalidInput(`/beoordelingen/${b.index}/jaar`, `jaar ${b.jaar} is dubbel beoordeeld`);
    seen.add(b.jaar);
    if (contractYear < 1) invalidInput(`/beoordelingen/${b.index}/jaar`, `jaar ${b.jaar} ligt vóór de start van het contract (${startYear})`);
    if (contractYear > years)
      invalidInput(
        `/beoordelingen/${b.index}/jaar`,
        `jaar ${b.jaar} valt na het einde van het contract (${dutchDate(end(years))}) en kan niet meer beoordeeld worden`,
      );
    const before = years;
    if (b.voldoende) years = Math.min(years + 1, max);
    horizonNaBeoordeling[String(b.jaar)] = years - contractYear;
    breakdown.push(
      b.voldoende
        ? before === years
          ? `${b.jaar}: voldoende, maar de maximale looptijd van ${max} jaar is bereikt; einde blijft ${dutchDate(end(years))} (nog ${years - contractYear} jaar).`
          : `${b.jaar}: voldoende, één jaar erbij; einde ${dutchDate(end(years))} (nog ${years - contractYear} jaar).`
        : `${b.jaar}: onvoldoende, geen jaar erbij; einde blijft ${dutchDate(end(years))} (horizon krimpt tot ${years - contractYear} jaar).`,
    );
  }
  return { einddatum: end(years), horizonNaBeoordeling, breakdown };
}

export const boeggolfModel: FundingModel = {
  id: 'boeggolf',
  beschrijving: 'Boeggolfprincipe: elke voldoende jaarbeoordeling verlengt met een jaar, nooit voorbij de maximale looptijd.',
  schema,
  calculate: (input) => calculateBoeggolf(input as BoeggolfInput),
};
