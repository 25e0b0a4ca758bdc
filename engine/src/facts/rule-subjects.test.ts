import { describe, expect, it } from 'vitest';
import { prepareRuleSet } from '../evaluate/prepare-rule-set';
import type { RuleJson, RuleSetVersion, SharedRules } from '../model/rule-set';
import { factsForSubject, findSubjectFact, ruleSubject } from './rule-subjects';
import { validateSharedRules } from '../validate/validate-rule-set';
import { validateRules } from '../validate/validate-rules';

const rule = (id: string, fact: string, path: string, extra: Partial<RuleJson> = {}): RuleJson => ({
  id,
  description: 'test',
  conditions: { all: [{ fact, path, operator: 'equal', value: true }] },
  event: { type: 'MAX_AANBIEDERS_OVERSCHREDEN', params: { severity: 'fout', message: 'test test', policyChoice: '/percelen/{perceel}/contract' } },
  ...extra,
});

describe('rule subjects', () => {
  it('each subject has its own fact catalogue', () => {
    expect(factsForSubject('casus').map((f) => f.name)).toContain('casus');
    expect(factsForSubject('aanbieders').map((f) => f.name)).toEqual(['aanbieder', 'perceel', 'beleid', 'segment', 'peildatum']);
    expect(findSubjectFact('aanbieders', 'casus')).toBeUndefined();
    expect(findSubjectFact('casus', 'aanbieder')).toBeUndefined();
  });

  it('a rule takes its own subject, else its library’s, else casus', () => {
    expect(ruleSubject({})).toBe('casus');
    expect(ruleSubject({}, { subject: 'aanbieders' })).toBe('aanbieders');
    expect(ruleSubject({ subject: 'casus' }, { subject: 'aanbieders' })).toBe('casus');
  });

  it('the validator checks facts and paths against the rule’s subject', () => {
    expect(validateRules([rule('a', 'aanbieder', '$.gecontracteerd')], '/rules', 'rules', 'aanbieders')).toEqual([]);
    const wrongSubject = validateRules([rule('a', 'casus', '$.perceel')], '/rules', 'rules', 'aanbieders');
    expect(wrongSubject).toMatchObject([{ code: 'FEIT_ONBEKEND', path: '/rules/0/conditions/all/0/fact' }]);
    expect(wrongSubject[0].message).toMatch(/alleen voor casusregels/);
    expect(validateRules([rule('a', 'aanbieder', '$.gecontracteerd')], '/rules', 'rules')).toMatchObject([{ code: 'FEIT_ONBEKEND' }]);
    expect(validateRules([rule('a', 'aanbieder', '$.gecontracteerd', { subject: 'aanbieders' })], '/rules', 'rules')).toEqual([]);
    expect(validateRules([rule('a', 'aanbieder', '$.omzetKlasse')], '/rules', 'rules', 'aanbieders')).toMatchObject([{ code: 'PAD_ONBEKEND' }]);
    expect(validateRules([rule('a', 'perceel', '$.extraCapaciteit.toegestaan')], '/rules', 'rules', 'aanbieders')).toEqual([]);
    const withMessage = (message: string) => {
      const r = rule('a', 'aanbieder', '$.gecontracteerd');
      return { ...r, event: { ...r.event, params: { ...r.event.params, message } } };
    };
    expect(validateRules([withMessage('Categorie {{aanbieder.categorie}}.')], '/rules', 'rules', 'aanbieders')).toEqual([]);
    expect(validateRules([withMessage('Categorie {{aanbieder.klasse}}.')], '/rules', 'rules', 'aanbieders')).toMatchObject([
      { code: 'PAD_ONBEKEND', path: '/rules/0/event/params/message/path' },
    ]);
  });

  it('the shared-rules schema accepts only known subjects', () => {
    const library = { id: 'x', version: 1, title: 'x', subject: 'gemeenten', rules: [] };
    expect(validateSharedRules(library)).toMatchObject([{ path: '/subject', code: 'WAARDE_ONGELDIG' }]);
  });

  it('prepareRuleSet keeps only the rules of the evaluated subject', () => {
    const providers: SharedRules = { id: 'p', version: 1, title: 'p', subject: 'aanbieders', rules: [rule('max', 'perceel', '$.aantalGecontracteerd')] };
    const cases: SharedRules = { id: 'c', version: 1, title: 'c', rules: [rule('wat', 'casus', '$.perceel')] };
    const ruleSet = {
      id: 'r/wmo/S1',
      sharedRules: ['c', 'p'],
      rules: [rule('own', 'aanbieder', '$.type', { subject: 'aanbieders' })],
    } as unknown as RuleSetVersion;
    const ids = (subject?: 'casus' | 'aanbieders') => prepareRuleSet(ruleSet, { p: providers, c: cases }, subject).rules.map((r) => r.rule.id);
    expect(ids()).toEqual(['c/wat']);
    expect(ids('aanbieders')).toEqual(['p/max', 'own']);
    expect(prepareRuleSet(ruleSet, { p: providers, c: cases }, 'aanbieders').sharedRules.map((s) => s.id)).toEqual(['c', 'p']);
  });
});
