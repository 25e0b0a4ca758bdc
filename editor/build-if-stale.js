#!/usr/bin/env node
// Builds the editor (vite build → editor/dist) unless editor/dist is a production build newer than its sources;
// `npm start` runs this first. The build always runs with NODE_ENV=production, whatever the caller's NODE_ENV
// (a test run sets "test", which would otherwise give a React development build). `--force` always rebuilds.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_INFO, developmentFiles, newest, staleReason } from './build-check.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'editor', 'dist');
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

const sourcesAt = Math.max(...sources.map((s) => newest(join(root, s))));
const reason = process.argv.includes('--force') ? 'opnieuw bouwen gevraagd' : staleReason(dist, sourcesAt);
if (!reason) {
  console.log('editor/dist is actueel');
} else {
  console.log(`${reason}: editor bouwen…`);
  const result = spawnSync('npx', ['vite', 'build', '--config', 'editor/vite.config.ts', '--mode', 'production', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
  else if (developmentFiles(dist).length > 0) {
    console.error(`editor/dist bevat React-ontwikkelcode na het bouwen: ${developmentFiles(dist).join(', ')}`);
    process.exitCode = 1;
  } else writeFileSync(join(dist, BUILD_INFO), `${JSON.stringify({ nodeEnv: 'production', builtAt: new Date().toISOString() })}\n`);
}
