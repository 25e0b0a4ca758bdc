import { describe, expect, it } from 'vitest';
import { dutchJsonWorkerMessage } from './json-worker-messages';

describe('dutchJsonWorkerMessage', () => {
  it('puts the JSON worker’s schema messages in Dutch, keeping the values', () => {
    expect(dutchJsonWorkerMessage('Value is not accepted. Valid values: "pxq", "traject", "plek".')).toBe(
      'Ongeldige waarde; toegestaan: "pxq", "traject", "plek".',
    );
    expect(dutchJsonWorkerMessage('Incorrect type. Expected "number".')).toBe('Verkeerd type; verwacht: getal.');
    expect(dutchJsonWorkerMessage('Missing property "vorm".')).toBe('Verplicht veld "vorm" ontbreekt.');
    expect(dutchJsonWorkerMessage('Property foo is not allowed.')).toBe('Onbekend veld foo.');
    expect(dutchJsonWorkerMessage('Value is above the maximum of 100.')).toBe('Mag hoogstens 100 zijn.');
  });
  it('and its syntax messages', () => {
    expect(dutchJsonWorkerMessage('Expected comma')).toBe('Komma verwacht.');
    expect(dutchJsonWorkerMessage('Property keys must be doublequoted')).toBe('Veldnamen staan tussen dubbele aanhalingstekens.');
  });
  it('leaves an unknown message (and prototype names) alone', () => {
    expect(dutchJsonWorkerMessage('Something new')).toBe('Something new');
    expect(dutchJsonWorkerMessage('constructor')).toBe('constructor');
  });
});
