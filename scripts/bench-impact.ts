// Figures that used to be wall-clock assertions in tests: the in-process impact of a 22,069-case population, and health-check
// latency on the real server while a 20,000-case population impact runs in its worker. Run: npm run bench:impact
import { FileRuleRepository } from '../engine/node/file-repository';
import { chooseVersion, loadSharedRules } from '../engine/src/evaluate/evaluate-case';
import { computeImpact } from '../engine/src/impact/impact';
import { generateCases } from '../engine/src/impact/generate-cases';
import { regionSegments } from '../engine/src/impact/region-segments';
import { startTestServer } from '../test/api/harness';

const repository = new FileRuleRepository(new URL('../rules', import.meta.url).pathname);
const region = (await repository.listRegions()).find((r) => r.id === 'noord-limburg')!;
const v1 = await chooseVersion(repository, 'noord-limburg/wmo/S1b', '2022-06-01');
const population = generateCases({
  year: 2022,
  seed: 42,
  segments: await regionSegments(repository, 'noord-limburg'),
  gemeenten: region.gemeenten,
  errorRate: 0.3,
});
const t0 = performance.now();
await computeImpact({ from: v1, to: v1, sharedRules: await loadSharedRules(repository, v1), region, cases: population, trusted: true });
console.log(`impact in-process (v1 against itself, both sides evaluated), ${population.length} cases: ${Math.round(performance.now() - t0)} ms`);

const server = await startTestServer('sqlite');
try {
  const created = await server.call('POST', '/api/rulesets/noord-limburg/wmo/S1b/drafts', { body: {} });
  const pending = server.call('POST', '/api/impact', {
    role: 'lezer',
    body: { ruleset: 'noord-limburg/wmo/S1b', from: 1, draftId: created.json.id, population: { year: 2022, seed: 7, count: 20_000 } },
  });
  let done = false;
  void pending.then(() => (done = true));
  const latencies: number[] = [];
  const started = performance.now();
  while (!done) {
    const t = performance.now();
    await server.call('GET', '/api/health', { role: null });
    latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  await pending;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  console.log(
    `impact population 20,000 via the API: ${Math.round(performance.now() - started)} ms; ${latencies.length} health checks meanwhile, median ${p(0.5)} ms, p95 ${p(0.95)} ms, slowest ${p(1)} ms`,
  );
} finally {
  await server.close();
}
