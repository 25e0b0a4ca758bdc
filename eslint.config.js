// ESLint flat config: typescript-eslint's recommended rules, zero warnings allowed (npm test runs with --max-warnings 0),
// and the layer rules (docs/layers.md): the engine core imports no app or adapter, only bin/ and the CLI's own tests
// import the CLI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** no-restricted-imports with regex patterns on the import string. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map(([regex, message]) => ({ regex, message })) }] });
const NO_CLI = ['(^|/)engine/cli(/|$)', 'The CLI is an app: nothing imports it but bin/ and its own tests (test/cli/). Use the library module it uses.'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'editor/dist/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['engine/src/**/*.ts'],
    ignores: ['engine/src/**/*.test.ts'],
    rules: restrict([
      '(^|/)(server|cli|node)(/|$)',
      'engine/src is the isomorphic core: it never imports server/, the CLI (engine/cli) or the node adapters (engine/node).',
    ]),
  },
  {
    // Tests beside the engine's modules run in node and may load rule files through the file repository.
    files: ['engine/src/**/*.test.ts'],
    rules: restrict(['(^|/)(server|cli)(/|$)', 'Engine tests use the library, not server/ or the CLI.']),
  },
  {
    files: ['engine/node/**/*.ts'],
    rules: restrict(['(^|/)(server|cli)(/|$)', 'The node adapters sit below the apps: no imports of server/ or the CLI.']),
  },
  {
    files: ['server/**/*.ts', 'editor/**/*.ts', 'editor/**/*.tsx', 'scripts/**/*.ts', 'test/**/*.ts'],
    ignores: ['test/cli/**'],
    rules: restrict(NO_CLI),
  },
  {
    // Server and editor use the engine through its layer surfaces (engine/src/<layer>/index.ts, engine/node/index.ts).
    files: ['server/**/*.ts', 'editor/**/*.ts', 'editor/**/*.tsx'],
    rules: restrict(NO_CLI, [
      '(^|/)engine/(src/[a-z-]+|node)/[^/]+',
      'Import the engine through the layer: engine/src/<layer> (its index.ts) or engine/node, not a module inside it.',
    ]),
  },
);
