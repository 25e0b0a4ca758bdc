/** Deep copy of JSON data (the engine is isomorphic: no structuredClone in its lib). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
