import { describe, expect, it } from 'vitest';
import { FUNDING_MODELS } from '../../../../engine/src/funding';
import { validateFundingInput } from '../../../../engine/src/funding';
import budgetafspraak from '../../../../engine/schemas/funding/budgetafspraak.schema.json';
import lumpsumPlafond from '../../../../engine/schemas/funding/lumpsum-plafond.schema.json';
import { compareDecimal, describeError, exampleDraft, fieldsOf, labelFromKey, readDraft, type NamedRow } from './schema-fields';

describe('schema fields', () => {
  it('labels keys in Dutch and takes descriptions from the schema', () => {
    expect(labelFromKey('aanbiederAandeelPct')).toBe('Aanbieder aandeel (%)');
    expect(labelFromKey('afgesprokenClienten')).toBe('Afgesproken cliënten');
    const fields = fieldsOf(budgetafspraak);
    expect(fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['budget', 'bedrag', true],
      ['voorschot', 'bedrag', false],
      ['realisatie', 'bedrag', true],
      ['bandbreedtePct', 'getal', false],
      ['regime', 'keuze', false],
    ]);
    expect(fields[0].description).toBe('Afgesproken budget.');
  });

  it('turns every model’s worked example into a form and back into an input the engine accepts unchanged', () => {
    for (const model of FUNDING_MODELS) {
      const example = (model.schema.examples as Record<string, unknown>[])[0];
      const fields = fieldsOf(model.schema);
      const { input, errors } = readDraft(fields, exampleDraft(fields, example));
      expect(errors, model.id).toEqual([]);
      expect(validateFundingInput(model.schema, input), model.id).toEqual([]);
      expect(model.calculate(input), model.id).toEqual(model.calculate(example));
    }
  });

  it('sends Dutch amounts as exact decimal strings and percentages as numbers', () => {
    const fields = fieldsOf(budgetafspraak);
    const draft = { budget: '1.234.567.890.123,45', voorschot: '', realisatie: '0,1', bandbreedtePct: '7,5', regime: '' };
    expect(readDraft(fields, draft)).toEqual({ input: { budget: '1234567890123.45', realisatie: '0.1', bandbreedtePct: 7.5 }, errors: [] });
  });

  it('names the field in each Dutch error', () => {
    const fields = fieldsOf(lumpsumPlafond);
    const lumpsums: NamedRow[] = [
      { name: 'Partner A', value: '-5' },
      { name: '', value: '1' },
    ];
    const { errors } = readDraft(fields, {
      plafond: '12.5',
      lumpsums,
      overigeUitgaven: '',
      aanbiederAandeelPct: '120',
      laatsteContractjaar: false,
      verdeling: '',
    });
    expect(errors.map(describeError)).toEqual([
      'Plafond: "12.5" gebruik een komma als decimaalteken en punten alleen tussen groepen van drie cijfers (1.234,56).',
      'Lumpsums › Partner A: mag niet negatief zijn.',
      'Lumpsums › regel 2: naam is leeg.',
      'Overige uitgaven: is verplicht.',
      'Aanbieder aandeel (%): mag hoogstens 100 % zijn.',
    ]);
  });

  it('compares decimal strings exactly', () => {
    expect(compareDecimal('0.1', '0')).toBe(1);
    expect(compareDecimal('-0.01', '0')).toBe(-1);
    expect(compareDecimal('100.000', '100')).toBe(0);
    expect(compareDecimal('99.999999999999999999', '100')).toBe(-1);
    expect(compareDecimal('-2', '-10')).toBe(1);
  });
});
