// Every kind of decision the pipeline returns matches engine/schemas/decision.schema.json (its keys are one language).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { evaluateCase } from './evaluate-case';
import { evaluateProviders } from './evaluate-providers';

const root = new URL('../../../', import.meta.url);
const repository = new FileRuleRepository(new URL('rules', root).pathname);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(read('engine/schemas/decision.schema.json'));

describe('decision schema', () => {
  it('accepts the decisions of both engines: a finding with advice, missing facts, undecided rules, provider data', async () => {
    const example = read('examples/venlo-wmo-s1b-intensiteit-door-toegang.json');
    const withoutEnd = JSON.parse(JSON.stringify({ ...example, besluit: { ...(example.besluit as object), indicatie: undefined } })) as unknown;
    const providers = read('examples/providers-noord-limburg-wmo-s1b.json');
    const decisions = [];
    for (const engine of [undefined, 'referentie'] as const) {
      decisions.push(await evaluateCase(repository, example, { engine }));
      decisions.push(await evaluateCase(repository, withoutEnd, { engine }));
      decisions.push(await evaluateProviders(repository, providers, { engine }));
    }
    expect(decisions.some((d) => d.missing.length > 0 && d.undecidedRules.length > 0)).toBe(true);
    expect(decisions.some((d) => d.findings.some((f) => f.advice !== undefined))).toBe(true);
    expect(decisions.some((d) => d.findings.some((f) => f.about !== undefined))).toBe(true);
    for (const decision of decisions) {
      const valid = validate(JSON.parse(JSON.stringify(decision)));
      expect(validate.errors ?? [], decision.rulesetId).toEqual([]);
      expect(valid).toBe(true);
    }
    // The old Dutch structural keys are refused.
    const old = JSON.parse(JSON.stringify(decisions[1]));
    old.ontbrekend = old.missing;
    delete old.missing;
    expect(validate(old)).toBe(false);
  });
});
