/**
 * `npm test` step: the OpenAPI document as the server serves it must be readable by standard tools.
 * 1. Starts createApp in-process on a free port (empty SQLite store in a temporary directory) and fetches
 *    /api/openapi.json.
 * 2. Generates a TypeScript client with openapi-typescript into the temporary directory and type-checks it
 *    against the API contract (server/contract): each contract type and its schema must be assignable to each
 *    other (request types one way: what the client may send must be accepted).
 * 3. Lints the document with Redocly (`redocly lint`, recommended rules): errors fail, warnings are printed.
 * Exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../server/app';
import { openDatabase } from '../server/store/database';
import { RuleStore } from '../server/store/rule-store';
import { TokenStore } from '../server/store/token-store';

const ROOT = new URL('..', import.meta.url).pathname;

/** Pairs checked both ways: [contract type, schema type]. */
const SAME: [string, string][] = [
  ['C.VersionMeta', "S['Versie']"],
  ["Omit<C.VersionWithDocument, 'document'>", "Omit<S['VersieMetDocument'], 'document'>"],
  ["Omit<C.DraftMeta, 'document'>", "Omit<S['Concept'], 'document'>"],
  ['C.Issue', "S['Issue']"],
];
/** One-way checks [from, to]: what the server sends must fit the schema, and what the schema allows must fit the contract where stated. */
const FITS: [string, string][] = [
  ['C.Problem', "S['Probleem']"],
  ["S['Concept']", 'C.DraftMeta'],
  ['C.TestRunState', "S['Testrun']"],
  // The engine types a decision's input as unknown (it echoes what was posted); the schema says object.
  ["Omit<C.ImpactResponse, 'examples'>", "Omit<S['Impactrapport'], 'examples'>"],
  ["Omit<Decision, 'input'>", "Omit<S['Beslissing'], 'input'>"],
  ['FastDecision', "S['SnelleBeslissing']"],
  // A batch of compiled decisions (uitleg: false); explained decisions are checked as Beslissing above.
  [
    "{ decisions: ({ index: number; decision: FastDecision } | { index: number; error: C.EvaluationError })[]; summary: C.BatchEvaluation['summary'] }",
    "S['Batchbeoordeling']",
  ],
  ['C.EvaluateRequest', "S['Verzoek_evaluate']"],
  ['C.ImpactRequest', "S['Verzoek_impact']"],
  ['C.PublishRequest', "S['Verzoek_publish']"],
];
/** Response bodies of operations that must fit the contract type: [operationId path expression, type]. */
const RESPONSES: [string, string][] = [
  ["paths['/api/health']['get']['responses'][200]['content']['application/json']", 'C.Health'],
  ["paths['/api/me']['get']['responses'][200]['content']['application/json']", 'C.Me'],
  ["paths['/api/tokens']['post']['responses'][201]['content']['application/json']", 'C.CreatedToken'],
  ["paths['/api/rulesets']['get']['responses'][200]['content']['application/json']['rulesets'][number]", 'C.RuleSetSummary'],
  ["paths['/api/audit']['get']['responses'][200]['content']['application/json']['entries'][number]", 'C.AuditEntry'],
];

function run(title: string, command: string, args: string[]): boolean {
  console.log(`  ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) console.log(`  ✗ ${title}`);
  return result.status === 0;
}

const dir = mkdtempSync(join(tmpdir(), 'sturing-openapi-'));
let ok = true;
try {
  const store = new RuleStore(await openDatabase({ dataDir: join(dir, 'data') }));
  const token = 'openapi-check-token';
  await new TokenStore(store.handle, () => new Date().toISOString()).add(token, { role: 'lezer', name: 'openapi-check' }, 'gate');
  const server = createApp({ store, logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/openapi.json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const document = await response.text();
  server.close();
  await store.close();
  if (response.status !== 200) throw new Error(`GET /api/openapi.json gaf ${response.status}`);
  const documentFile = join(dir, 'openapi.json');
  writeFileSync(documentFile, document);

  ok =
    run('openapi-typescript genereert een client', 'npx', ['openapi-typescript', documentFile, '--empty-objects-unknown', '-o', join(dir, 'api.d.ts')]) && ok;
  // Assignments (not conditional types), so a mismatch is reported with the property that differs.
  const both = (a: string, b: string, name: string) => `export function ${name}(a: ${a}, b: ${b}): [${b}, ${a}] {\n  return [a, b];\n}`;
  const same = SAME.map(([type, schema], i) => both(type, schema, `same${i}`));
  const fits = FITS.map(([from, to], i) => `export function fits${i}(a: ${from}): ${to} {\n  return a;\n}`);
  const responses = RESPONSES.map(([path, type], i) => both(path, type, `response${i}`));
  writeFileSync(
    join(dir, 'check.ts'),
    [
      `import type { components, paths } from './api';`,
      `import type * as C from '${join(ROOT, 'server/contract')}';`,
      `import type { Decision } from '${join(ROOT, 'engine/src/model')}';`,
      `import type { FastDecision } from '${join(ROOT, 'engine/src/evaluate')}';`,
      `type S = components['schemas'];`,
      ...same,
      ...fits,
      ...responses,
      '',
    ].join('\n'),
  );
  const tscArgs = ['tsc', '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler'];
  ok = run('de client past bij het API-contract (tsc)', 'npx', [...tscArgs, '--resolveJsonModule', join(dir, 'check.ts')]) && ok;
  ok = run('Redocly lint: geen fouten', 'npx', ['redocly', 'lint', documentFile, '--format', 'summary']) && ok;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  ok = false;
} finally {
  if (process.env.KEEP_OPENAPI_CHECK) console.log(`  bestanden bewaard in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
