/** Browser stand-in for ajv-formats: the formats are already compiled into the standalone validators. */
export default function addFormats<T>(ajv: T): T {
  return ajv;
}
