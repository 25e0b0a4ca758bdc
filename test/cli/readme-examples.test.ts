// Every `sturing` and `curl` example in the README runs as written, against this checkout and — for the examples that
// talk to a server or its store — a real server on a free port with a real SQLite store. An example exits 0 unless
// its README comment says "today: exit 1". The npm scripts (`npm install`, `npm start`, `npm test`, `npm run bench`, the
// editor build) are the gate and the product themselves and are not run from here.
import { exec } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startTestServer, type TestServer } from '../api/harness';

const run = promisify(exec);

interface Example {
  command: string;
  comment: string;
}

/** The shell examples of the README: ```sh blocks, continuation lines joined, the trailing comment apart. */
function readmeExamples(markdown: string): Example[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1].replace(/\\\n\s*/g, ' ').split('\n'))
    .map((line) => ({ command: line.replace(/\s+#\s.*$/, '').trim(), comment: /\s+#\s(.*)$/.exec(line)?.[1] ?? '' }))
    .filter(({ command }) => /(^|\|\s*)npx sturing |^curl /.test(command));
}

const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
/** The examples' /tmp files go to a directory of this run's own. */
const tmp = mkdtempSync(join(tmpdir(), 'sturing-readme-'));

describe('README examples', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.map((e) => e.command)).toContain('npx sturing calc --list');
  });

  // In README order: later examples use files earlier ones wrote (/tmp/nl-2019.jsonl, /tmp/traject.json).
  it.each(examples.map((e, i) => [i + 1, e.command, e] as const))(
    '%i: %s',
    async (_n, _title, example) => {
      const { dataDir } = server.config as { dataDir: string };
      const command = example.command
        .replace(/\/tmp\//g, `${tmp}/`)
        .replace(/npx sturing /g, `node ${join(ROOT, 'bin', 'sturing.js')} `)
        .replace(/http:\/\/localhost:3000|localhost:3000/g, server.url)
        .replace(/--data-dir data\b/g, `--data-dir ${dataDir}`);
      let stdout = '';
      let code = 0;
      try {
        ({ stdout } = await run(command, {
          cwd: ROOT,
          shell: '/bin/bash',
          env: { ...process.env, TOKEN: server.tokens.beleidsmedewerker },
          maxBuffer: 64 * 1024 * 1024,
        }));
      } catch (e) {
        ({ stdout, code } = e as { stdout: string; code: number });
      }
      expect(code).toBe(/today: exit 1\b/.test(example.comment) ? 1 : 0);
      // What the example prints, or writes with `>` or --out, is there.
      const file = / > (\S+)$/.exec(command)?.[1] ?? / --out (\S+)/.exec(command)?.[1];
      if (file) expect(readFileSync(file).length).toBeGreaterThan(0);
      else expect(stdout.trim().length).toBeGreaterThan(0);
      if (command.startsWith('curl ')) expect(stdout).not.toMatch(/"status":\s*[45]\d\d/);
    },
    300_000,
  );
});
