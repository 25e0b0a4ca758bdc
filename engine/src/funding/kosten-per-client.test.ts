import { describe, expect, it } from 'vitest';
import { calculateKostenPerClient } from './kosten-per-client';

// Seed 003, 2019 spending Noord-Limburg (docs/domain.md §4.1).
const jeugd = {
  S1: { totaal: 10674408, clienten: 448 },
  S2: { totaal: 4920317, clienten: 372 },
  S3: { totaal: 5585316, clienten: 646 },
  S4: { totaal: 32883213, clienten: 8251 },
};
const wmo = {
  S1a: { totaal: 5300000, clienten: 629 },
  S1b: { totaal: 8200000, clienten: 2191 },
  S2a: { totaal: 5400000, clienten: 1111 },
  S2b: { totaal: 5300000, clienten: 1035 },
  S3a: { totaal: 17500000, clienten: 7341 },
  S3b: { totaal: 100000, clienten: 45 },
};
const perClient = (result: ReturnType<typeof calculateKostenPerClient>) =>
  Object.fromEntries(Object.entries(result.segmenten).map(([k, v]) => [k, v.perClient]));

describe('kosten-per-client', () => {
  it('reproduces the 2019 youth table and reports the €1 difference in the printed total', () => {
    const result = calculateKostenPerClient({ segmenten: jeugd, opgegevenTotaal: '54063253' });
    expect(perClient(result)).toEqual({ S1: '23827', S2: '13227', S3: '8646', S4: '3985' });
    expect(result.som).toBe('54063254.00');
    expect(result.verschil).toBe('1.00');
  });

  it('reproduces the 2019 Wmo table, whose total adds up', () => {
    const result = calculateKostenPerClient({ segmenten: wmo, opgegevenTotaal: 41800000 });
    expect(perClient(result)).toEqual({ S1a: '8426', S1b: '3743', S2a: '4860', S2b: '5121', S3a: '2384', S3b: '2222' });
    expect(result.verschil).toBe('0.00');
  });

  it('a segment without clients has no cost per client; without a published total there is no difference', () => {
    const result = calculateKostenPerClient({ segmenten: { nieuw: { totaal: 0, clienten: 0 } } });
    expect(result.segmenten.nieuw.perClient).toBeNull();
    expect(result.verschil).toBeNull();
  });
});
