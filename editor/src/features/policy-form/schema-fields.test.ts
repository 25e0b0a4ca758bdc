import { describe, expect, it } from 'vitest';
import { elementFields, type FormField } from './schema-fields';

const byKey = (fields: FormField[], key: string) => fields.find((f) => f.key === key);

describe('policy form fields from the rule-set schema', () => {
  it('turns enums into choices, percentages and amounts into Dutch number fields, with the schema’s Dutch help', () => {
    const fields = elementFields('bekostiging');
    expect(byKey(fields, 'budget')).toMatchObject({ kind: 'keuze', options: ['geen', 'budgetplafond', 'budgetafspraak'], required: true });
    expect(byKey(fields, 'budget')?.help).toMatch(/^Budgetsturing: geen, budgetplafond/);
    expect(byKey(fields, 'signaleringPct')).toMatchObject({
      kind: 'getal',
      percentage: true,
      minimum: 0,
      maximum: 100,
      label: 'Signalering bij benutting (%)',
    });
    expect(byKey(fields, 'tarief')).toMatchObject({ kind: 'bedrag' });
    expect(byKey(fields, 'voorschotten')).toMatchObject({ kind: 'ja-nee', required: false });
    expect(byKey(fields, 'bron')).toMatchObject({ kind: 'alleen-json' });
  });

  it('nests groups and offers enum lists as multiple choice', () => {
    const toegang = elementFields('toegang');
    expect(byKey(toegang, 'hoeElementenToegang')).toMatchObject({ kind: 'meerkeuze', options: ['soort-hulp', 'product', 'intensiteit', 'duur', 'aanbieder'] });
    const indicatie = byKey(toegang, 'indicatie');
    expect(indicatie?.kind).toBe('groep');
    expect(indicatie && indicatie.kind === 'groep' && byKey(indicatie.fields, 'maxDuurMaanden')).toMatchObject({ kind: 'getal', integer: true });
    expect(byKey(elementFields('leveranciersmanagement'), 'categorieen')).toMatchObject({ kind: 'alleen-json' });
  });

  it('covers every property of each element in the schema (new schema fields appear by themselves)', () => {
    expect(elementFields('contract').map((f) => f.key)).toEqual(expect.arrayContaining(['contractvorm', 'looptijd', 'tussentijdseToetreding', 'aanbieders']));
  });
});
