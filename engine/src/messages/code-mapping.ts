/**
 * A region's code mapping: CBS gemeentecode ↔ gemeente id, provider AGB code ↔ provider id (both in region.json)
 * and the product-code table (category/code → domain, segment and perceel, with effective dates).
 */
import type { Issue } from '../model/errors';
import type { Region } from '../model/rule-set';
import { validateAgainstSchema } from '../model/schemas';

export type MessageDomain = 'wmo' | 'jeugd';

export interface ProductCodeEntry {
  domein: MessageDomain;
  categorie: string;
  /** Absent: the entry for aspecifiek allocations (category only). */
  code?: string;
  omschrijving: string;
  segment: string;
  perceel: string;
  geldigVanaf: string;
  geldigTot?: string | null;
}

export interface ProductCodeTable {
  $schema?: string;
  regio: string;
  toelichting?: string;
  producten: ProductCodeEntry[];
  source: unknown[];
}

export interface MappedGemeente {
  regio: string;
  gemeente: string;
  naam: string;
}

export interface MappedProvider {
  regio: string;
  id: string;
  naam: string;
}

/** Lookups built once from the regions and their product-code tables. */
export class CodeMapping {
  private readonly gemeenten = new Map<string, MappedGemeente[]>();
  private readonly providers = new Map<string, MappedProvider>();
  private readonly products = new Map<string, ProductCodeEntry[]>();

  constructor(
    readonly regions: readonly Region[],
    tables: readonly ProductCodeTable[],
  ) {
    for (const region of regions) {
      for (const g of region.gemeenten) {
        if (!g.gemeentecode) continue;
        const list = this.gemeenten.get(g.gemeentecode) ?? [];
        list.push({ regio: region.id, gemeente: g.id, naam: g.naam });
        this.gemeenten.set(g.gemeentecode, list);
      }
      for (const a of region.aanbieders ?? []) this.providers.set(a.agb, { regio: region.id, id: a.id, naam: a.naam });
    }
    for (const table of tables) {
      for (const entry of table.producten) {
        const key = productKey(table.regio, entry.domein, entry.categorie, entry.code);
        const list = this.products.get(key) ?? [];
        list.push(entry);
        this.products.set(key, list);
      }
    }
  }

  /** The municipality of a gemeentecode (its first region). */
  gemeente(gemeentecode: string): MappedGemeente | undefined {
    return this.gemeenten.get(gemeentecode)?.[0];
  }

  /** Every region the municipality of a gemeentecode belongs to (a municipality may buy in several regions). */
  gemeenteInRegions(gemeentecode: string): readonly MappedGemeente[] {
    return this.gemeenten.get(gemeentecode) ?? [];
  }

  provider(agb: string): MappedProvider | undefined {
    return this.providers.get(agb);
  }

  /** The entry in force on `date` for a product code, or for the category alone when `code` is undefined. */
  product(regio: string, domein: MessageDomain, categorie: string, code: string | undefined, date: string): ProductCodeEntry | undefined {
    const list = this.products.get(productKey(regio, domein, categorie, code));
    if (list) for (const e of list) if (e.geldigVanaf <= date && (e.geldigTot == null || date <= e.geldigTot)) return e;
    return undefined;
  }
}

function productKey(regio: string, domein: string, categorie: string, code: string | undefined): string {
  return `${regio}|${domein}|${categorie}|${code ?? ''}`;
}

/**
 * Checks a product-code table: schema, the region exists, every segment and perceel exists in the region's rule sets,
 * the code starts with its category, and no two entries for the same code overlap in time.
 */
export function validateProductCodeTable(
  document: unknown,
  context: { regions: readonly Region[]; segments: ReadonlyMap<string, ReadonlySet<string>> | undefined },
): Issue[] {
  const issues = validateAgainstSchema('productcodes.schema.json', document);
  if (issues.length > 0) return issues;
  const table = document as ProductCodeTable;
  if (!context.regions.some((r) => r.id === table.regio)) {
    issues.push({ path: '/regio', code: 'REGIO_ONBEKEND', message: `regio "${table.regio}" bestaat niet` });
    return issues;
  }
  const seen = new Map<string, { index: number; entry: ProductCodeEntry }[]>();
  table.producten.forEach((entry, index) => {
    const at = `/producten/${index}`;
    if (entry.code !== undefined && !entry.code.startsWith(entry.categorie))
      issues.push({
        path: `${at}/code`,
        code: 'PRODUCTCODE_ONGELDIG',
        message: `productcode "${entry.code}" begint niet met de categorie "${entry.categorie}"`,
      });
    if (entry.geldigTot != null && entry.geldigTot < entry.geldigVanaf)
      issues.push({
        path: `${at}/geldigTot`,
        code: 'PERIODE_ONGELDIG',
        message: `einddatum ${entry.geldigTot} ligt voor de ingangsdatum ${entry.geldigVanaf}`,
      });
    const percelen = context.segments?.get(`${entry.domein}/${entry.segment}`);
    if (context.segments && !percelen)
      issues.push({
        path: `${at}/segment`,
        code: 'SEGMENT_ONBEKEND',
        message: `regio ${table.regio} heeft geen regelset ${entry.domein}/${entry.segment}`,
      });
    else if (percelen && !percelen.has(entry.perceel))
      issues.push({
        path: `${at}/perceel`,
        code: 'PERCEEL_ONBEKEND',
        message: `segment ${entry.domein}/${entry.segment} heeft geen perceel "${entry.perceel}" (wel: ${[...percelen].join(', ')})`,
      });
    const key = `${entry.domein}|${entry.categorie}|${entry.code ?? ''}`;
    const earlier = seen.get(key) ?? [];
    for (const other of earlier) {
      if (overlaps(other.entry, entry)) {
        issues.push({
          path: `${at}/geldigVanaf`,
          code: 'OVERLAP',
          message: `${entry.code ? `productcode ${entry.code}` : `categorie ${entry.categorie} (aspecifiek)`} overlapt in tijd met /producten/${other.index}`,
        });
      }
    }
    earlier.push({ index, entry });
    seen.set(key, earlier);
  });
  return issues;
}

function overlaps(a: ProductCodeEntry, b: ProductCodeEntry): boolean {
  const aEnd = a.geldigTot ?? '9999-12-31';
  const bEnd = b.geldigTot ?? '9999-12-31';
  return a.geldigVanaf <= bEnd && b.geldigVanaf <= aEnd;
}
