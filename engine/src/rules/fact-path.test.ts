import { describe, expect, it } from 'vitest';
import { isValidFactPath, parseFactPath, resolveFactPath } from './fact-path';

describe('fact paths', () => {
  const value = { besluit: { hoe: { 'soort-hulp': { waarde: 'begeleiding' } }, doelen: ['a', 'b'] }, leeg: null };

  it('resolves dotted paths with hyphens and indices', () => {
    expect(resolveFactPath(value, '$.besluit.hoe.soort-hulp.waarde')).toBe('begeleiding');
    expect(resolveFactPath(value, '$.besluit.doelen[1]')).toBe('b');
  });

  it('resolves JSON pointers', () => {
    expect(resolveFactPath(value, '/besluit/hoe/soort-hulp/waarde')).toBe('begeleiding');
  });

  it('gives undefined for a missing step, never throws', () => {
    expect(resolveFactPath(value, '$.besluit.wat.doelen')).toBeUndefined();
    expect(resolveFactPath(value, '$.leeg.x')).toBeUndefined();
    expect(resolveFactPath(undefined, '$.a')).toBeUndefined();
  });

  it('does not walk the prototype chain', () => {
    expect(resolveFactPath({}, '$.constructor')).toBeUndefined();
    expect(resolveFactPath({}, '$.__proto__')).toBeUndefined();
  });

  it('rejects paths it does not understand', () => {
    expect(isValidFactPath('$..doelen')).toBe(false);
    expect(isValidFactPath('besluit.hoe')).toBe(false);
    expect(() => parseFactPath('$[*]')).toThrow(/Ongeldig feitpad/);
  });
});
