import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../node/validate-file';

const fixtures = new URL('../../../test/fixtures/invalid-rulesets/', import.meta.url).pathname;

/** Each deliberately broken fixture, with the one code it must produce and a text marker on the line it must point at. */
const EXPECTED: Record<string, { code: string; marker: string; path: string }> = {
  'misspelt-enum.json': { code: 'WAARDE_ONGELDIG', marker: '"budget": "budgetplafon"', path: '/policy/percelen/regionaal/bekostiging/budget' },
  'unknown-fact.json': { code: 'FEIT_ONBEKEND', marker: '"fact": "cliënt"', path: '/rules/0/conditions/all/0/fact' },
  'unknown-path.json': { code: 'PAD_ONBEKEND', marker: '"path": "$.besluit.hoe.intensitiet', path: '/rules/0/conditions/all/0/path' },
  'unknown-operator.json': { code: 'OPERATOR_ONBEKEND', marker: '"operator": "voor"', path: '/rules/0/conditions/all/0/operator' },
  'unknown-finding-code.json': { code: 'CODE_ONBEKEND', marker: '"type": "TE_VROEG"', path: '/rules/0/event/type' },
  'override-unknown-municipality.json': { code: 'GEMEENTE_ONBEKEND', marker: '"maastricht"', path: '/overrides/maastricht' },
  'override-invalid-result.json': { code: 'WAARDE_ONGELDIG', marker: '"hoe": "soms"', path: '/overrides/venlo/policy/percelen/regionaal/toegang/hoe' },
  'min-above-max.json': { code: 'AANTAL_AANBIEDERS_ONGELDIG', marker: '"aanbieders": {', path: '/policy/percelen/regionaal/contract/aanbieders' },
  'advances-with-ceiling.json': { code: 'VOORSCHOT_BIJ_PLAFOND', marker: '"voorschotten": true', path: '/policy/percelen/regionaal/bekostiging/voorschotten' },
  'broken-json.json': { code: 'JSON_ONGELDIG', marker: '"effectiveFrom"', path: '' },
  // docs/domain.md §8: checks on the policy itself.
  'base-unit-mismatch.json': { code: 'BASISEENHEID_INCONSISTENT', marker: '"vorm": "pxq"', path: '/policy/percelen/lokaal/bekostiging/vorm' },
  'override-base-unit.json': {
    code: 'BASISEENHEID_INCONSISTENT',
    marker: '"vorm": "plek"',
    path: '/overrides/venlo/policy/percelen/regionaal/bekostiging/vorm',
  },
  'looptijd-unparseable.json': { code: 'LOOPTIJD_ONGELDIG', marker: '"looptijd": "drie jaar"', path: '/policy/percelen/regionaal/contract/looptijd' },
  'boeggolf-beyond-term.json': { code: 'BOEGGOLF_ONGELDIG', marker: '"horizonJaren": 6', path: '/policy/percelen/regionaal/contract/boeggolf/horizonJaren' },
  'weights-not-100.json': { code: 'GUNNING_WEGING_ONGELDIG', marker: '"gunning": {', path: '/policy/percelen/regionaal/contract/gunning' },
  'youth-price-only.json': {
    code: 'GUNNING_LAAGSTE_PRIJS_VERBODEN',
    marker: '"prijsPct": 100',
    path: '/policy/percelen/regionaal/contract/gunning/prijsPct',
  },
  'tariff-below-cost.json': { code: 'TARIEF_ONDER_KOSTPRIJS', marker: '"tarief": "58.00"', path: '/policy/percelen/lokaal/bekostiging/tarief' },
  // Funding parameters a settlement reads.
  'risk-share-above-100.json': { code: 'TE_GROOT', marker: '"waarde": 170', path: '/policy/percelen/bgi/bekostiging/aanbiederAandeelPct/1/waarde' },
  'last-contract-year-before-start.json': {
    code: 'CONTRACTJAAR_ONGELDIG',
    marker: '"laatsteContractjaar": 2021',
    path: '/policy/percelen/bgg/contract/laatsteContractjaar',
  },
  'missing-element.json': { code: 'STURINGSELEMENT_ONTBREEKT', marker: '"regionaal": {', path: '/policy/percelen/regionaal/toegang' },
};

describe('broken rule-set fixtures', () => {
  it('has an expectation for every fixture', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file} → ${expected.code} on the line of ${expected.marker}`, async () => {
      const lines = readFileSync(fixtures + file, 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes(expected.marker)) + 1;
      expect(line).toBeGreaterThan(0);
      const issues = await validateFile(fixtures + file);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: expected.code, line, path: expected.path });
      expect(issues[0].message).not.toMatch(/must|should/); // Dutch, not ajv's English
    });
  }
});
