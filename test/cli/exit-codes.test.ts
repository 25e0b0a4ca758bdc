// Every kind of bad input to the real `sturing` command exits 2 naming the file (never 3), and nothing bad passes silently.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[], input?: string) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-exit-'));
const file = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const example = readFileSync(join(root, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8');
const loop = join(tmp, 'lus');
symlinkSync(loop, loop);
const deep = file('diep.json', '['.repeat(200_000) + ']'.repeat(200_000));
const nullFile = file('null.json', 'null');
const badLines = file('kapot.jsonl', `${JSON.stringify(JSON.parse(example))}\n{"gemeente": \n`);
const fortyTwo = file('42.json', '42');
const empty = file('leeg.json', '');

/** A copy of rules/ with one file broken in the given way. */
function brokenRules(name: string, relativePath: string, text: string): string {
  const dir = join(tmp, name);
  cpSync(join(root, 'rules'), dir, { recursive: true });
  writeFileSync(join(dir, relativePath), text);
  return dir;
}
const s1b = JSON.parse(readFileSync(join(root, 'rules/noord-limburg/wmo/S1b/v1.json'), 'utf8'));
const sharedRulesFive = brokenRules('regels-sharedrules', 'noord-limburg/wmo/S1b/v1.json', JSON.stringify({ ...s1b, sharedRules: 5 }));
const nullVersion = brokenRules('regels-null', 'noord-limburg/wmo/S1b/v1.json', 'null');
const brokenRegion = brokenRules('regels-regio', 'noord-limburg/region.json', '{"id": "noord-limburg", "gemeenten": 3}');
const syntaxRegion = brokenRules('regels-regio-json', 'noord-limburg/region.json', '{"id": ');
const exampleFile = 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json';

/** [what, arguments, the file or text the message must name]. */
const BAD_INPUT: [string, string[], string][] = [
  ['evaluate: a missing case file', ['evaluate', '--case', join(tmp, 'bestaat-niet.json')], 'bestaat-niet.json'],
  ['evaluate: a case file that is a symlink loop', ['evaluate', '--case', loop], 'lus'],
  ['evaluate: a case file containing null', ['evaluate', '--case', nullFile], 'null.json'],
  ['evaluate: deeply nested JSON', ['evaluate', '--case', deep], 'diep.json'],
  ['evaluate: a missing --rules folder', ['evaluate', '--case', exampleFile, '--rules', join(tmp, 'geen-map')], 'geen-map'],
  ['evaluate: --rules with sharedRules: 5', ['evaluate', '--case', exampleFile, '--rules', sharedRulesFive], 'S1b/v1.json'],
  ['evaluate: --rules with a version file containing null', ['evaluate', '--case', exampleFile, '--rules', nullVersion], 'S1b/v1.json'],
  ['evaluate: --rules with a broken region.json', ['evaluate', '--case', exampleFile, '--rules', brokenRegion], 'region.json'],
  ['evaluate: --rules with region.json that is no JSON', ['evaluate', '--case', exampleFile, '--rules', syntaxRegion], 'region.json'],
  ['matrix: --rules with a broken region.json', ['matrix', '--rules', brokenRegion], 'region.json'],
  ['validate: a missing path', ['validate', join(tmp, 'bestaat-niet')], 'bestaat-niet'],
  ['validate: a symlink loop', ['validate', loop], 'lus'],
  ['validate: a file that is not a rule set (/etc/passwd)', ['validate', '/etc/passwd'], '/etc/passwd'],
  ['validate: /dev/null', ['validate', '/dev/null'], '/dev/null'],
  ['test: a missing suite', ['test', join(tmp, 'geen-suite.json')], 'geen-suite.json'],
  ['test: a suite containing null', ['test', nullFile], 'null.json'],
  ['calc: input containing null', ['calc', 'lumpsum-vaststelling', '--input', nullFile], 'null.json'],
  ['calc: deeply nested input', ['calc', 'lumpsum-vaststelling', '--input', deep], 'diep.json'],
  ['impact: a missing --cases path', ['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', '1', '--cases', join(tmp, 'x.jsonl')], 'x.jsonl'],
  ['impact: invalid JSON lines in --cases', ['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', '1', '--cases', badLines], 'kapot.jsonl'],
  ['impact: --cases containing 42', ['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', '1', '--cases', fortyTwo], '42.json'],
  ['impact: an empty --cases file', ['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', '1', '--cases', empty], 'leeg.json'],
  ['impact: --cases containing null', ['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', '1', '--cases', nullFile], 'null.json'],
  ['impact: deeply nested --cases', ['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', '1', '--cases', deep], 'diep.json'],
  ['matrix: an impossible --as-of date', ['matrix', '--as-of', '2023-02-30'], '2023-02-30'],
  ['evaluate: an impossible --as-of date', ['evaluate', '--case', exampleFile, '--as-of', '2023-02-30'], '2023-02-30'],
  ['export: a --data-dir without a store', ['export', join(tmp, 'uit'), '--data-dir', join(tmp, 'typo')], 'typo'],
  ['export: an unreachable database', ['export', join(tmp, 'uit2'), '--database-url', 'postgres://x:y@127.0.0.1:1/geen'], '127.0.0.1:1'],
];

describe('sturing exit codes for bad input', () => {
  for (const [what, args, names] of BAD_INPUT) {
    it(`${what}: exit 2, one Dutch line naming it, no stack trace`, () => {
      const run = sturing(args);
      expect(run.code, run.stderr + run.stdout).toBe(2);
      const message = run.stderr + run.stdout;
      expect(message).toContain(names);
      expect(message).not.toMatch(/interne fout|\n\s+at |Error:/);
    }, 60_000);
  }

  it('validate: deeply nested JSON is a problem found in that file (exit 1, like any invalid JSON), not a crash', () => {
    const run = sturing(['validate', deep]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/diep\.json:1:1 .*te diep genest.*\[JSON_ONGELDIG\]/);
  });

  it('export --data-dir to a missing folder creates nothing there', () => {
    const target = join(tmp, 'typo2');
    sturing(['export', join(tmp, 'uit3'), '--data-dir', target]);
    expect(() => readFileSync(join(target, 'sturing.sqlite'))).toThrow();
  });

  it('a valid rule-set folder and a good case still exit 0', () => {
    mkdirSync(join(tmp, 'ok'), { recursive: true });
    expect(sturing(['evaluate', '--case', exampleFile]).code).toBe(0);
    expect(sturing(['validate', 'rules/noord-limburg/wmo/S1b/v1.json']).code).toBe(0);
  });
});
