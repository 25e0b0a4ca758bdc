import { describe, expect, it } from 'vitest';
import { SturingError } from '../model/errors';
import { fromWorkerFailure, toWorkerFailure } from './worker-error';

describe('worker errors', () => {
  it('carry a SturingError across structured clone with code, message and issues', () => {
    const original = new SturingError('CASUS_ONGELDIG', 'De casus is ongeldig: /gemeente ontbreekt', [{ path: '/gemeente', message: 'ontbreekt' }]);
    const back = fromWorkerFailure(structuredClone(toWorkerFailure(original)));
    expect(back).toBeInstanceOf(SturingError);
    expect(back).toMatchObject({ code: 'CASUS_ONGELDIG', message: original.message, issues: original.issues });
  });

  it('carry any other error as a plain Error with its message, and a missing failure as the fallback', () => {
    const back = fromWorkerFailure(structuredClone(toWorkerFailure(new TypeError('stuk'))));
    expect(back).not.toBeInstanceOf(SturingError);
    expect(back.message).toBe('stuk');
    expect(toWorkerFailure('tekst')).toEqual({ message: 'tekst' });
    expect(fromWorkerFailure(undefined, 'impactworker faalde').message).toBe('impactworker faalde');
  });
});
