import { describe, expect, it } from 'vitest';
import { applyMergePatch, patchedPointers } from './merge-patch';

describe('JSON Merge Patch (RFC 7396)', () => {
  it('follows the RFC examples', () => {
    const target = { title: 'Goodbye!', author: { givenName: 'John', familyName: 'Doe' }, tags: ['example', 'sample'], content: 'This will be unchanged' };
    const patch = { title: 'Hello!', phoneNumber: '+01-123-456-7890', author: { familyName: null }, tags: ['example'] };
    expect(applyMergePatch(target, patch)).toEqual({
      title: 'Hello!',
      author: { givenName: 'John' },
      tags: ['example'],
      content: 'This will be unchanged',
      phoneNumber: '+01-123-456-7890',
    });
  });

  it('does not modify its inputs', () => {
    const target = { a: { b: 1 } };
    const patch = { a: { c: [1] } };
    const result = applyMergePatch(target, patch) as { a: { c: number[] } };
    result.a.c.push(2);
    expect(target).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { c: [1] } });
  });

  it('ignores prototype-polluting keys', () => {
    const result = applyMergePatch({}, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.polluted).toBeUndefined();
  });

  it('lists the leaves a patch touches', () => {
    expect(patchedPointers({ percelen: { lokaal: { bekostiging: { vorm: 'plek' } }, 'a/b': 1 } })).toEqual([
      '/percelen/lokaal/bekostiging/vorm',
      '/percelen/a~1b',
    ]);
  });
});
