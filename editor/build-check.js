// Tells whether editor/dist holds an up-to-date *production* build: `npm start` must never serve a React
// development build (which a build under a test run's NODE_ENV=test produces) even when it is newer than its sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Strings that only React's development bundles contain. */
export const DEVELOPMENT_MARKERS = ['Download the React DevTools', 'react-dom-client.development', 'react-jsx-dev-runtime.development'];

/** The marker file build-if-stale writes after a production build. */
export const BUILD_INFO = 'build-info.json';

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The JavaScript files under `distDir` that contain development-only React code (empty for a production build). */
export function developmentFiles(distDir) {
  return files(distDir).filter((path) => path.endsWith('.js') && DEVELOPMENT_MARKERS.some((m) => readFileSync(path, 'utf8').includes(m)));
}

/** Newest modification time under `path` (0 when absent). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Why `distDir` must be rebuilt, in Dutch, or undefined when it is a current production build: missing, no production
 * marker (built by something else, e.g. `vite build` under NODE_ENV=test), development code inside, or older than the sources.
 */
export function staleReason(distDir, sourcesAt) {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return 'editor/dist ontbreekt';
  const infoPath = join(distDir, BUILD_INFO);
  let info;
  try {
    info = JSON.parse(readFileSync(infoPath, 'utf8'));
  } catch {
    info = undefined;
  }
  if (info?.nodeEnv !== 'production') return 'editor/dist is geen productiebuild';
  if (developmentFiles(distDir).length > 0) return 'editor/dist bevat React-ontwikkelcode';
  if (statSync(index).mtimeMs < sourcesAt) return 'editor/dist is verouderd';
  return undefined;
}
