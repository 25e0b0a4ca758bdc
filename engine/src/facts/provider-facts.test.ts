import { describe, expect, it } from 'vitest';
import type { ProviderData } from './provider-data';
import { buildProviderFacts } from './provider-facts';
import type { RuleSetVersion } from '../model/rule-set';

const toegang = { wat: 'toegang', hoe: 'aanbieder', indicatie: { onbepaaldeTijdToegestaan: false } } as const;
const ruleSet = {
  id: 'r/jeugd/S9',
  policy: {
    domein: 'jeugd',
    segment: 'S9',
    typering: 'x',
    basiseenheid: 'traject',
    percelen: {
      regionaal: {
        contract: { contractvorm: 'open-house', looptijd: '3', tussentijdseToetreding: 'toegestaan' },
        bekostiging: { vorm: 'traject', budget: 'geen' },
        leveranciersmanagement: { intensiteit: 'intensief', niveau: 'regionaal', categorieen: [{ naam: 'A', minClientervaring: 8 }, { naam: 'B' }] },
        toegang,
      },
    },
  },
  // Only Venlo converts to plekken; the regional policy does not allow it.
  overrides: { venlo: { policy: { percelen: { regionaal: { bekostiging: { vorm: 'plek' } } } } } },
} as unknown as RuleSetVersion;

const data = (provider: Record<string, unknown>): ProviderData =>
  ({
    regio: 'r',
    domein: 'jeugd',
    segment: 'S9',
    datum: '2023-03-01',
    aanbieders: [{ id: 'a', naam: 'A', type: 'regionaal-strategisch', gecontracteerdePercelen: ['regionaal'], ...provider }],
  }) as ProviderData;
const fact = (provider: Record<string, unknown>) =>
  buildProviderFacts(data(provider), ruleSet, '2023-03-01').aanbieders[0].facts.aanbieder as Record<string, unknown>;

describe('buildProviderFacts', () => {
  it('allows plekken only for the municipality whose policy converts', () => {
    const agreement = (gemeente?: string) => ({
      afspraken: [{ perceel: 'regionaal', soort: 'omzetting-naar-plekken', eenheid: 'plek', ...(gemeente ? { gemeente } : {}) }],
    });
    expect(fact(agreement('venlo')).afwijkendeEenheden).toEqual([]);
    expect(fact(agreement('beesel')).afwijkendeEenheden).toHaveLength(1);
    expect(fact(agreement()).afwijkendeEenheden).toHaveLength(1);
  });

  it('takes the last completed year before the as-of year, and derives the category from it', () => {
    const years = {
      jaren: [
        { jaar: 2021, clienten: 5, kpi: { clientervaring: 9 } },
        { jaar: 2022, clienten: 7, kpi: { clientervaring: 7 } },
        { jaar: 2023, clienten: 1 },
      ],
    };
    expect(fact(years)).toMatchObject({ recent: { jaar: 2022, clienten: 7 }, categorie: 'B' });
    expect(fact({})).not.toHaveProperty('recent');
    expect(fact({}).categorie).toBeUndefined();
  });

  it('counts contracted providers per perceel and builds one unit per provider per active perceel', () => {
    const sets = buildProviderFacts(data({ verzoeken: [{ soort: 'toetreding', perceel: 'regionaal', datum: '2023-01-01' }] }), ruleSet, '2023-03-01');
    expect(sets.percelen).toHaveLength(1);
    expect(sets.percelen[0].facts.perceel).toMatchObject({ naam: 'regionaal', aantalGecontracteerd: 1, gecontracteerd: ['a'] });
    expect(sets.aanbieders.map((s) => s.perceel)).toEqual(['regionaal']);
    expect(fact({ verzoeken: [{ soort: 'toetreding', perceel: 'regionaal', datum: '2023-01-01' }] }).toetreding).toMatchObject({ soort: 'toetreding' });
  });
});
