/** A regression run through the API: start it (POST /api/test-runs), follow its progress events, read its results. */
import type { ApiClient } from '../../api/client';
import { readServerSentEvents } from '../../api/event-stream';

export interface TestRunProgress {
  id: string;
  status: 'bezig' | 'klaar' | 'mislukt';
  total: number;
  done: number;
  passed: number;
  failed: number;
}

/** One case's result as server/test-runs.ts stores it (engine CaseResult without the decision, plus its suite). */
export interface CaseRunResult {
  suite: string;
  name: string;
  index: number;
  passed: boolean;
  expected: { findings: string[]; info?: string[]; missing?: string[]; error?: string };
  actual: { findings: string[]; info: string[]; missing: string[]; error?: string };
  missing: string[];
  unexpected: string[];
  firedRules: { ruleId: string; code: string }[];
  version?: number;
  errorMessage?: string;
}

export interface TestRun extends TestRunProgress {
  ruleset: string;
  target: { version?: number; draftId?: string };
  /** Case results when klaar; one `{message}` when mislukt. */
  results?: (CaseRunResult | { message: string })[];
}

export type TestTarget = { version: number } | { draftId: string };

export async function startTestRun(client: ApiClient, ruleset: string, target: TestTarget): Promise<TestRun> {
  return (await client.request<TestRun>('POST', '/api/test-runs', { body: { ruleset, ...target } })).body;
}

/** Follows the run's events until `klaar` (or the stream ends), reporting each; returns the last progress seen. */
export async function followTestRun(
  client: ApiClient,
  id: string,
  onProgress: (progress: TestRunProgress) => void,
  signal?: AbortSignal,
): Promise<TestRunProgress | undefined> {
  let last: TestRunProgress | undefined;
  const stream = await client.stream(`/api/test-runs/${id}/events`, signal);
  for await (const event of readServerSentEvents(stream, signal)) {
    if (event.event !== 'voortgang' && event.event !== 'klaar') continue;
    last = JSON.parse(event.data) as TestRunProgress;
    onProgress(last);
    if (event.event === 'klaar') break;
  }
  return last;
}

/** The run with its results. */
export function readTestRun(client: ApiClient, id: string): Promise<TestRun> {
  return client.get<TestRun>(`/api/test-runs/${id}`);
}

/** The case results of a finished run (a failed run has none). */
export function caseResults(run: TestRun): CaseRunResult[] {
  return (run.results ?? []).filter((r): r is CaseRunResult => 'name' in r);
}
