// GET …/suites: the seeded regression suites of a rule set, as the editor reads them for example cases and regression runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type TestServer } from './harness';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';

describe.each(DIALECTS)('suites (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(async () => server?.close());

  it('returns the seeded suite of the rule set with every case from the file', async () => {
    const onDisk = JSON.parse(readFileSync(join(ROOT, 'test/regression/noord-limburg/wmo-S1b.json'), 'utf8'));
    const response = await server.call('GET', `${S1B}/suites`);
    expect(response.status).toBe(200);
    const suites = response.json.suites as { id: string; suite: { ruleset: string; cases: { name: string }[] } }[];
    const s1b = suites.find((s) => s.suite.cases.length === onDisk.cases.length && s.suite.ruleset === 'noord-limburg/wmo/S1b');
    expect(s1b?.suite.cases.map((c) => c.name)).toEqual(onDisk.cases.map((c: { name: string }) => c.name));
  });

  it('answers 404 with a Dutch problem for an unknown rule set', async () => {
    const response = await server.call('GET', '/api/rulesets/noord-limburg/wmo/S9/suites');
    expect(response.status).toBe(404);
    expect(response.json.detail).toMatch(/S9/);
  });
});
