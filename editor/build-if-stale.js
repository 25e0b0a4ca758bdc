#!/usr/bin/env node
// Builds the editor (vite build → editor/dist) when editor/dist is missing or older than its sources; `npm start` runs this first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'editor', 'dist', 'index.html');
const sources = [
  'editor/src',
  'editor/index.html',
  'editor/vite.config.ts',
  'editor/monaco-dutch-plugin.ts',
  'engine/src',
  'engine/schemas',
  'rules/shared',
  'package-lock.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((s) => newest(join(root, s))));
if (builtAt >= sourcesAt) {
  console.log('editor/dist is actueel');
} else {
  console.log(builtAt === 0 ? 'editor/dist ontbreekt: editor bouwen…' : 'editor/dist is verouderd: editor bouwen…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'editor/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}
