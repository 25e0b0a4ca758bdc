/** Which suite cases get a different outcome under one run than under another (e.g. the draft vs the published version). */
import type { CaseRunResult } from './test-run';

export interface OutcomeChange {
  suite: string;
  name: string;
  before: CaseRunResult['actual'];
  after: CaseRunResult['actual'];
  /** Whether the case passed under each run. */
  passedBefore: boolean;
  passedAfter: boolean;
}

const outcomeOf = (actual: CaseRunResult['actual']): string => JSON.stringify([actual.findings, actual.info, actual.error ?? null]);

/** Cases present in both runs whose findings, info codes or error differ, in the order of `after`. */
export function outcomeChanges(before: CaseRunResult[], after: CaseRunResult[]): OutcomeChange[] {
  const byKey = new Map(before.map((r) => [`${r.suite}\u0000${r.name}`, r]));
  return after.flatMap((is) => {
    const was = byKey.get(`${is.suite}\u0000${is.name}`);
    if (!was || outcomeOf(was.actual) === outcomeOf(is.actual)) return [];
    return [{ suite: is.suite, name: is.name, before: was.actual, after: is.actual, passedBefore: was.passed, passedAfter: is.passed }];
  });
}
