// The registry, the schemas (one per model, the single source) and calculateFunding's errors.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateFunding } from './calculate-funding';
import { FUNDING_MODELS, listFundingModels } from './registry';

const schemaDir = new URL('../../schemas/funding/', import.meta.url);
const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'));
const srcDir = new URL('./', import.meta.url);

describe('funding registry', () => {
  it('has one model per schema file and one module per model, kebab-case named after the model', () => {
    expect(FUNDING_MODELS.map((m) => `${m.id}.schema.json`).sort()).toEqual([...files].sort());
    const modules = readdirSync(srcDir);
    for (const m of FUNDING_MODELS) {
      expect(modules).toContain(`${m.id}.ts`);
      expect(m.schema.$id).toBe(`https://sturing.local/schemas/funding/${m.id}.schema.json`);
    }
    expect(FUNDING_MODELS).toHaveLength(15);
  });

  it('lists every model with a Dutch one-line description', () => {
    for (const { id, beschrijving } of listFundingModels()) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(beschrijving.length).toBeGreaterThan(20);
      expect(beschrijving).not.toContain('\n');
    }
  });

  it('every schema is 2020-12, closed, described in Dutch, and shares the same amount definitions', () => {
    const first = JSON.parse(readFileSync(new URL(files[0], schemaDir), 'utf8'));
    for (const file of files) {
      const schema = JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8'));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.additionalProperties).toBe(false);
      expect(schema.$defs).toEqual(first.$defs);
      for (const [name, property] of Object.entries<Record<string, unknown>>(schema.properties))
        if (name !== '$schema') expect(typeof property.description, `${file} ${name}`).toBe('string');
    }
  });
});

describe('calculateFunding', () => {
  it.each(FUNDING_MODELS.map((m) => [m.id, m]))('%s: the schema example calculates, with amounts as strings and a breakdown', (id, model) => {
    const [example] = model.schema.examples as unknown[];
    const result = calculateFunding(id, example);
    expect(result.breakdown.length).toBeGreaterThan(0);
    expect(result.breakdown.every((step) => typeof step === 'string' && step.length > 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  const invalid = (model: string, input: unknown) => {
    try {
      calculateFunding(model, input);
    } catch (error) {
      return error as { code: string; issues: { path: string; message: string }[] };
    }
    throw new Error('expected an error');
  };

  it('an unknown model is MODEL_ONBEKEND', () => {
    expect(invalid('pxqq', {})).toMatchObject({ code: 'MODEL_ONBEKEND' });
  });

  it('names the field of every kind of invalid input with a Dutch message', () => {
    expect(invalid('verdeelsleutel', { totaal: 100, methode: 'exact' }).issues[0]).toMatchObject({
      path: '/inwoners',
      message: expect.stringContaining('ontbreekt'),
    });
    expect(invalid('verdeelsleutel', { totaal: 100, methode: 'exact', inwoners: { Beesel: -1 } }).issues[0]).toMatchObject({
      path: '/inwoners/Beesel',
      message: 'moet minstens 0 zijn',
    });
    expect(invalid('shared-savings', { budget: '€ 100', realisatie: 1, aandeelPct: 50 }).issues[0]).toMatchObject({
      path: '/budget',
      message: expect.stringContaining('geen geldig bedrag'),
    });
    expect(invalid('shared-savings', { budget: '-5', realisatie: 1, aandeelPct: 50 }).issues[0]).toMatchObject({ path: '/budget' });
    expect(invalid('shared-savings', { budget: 1, realisatie: 1, aandeelPct: 150 }).issues[0]).toMatchObject({
      path: '/aandeelPct',
      message: 'mag hoogstens 100 zijn',
    });
    expect(invalid('boeggolf', { startdatum: '2022-02-30', horizonJaren: 3, maxLooptijdJaren: 9, beoordelingen: [] }).issues[0]).toMatchObject({
      path: '/startdatum',
    });
    expect(invalid('kosten-per-client', { segmenten: { S1: { totaal: 1, clienten: 1.5 } } }).issues[0]).toMatchObject({
      path: '/segmenten/S1/clienten',
      message: 'verwacht geheel getal',
    });
    expect(invalid('pxq', { tarief: 1, aantal: 1, eenheid: 'uur', opslag: 5 }).issues[0]).toMatchObject({ path: '/opslag', message: 'onbekend veld "opslag"' });
    expect(invalid('pxq', [1, 2]).issues[0]).toMatchObject({ path: '', message: 'verwacht object' });
  });

  it('does not change its input (defaults come from the schema, not by mutation)', () => {
    const input = { budget: 100, realisatie: 100 };
    expect(calculateFunding('budgetafspraak', input)).toMatchObject({ afrekening: '0.00', binnenBandbreedte: true });
    expect(input).toEqual({ budget: 100, realisatie: 100 });
  });
});
