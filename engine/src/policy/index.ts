/** Policy as text for people: summary in Dutch, semantic diff between versions, the segment matrix (data, Markdown, HTML). Depends on rules/ and below. */
export * from './policy-text';
export * from './segment-matrix';
export * from './segment-matrix-html';
export * from './segment-matrix-markdown';
export * from './semantic-diff';
