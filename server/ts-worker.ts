/**
 * A worker thread running a TypeScript entry. The sources are TypeScript (no build step): the worker first
 * registers tsx's loader, as bin/sturing.js does, then imports its entry. (Node 20 ignores `--import` in a
 * worker's execArgv, hence the small eval bootstrap.)
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const TSX_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;

/** Starts `entry` (a module URL) in a new worker thread. */
export function startTsWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
