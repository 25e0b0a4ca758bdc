/** NDJSON for the bulk measurements: one case per line, the way a bulk input file is split into batches without parsing it. */

/** Serialises cases into batches of NDJSON text of `batchSize` cases each. */
export function toNdjsonBatches(cases: readonly unknown[], batchSize: number): string[] {
  const batches: string[] = [];
  for (let i = 0; i < cases.length; i += batchSize)
    batches.push(
      cases
        .slice(i, i + batchSize)
        .map((c) => JSON.stringify(c))
        .join('\n'),
    );
  return batches;
}

/** Parses a batch of NDJSON text (empty lines skipped). */
export function parseNdjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
