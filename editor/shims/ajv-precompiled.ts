/** Browser stand-in for ajv's Ajv2020: getSchema($id) returns the validator precompiled at build time (see ajv-standalone-plugin.ts). */
// @ts-expect-error virtual module provided by the Vite plugin
import validators from 'virtual:sturing-schema-validators';

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };

export default class PrecompiledAjv {
  addSchema(): this {
    return this;
  }
  getSchema(id: string): Validator | undefined {
    return (validators as Record<string, Validator>)[id];
  }
}
