// What users read (rule-set texts shown in the editor, the matrix and exports; schema titles and descriptions shown as
// form help) never names internal documents: no "DOMAIN §…", no seed numbers, no Markdown file names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';

const INTERNAL = /DOMAIN|§\s?\d+\.\d+|\bseed \d{3}\b|\b\d{3}-[a-z-]+\.md\b/;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return path.endsWith('.json') ? [path] : [];
  });
}

function strings(value: unknown, pointer: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([pointer, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${pointer}/${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${pointer}/${k}`, out);
  return out;
}

describe('no internal references in user-facing texts', () => {
  it.each(['rules', 'engine/schemas'])('%s', (dir) => {
    const found = jsonFiles(join(ROOT, dir)).flatMap((file) =>
      strings(JSON.parse(readFileSync(file, 'utf8')), '', [])
        .filter(([, text]) => INTERNAL.test(text))
        .map(([pointer, text]) => `${relative(ROOT, file)}#${pointer}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
