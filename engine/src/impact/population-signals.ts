/**
 * Signals on the level of a population: a perceel the policy expects to take only a small share of the cases
 * (Zuid-Limburg's arrangement regie, "ongeveer 2% van de huidige jeugdpopulatie") is counted in an impact run, and
 * a share above the policy's signalling threshold is reported — a signal for the policy officer, never a finding
 * on a case.
 */
import Decimal from 'decimal.js';
import type { SegmentPolicy, ToegangPolicy } from '../model/rule-set';

export interface PopulationSignal {
  perceel: string;
  /** Cases on this perceel and cases of the rule set's segment in the run. */
  cases: number;
  of: number;
  /** Observed share, expected share and the threshold above which it is signalled (%, decimal strings). */
  aandeelPct: string;
  verwachtAandeelPct: string;
  signaleringBovenPct: string;
  /** True when the observed share is above the threshold. */
  signaal: boolean;
  /** Where the expected share sits in the policy. */
  policyChoice: string;
  /** Dutch one-liner. */
  message: string;
}

const pct = (value: Decimal): string => value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
const dutch = (value: string): string => value.replace('.', ',');

/**
 * The population signals of a segment policy over a run: for every perceel with an expected share, its observed
 * share of `total` cases. `casesByPerceel` counts the run's cases per perceel id.
 */
export function populationSignals(policy: SegmentPolicy, casesByPerceel: Readonly<Record<string, number>>, total: number): PopulationSignal[] {
  const signals: PopulationSignal[] = [];
  for (const [perceel, element] of Object.entries(policy.percelen)) {
    const toegang = element.toegang as Partial<ToegangPolicy>;
    if (typeof toegang.verwachtAandeelPct !== 'number') continue;
    const expected = new Decimal(toegang.verwachtAandeelPct);
    const threshold = new Decimal(toegang.aandeelSignaleringBovenPct ?? toegang.verwachtAandeelPct);
    const cases = casesByPerceel[perceel] ?? 0;
    const share = total === 0 ? new Decimal(0) : new Decimal(cases).times(100).dividedBy(total);
    const signaal = total > 0 && share.greaterThan(threshold);
    const shown = pct(share);
    signals.push({
      perceel,
      cases,
      of: total,
      aandeelPct: shown,
      verwachtAandeelPct: expected.toString(),
      signaleringBovenPct: threshold.toString(),
      signaal,
      policyChoice: `/percelen/${perceel}/toegang/verwachtAandeelPct`,
      message: signaal
        ? `Perceel ${perceel}: ${cases} van ${total} casussen (${dutch(shown)} %), meer dan de signaleringsgrens van ${dutch(threshold.toString())} % (verwacht ongeveer ${dutch(expected.toString())} %).`
        : `Perceel ${perceel}: ${cases} van ${total} casussen (${dutch(shown)} %), binnen de signaleringsgrens van ${dutch(threshold.toString())} % (verwacht ongeveer ${dutch(expected.toString())} %).`,
    });
  }
  return signals;
}
