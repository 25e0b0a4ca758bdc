import { describe, expect, it } from 'vitest';
import { FUNDING_SCHEMAS } from '../../../../engine/src/funding';
import { modelName } from './model-name';

describe('modelName', () => {
  it('gives every model a Dutch name instead of its id', () => {
    const ids = Object.keys(FUNDING_SCHEMAS).map((file) => file.replace('.schema.json', ''));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(modelName(id), id).not.toBe(id);
    expect(modelName('traject-jaargrens')).toBe('Traject met jaargrens');
    expect(modelName('shared-savings')).toBe('Gedeelde besparing (shared savings)');
  });
});
