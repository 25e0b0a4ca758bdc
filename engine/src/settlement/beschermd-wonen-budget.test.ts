import { describe, expect, it } from 'vitest';
import { FileRuleRepository } from '../../node/file-repository';
import { chooseVersion } from '../evaluate/evaluate-case';
import { isSturingError } from '../model/errors';
import { beschermdWonenBudgets } from './beschermd-wonen-budget';

const repository = new FileRuleRepository(new URL('../../../rules', import.meta.url).pathname);
const ruleSet = await chooseVersion(repository, 'maastricht-heuvelland/beschermd-wonen/beschermd-thuis', '2023-06-01');

describe('the Beschermd Wonen budget per municipality, from the rule set', () => {
  it('is 80 % historical and 20 % objective in 2023 for the centre municipality, 20 % objective for the others', () => {
    const budget = beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2023);
    expect(budget.aandeelObjectiefPct).toBe(20);
    const maastricht = budget.gemeenten.find((g) => g.gemeente === 'maastricht')!;
    // Historical 38,000,000 less the expected 30 % Wlz migration = 26,600,000; objective share 62 % of 36,000,000.
    expect(maastricht).toMatchObject({ centrumgemeente: true, historisch: '26600000.00', objectief: '22320000.00', budget: '25744000.00' });
    expect(maastricht.breakdown.join(' ')).toContain('€ 26.600.000,00 × 80%');
    const meerssen = budget.gemeenten.find((g) => g.gemeente === 'meerssen')!;
    expect(meerssen).toMatchObject({ centrumgemeente: false, historisch: '0.00', objectief: '3240000.00', budget: '648000.00' });
    expect(budget.gemeenten.map((g) => g.gemeente)).toEqual([
      'maastricht',
      'meerssen',
      'valkenburg-aan-de-geul',
      'eijsden-margraten',
      'gulpen-wittem',
      'vaals',
    ]);
    expect(budget.waarden).toContainEqual({ veld: 'stapPct', waarde: 10, pointer: '/policy/percelen/beschermd-wonen/bekostiging/ingroeimodel/stapPct' });
  });

  it('is fully historical in 2021, and fully objective after ten steps', () => {
    const y2021 = beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2021);
    expect(y2021.gemeenten.find((g) => g.centrumgemeente)!.budget).toBe('26600000.00');
    expect(y2021.gemeenten.filter((g) => !g.centrumgemeente).every((g) => g.budget === '0.00')).toBe(true);
    const y2031 = beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2031);
    expect(y2031.aandeelObjectiefPct).toBe(100);
    expect(y2031.totaal).toBe('36000000.00');
    expect(beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2035).aandeelObjectiefPct).toBe(100);
  });

  it('settles the Wlz migration ex post with the actual share', () => {
    const expost = beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2021, 25);
    expect(expost.wlz).toEqual({ aandeelPct: 25, soort: 'ex-post' });
    expect(expost.gemeenten.find((g) => g.centrumgemeente)!.budget).toBe('28500000.00');
    expect(beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2021).wlz).toEqual({ aandeelPct: 30, soort: 'ex-ante' });
  });

  it('splits the objective budget to the cent: the parts add up exactly', () => {
    const y = beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2031);
    const cents = y.gemeenten.reduce((n, g) => n + Math.round(Number(g.objectief) * 100), 0);
    expect(cents).toBe(36_000_000 * 100);
  });

  it('refuses a perceel without an ingroeimodel and a year before the budgets start, naming the pointer', () => {
    const mo = beschermdWonenBudgets.bind(null, ruleSet, 'onbekend', 2023);
    expect(mo).toThrow(/heeft geen ingroeimodel/);
    try {
      beschermdWonenBudgets(ruleSet, 'beschermd-wonen', 2019);
      expect.unreachable();
    } catch (error) {
      expect(isSturingError(error) && error.issues[0].path).toBe('/policy/percelen/beschermd-wonen/bekostiging/ingroeimodel/historischBudget');
    }
  });
});
