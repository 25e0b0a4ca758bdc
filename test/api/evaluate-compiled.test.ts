// POST /api/evaluate with uitleg: false runs the compiled evaluator: the same findings, undecided rules and missing
// facts as the reference path (json-rules-engine with explanations), without the explanations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type LooseJson, type TestServer } from './harness';

const SUITES = ['noord-limburg/wmo-S1b.json', 'noord-limburg/jeugd-S3.json', 'maastricht-heuvelland/wmo-begeleiding.json'];
const cases: unknown[] = SUITES.flatMap((file) =>
  (JSON.parse(readFileSync(join(ROOT, 'test/regression', file), 'utf8')).cases as { case?: unknown }[]).flatMap((c) => (c.case ? [c.case] : [])),
);

/** What both paths must agree on, in a stable order. */
function outcome(decision: LooseJson) {
  return {
    rulesetId: decision.rulesetId,
    version: decision.version,
    findings: (decision.findings as LooseJson[]).map((f) => `${f.ruleId} ${f.code} ${f.severity}`).sort(),
    undecided: (decision.undecidedRules as LooseJson[]).map((r) => `${r.ruleId} ${r.code}`).sort(),
    missing: (decision.missing as LooseJson[]).map((m) => `${m.fact}${m.path ?? ''} ${[...m.rules].sort().join(',')}`).sort(),
  };
}

describe.each(DIALECTS)('evaluate with the compiled evaluator (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(async () => server?.close());

  it('gives the same outcome per case as the reference batch, without explanations', async () => {
    expect(cases.length).toBeGreaterThan(40);
    const reference = await server.call('POST', '/api/evaluate', { body: { cases } });
    const compiled = await server.call('POST', '/api/evaluate', { body: { cases, uitleg: false } });
    expect(reference.status).toBe(200);
    expect(compiled.status).toBe(200);
    expect(compiled.json.summary).toEqual(reference.json.summary);
    const firing = (reference.json.decisions as LooseJson[]).filter((d) => d.decision?.findings.length > 0).length;
    expect(firing).toBeGreaterThan(10);
    for (const [i, entry] of (reference.json.decisions as LooseJson[]).entries()) {
      const other = compiled.json.decisions[i];
      expect(other.index).toBe(entry.index);
      if (entry.error) expect(other.error).toEqual(entry.error);
      else {
        expect(outcome(other.decision)).toEqual(outcome(entry.decision));
        for (const finding of other.decision.findings) expect(finding.explanation).toBeUndefined();
      }
    }
  });

  it('answers a single case without explanation and reports bad cases per index, as the reference does', async () => {
    const single = await server.call('POST', '/api/evaluate', { body: { case: cases[0], uitleg: false } });
    expect(single.status).toBe(200);
    expect(single.json.findings).toBeDefined();
    expect(single.json.contentHash).toBeUndefined();
    const bad = await server.call('POST', '/api/evaluate', { body: { cases: [cases[0], { ...(cases[0] as object), gemeente: 'atlantis' }], uitleg: false } });
    expect(bad.json.summary).toEqual({ total: 2, errors: 1 });
    expect(bad.json.decisions[1].error.code).toBe('GEMEENTE_ONBEKEND');
    const notBoolean = await server.call('POST', '/api/evaluate', { body: { case: cases[0], uitleg: 'nee' } });
    expect(notBoolean.status).toBe(400);
    expect(JSON.stringify(notBoolean.json.issues)).toContain('/uitleg');
  });
});
