/** Safe text output: Markdown escaping of data in generated Markdown, and control-code stripping for terminals. Depends on nothing else in the engine. */
export * from './markdown-escape';
export * from './control-codes';
