// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { storedToken, storeToken, takeTokenFromFragment } from './session';

describe('session', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('takes #token=… from the fragment, stores it and cleans the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc%2B123');
    expect(takeTokenFromFragment(window.location, window.history, window.sessionStorage)).toBe('abc+123');
    expect(storedToken(window.sessionStorage)).toBe('abc+123');
    expect(window.location.hash).toBe('#/');
  });

  it('leaves other fragments alone', () => {
    window.history.replaceState(null, '', '/#/regels/noord-limburg/wmo/S1b');
    expect(takeTokenFromFragment(window.location, window.history, window.sessionStorage)).toBeUndefined();
    expect(window.location.hash).toBe('#/regels/noord-limburg/wmo/S1b');
  });

  it('forgets the token on sign-out', () => {
    storeToken(window.sessionStorage, 't');
    storeToken(window.sessionStorage, undefined);
    expect(storedToken(window.sessionStorage)).toBeUndefined();
  });
});
