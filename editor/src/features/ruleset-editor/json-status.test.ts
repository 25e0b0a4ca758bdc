import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from './json-status';

describe('jsonSyntaxProblem', () => {
  it('is undefined for JSON', () => {
    expect(jsonSyntaxProblem('{"a": 1}')).toBeUndefined();
  });
  it('names the line and column of the first problem, in Dutch', () => {
    const problem = jsonSyntaxProblem('{\n  "a": 1,\n  "b": ]\n}');
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.column).toBeGreaterThan(1);
    expect(problem?.message).toMatch(/^De tekst kan niet als JSON worden gelezen: regel 3, kolom \d+\.$/);
  });
  it('points at the end for a text cut off', () => {
    expect(jsonSyntaxProblem('{\n  "a": [1, 2')).toMatchObject({ line: 2 });
  });
  it('calls an empty text unreadable', () => {
    expect(jsonSyntaxProblem('  ')?.message).toMatch(/leeg/);
  });
});
