/** The example cases of a rule set: the case-based entries of its regression suites (GET …/suites), flattened for a picker. */
import type { ApiClient } from '../../api/client';

interface SuiteCase {
  name: string;
  case?: unknown;
  asOf?: string;
}

interface SuitesAnswer {
  suites: { id: string; suite: { title: string; cases: SuiteCase[] } }[];
}

export interface ExampleCase {
  /** Unique within the rule set: suite id and index. */
  key: string;
  label: string;
  caseData: unknown;
  asOf?: string;
}

/** Loads the rule set's suites and keeps the entries that carry a case (provider-data entries are for the regression tab). */
export async function loadExampleCases(client: ApiClient, rulesetId: string): Promise<ExampleCase[]> {
  const answer = await client.get<SuitesAnswer>(`/api/rulesets/${rulesetId}/suites`);
  return answer.suites.flatMap(({ id, suite }) =>
    suite.cases.flatMap((c, i) => (c.case === undefined ? [] : [{ key: `${id}#${i}`, label: c.name, caseData: c.case, asOf: c.asOf }])),
  );
}

/** A minimal case for the rule set when it has no examples: the first municipality and perceel, today's date, nothing decided yet. */
export function templateCase(rulesetId: string, gemeente: string, perceel: string, today: string): unknown {
  const [, domein, segment] = rulesetId.split('/');
  return { id: 'PROEF-1', gemeente, domein, segment, perceel, datum: today, besluit: { wat: { doelen: [], resultaatgebieden: [] }, hoe: {} } };
}
