/** Counts in Dutch with the right plural: "1 casus", "3 casussen". */
const PLURALS: Record<string, string> = {
  casus: 'casussen',
  bevinding: 'bevindingen',
  probleem: 'problemen',
  regressiegeval: 'regressiegevallen',
  beoordeling: 'beoordelingen',
};

export function count(n: number, singular: keyof typeof PLURALS | string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? singular : (PLURALS[singular] ?? `${singular}en`)}`;
}
