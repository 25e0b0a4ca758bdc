// Rule-set text and case ids with markup or terminal control codes: Markdown output renders them as text, terminal output strips them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const HOSTILE = '<img src=x onerror=alert(1)> [klik](javascript:alert(2)) ![p](https://e.invalid/x.png) | **vet** `c` <script>alert(3)</script>';
const ANSI = '\u001b[31mROOD\u001b[0m\u001b]0;titel\u0007\u001b[2J';

const tmp = mkdtempSync(join(tmpdir(), 'sturing-escape-'));
const rules = join(tmp, 'rules');
cpSync(join(root, 'rules'), rules, { recursive: true });
const s1bFile = join(rules, 'noord-limburg/wmo/S1b/v1.json');
const s1b = JSON.parse(readFileSync(s1bFile, 'utf8'));
s1b.policy.typering = `Fictief ${HOSTILE}`;
s1b.title = `Fictief ${HOSTILE} ${ANSI}`;
writeFileSync(s1bFile, JSON.stringify(s1b, null, 2));
const sharedFile = join(rules, 'shared/toegang.json');
writeFileSync(
  sharedFile,
  readFileSync(sharedFile, 'utf8').replace(
    "De toegang heeft '{element}' vastgesteld",
    `${JSON.stringify(ANSI).slice(1, -1)} De toegang heeft '{element}' vastgesteld`,
  ),
);

/** The elements a Markdown renderer made that the report itself does not use. */
function injected(html: string): string[] {
  return [...html.matchAll(/<(img|script|a|iframe|svg)\b[^>]*>/gi)].map((m) => m[0]).concat([...html.matchAll(/<[^>]*\son\w+=[^>]*>/gi)].map((m) => m[0]));
}

describe('Markdown output escapes data', () => {
  it('matrix --format md: hostile typering renders as text, no element or handler of its own, the table keeps its columns', async () => {
    const run = sturing(['matrix', '--region', 'noord-limburg', '--format', 'md', '--as-of', '2023-03-01', '--rules', rules]);
    expect(run.code, run.stderr).toBe(0);
    const html = await marked.parse(run.stdout);
    expect(injected(html), html.slice(0, 3000)).toEqual([]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const row = run.stdout.split('\n').find((l) => l.startsWith('| S1b (v1) |'));
    expect(row).toBeDefined();
    // Columns: segment, typering, perceel and four elements; an unescaped | in the typering would add one.
    expect(row!.split(/(?<!\\)\|/).length - 2).toBe(7);
  });

  it('impact --format md: hostile case ids render as text', async () => {
    const example = JSON.parse(readFileSync(join(root, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
    const cases = join(tmp, 'casussen.json');
    const draft = structuredClone(s1b);
    draft.policy.percelen.regionaal.toegang.hoe = 'toegang';
    const draftFile = join(tmp, 'concept.json');
    writeFileSync(draftFile, JSON.stringify(draft));
    writeFileSync(cases, JSON.stringify([{ ...example, id: `fictief ${HOSTILE}` }]));
    const run = sturing(['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', draftFile, '--cases', cases, '--rules', rules]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('fictief');
    const html = await marked.parse(run.stdout);
    expect(injected(html)).toEqual([]);
  });
});

describe('terminal output strips control codes', () => {
  it('evaluate --format text prints no escape sequences from rule-set text', () => {
    const run = sturing(['evaluate', '--case', 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json', '--format', 'text', '--rules', rules]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('ROOD');
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
  });
});
