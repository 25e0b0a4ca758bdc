/** The error a funding model throws for input the schema accepts but the arithmetic cannot (e.g. a zero plafond). */
import { SturingError } from '../model/errors';

/** Throws INVOER_ONGELDIG naming the field by JSON pointer, with a Dutch message. */
export function invalidInput(path: string, message: string): never {
  throw new SturingError('INVOER_ONGELDIG', `ongeldige invoer: ${path} ${message}`, [{ path, code: 'WAARDE_ONGELDIG', message }]);
}
