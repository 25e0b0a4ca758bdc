/** Reads a region's code mapping from the rules folder: region.json (gemeentecodes, AGB codes) and productcodes.json. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CodeMapping, type ProductCodeTable } from '../src/messages/code-mapping';
import type { Region } from '../src/model/rule-set';
import { readJsonFile } from './file-repository';

/** Every rules/<region>/productcodes.json under a rules root. */
export function readProductCodeTables(root: string): ProductCodeTable[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => join(root, name, 'productcodes.json'))
    .filter((file) => existsSync(file))
    .map((file) => readJsonFile(file) as ProductCodeTable);
}

/** The code mapping of the given regions with the product-code tables of the rules folder. */
export function codeMappingFrom(regions: readonly Region[], root: string): CodeMapping {
  return new CodeMapping(regions, readProductCodeTables(root));
}
