import { describe, expect, it } from 'vitest';
import { jsonDepthProblem, MAX_JSON_DEPTH } from './json-depth';

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('jsonDepthProblem', () => {
  it('accepts nesting up to the bound, including exactly the bound', () => {
    expect(jsonDepthProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonDepthProblem({ a: [1, { b: 'x' }], c: null })).toBeUndefined();
  });

  it('names the pointer one level past the bound', () => {
    const problem = jsonDepthProblem(nested(MAX_JSON_DEPTH + 1));
    expect(problem?.code).toBe('TE_DIEP_GENEST');
    expect((problem?.path ?? '').split('/').length - 1).toBe(MAX_JSON_DEPTH);
  });

  it('handles 200,000 levels without overflowing the stack', () => {
    expect(jsonDepthProblem(nested(200_000))?.message).toContain('te diep genest');
  });
});
