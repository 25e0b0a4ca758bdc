/**
 * A 301 allocation (ToegewezenProduct) as a case: gemeente from the sender, domain/segment/perceel from the product-code
 * table, toewijzing type from its shape, intensity from Omvang, indication period from the dates, provider from
 * ReferentieAanbieder. The WAT is not in a message: it stays absent (a missing fact), never invented. The case id is the
 * gemeentecode with the allocation number, never the BSN.
 */
import { CODE_LISTS } from './code-lists';
import type { CodeMapping, MappedProvider, ProductCodeEntry } from './code-mapping';
import type { AllocationItem, Place, RequestItem } from './message-reader';

export type AllocationShape = 'specifiek' | 'aspecifiek' | 'generiek';

/** DOMAIN §10: Omvang → specifiek; only a product category (no code, no volume) → aspecifiek; only a budget → generiek. */
export function allocationShape(item: Pick<AllocationItem, 'omvang' | 'product' | 'budget'>): AllocationShape {
  if (item.omvang) return 'specifiek';
  if (item.product) return 'aspecifiek';
  return 'generiek';
}

export interface MappingProblem extends Place {
  code: 'GEMEENTECODE_ONBEKEND' | 'PRODUCTCODE_ONBEKEND' | 'AANBIEDER_ONBEKEND' | 'PRODUCT_ONTBREEKT';
  message: string;
  bericht?: string;
}

export interface CaseFromMessage {
  caseData: Record<string, unknown>;
  regio: string;
  /** The provider the message went to (Ontvanger) or came from, when its AGB code is known. */
  aanbieder?: MappedProvider;
  toewijzing: AllocationShape;
  product?: { categorie: string; code?: string; omschrijving: string };
}

/** Age in whole years on `date`. */
export function ageOn(birthDate: string, date: string): number {
  if (isDigitDate(birthDate) && isDigitDate(date)) {
    // Fast path for the reader's checked dates: YYYYMMDD as numbers, compared without slicing.
    const birth = dateNumber(birthDate);
    const on = dateNumber(date);
    return Math.floor(on / 10_000) - Math.floor(birth / 10_000) - (on % 10_000 < birth % 10_000 ? 1 : 0);
  }
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const bd = Number(birthDate.slice(8, 10));
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** YYYY-MM-DD with digits only (not necessarily a calendar date). */
function isDigitDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** YYYY-MM-DD (digits checked) as the number YYYYMMDD. */
function dateNumber(value: string): number {
  let n = 0;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7) n = n * 10 + value.charCodeAt(i) - 48;
  return n;
}

/** Dutch text of an intensity: "2 uur per week". */
export function describeOmvang(omvang: { volume: number; eenheid: string; frequentie: string }, domein: 'wmo' | 'jeugd'): string {
  const key = `${domein}|${omvang.eenheid}|${omvang.frequentie}`;
  let unitAndFrequency = UNIT_AND_FREQUENCY.get(key);
  if (unitAndFrequency === undefined) {
    const unit = CODE_LISTS[domein].Eenheid[omvang.eenheid]?.toLowerCase() ?? omvang.eenheid;
    const frequency = CODE_LISTS[domein].Frequentie[omvang.frequentie]?.toLowerCase() ?? omvang.frequentie;
    unitAndFrequency = `${unit} ${frequency}`;
    // Codes come from checked code lists, so the cache stays small; a bound keeps it so for any caller.
    if (UNIT_AND_FREQUENCY.size > 1_000) UNIT_AND_FREQUENCY.clear();
    UNIT_AND_FREQUENCY.set(key, unitAndFrequency);
  }
  return `${omvang.volume} ${unitAndFrequency}`;
}

/** "uur per week" by domain, unit code and frequency code. */
const UNIT_AND_FREQUENCY = new Map<string, string>();

function mappingProblem(item: AllocationItem | RequestItem, code: MappingProblem['code'], text: string, path = item.place.path): MappingProblem {
  return { ...item.place, path, code, message: text, bericht: item.message.identificatie };
}

/** Turns an allocation (or a 315/317 request) into a case, or a mapping problem naming the place. */
export function allocationToCase(item: AllocationItem | RequestItem, mapping: CodeMapping): CaseFromMessage | MappingProblem {
  const { message, product } = item;
  const fromGemeente = message.bericht === '301';
  const gemeentecode = fromGemeente ? message.afzender : message.ontvanger;
  const agb = fromGemeente ? message.ontvanger : message.afzender;
  const candidates = mapping.gemeenteInRegions(gemeentecode);
  // A municipality in several regions: the region whose product-code table knows the product (looked up once).
  let gemeente = candidates[0];
  let entry: ProductCodeEntry | undefined;
  if (gemeente && product) {
    entry = mapping.product(gemeente.regio, message.domein, product.categorie, product.code, item.ingangsdatum);
    for (let i = 1; !entry && i < candidates.length; i++) {
      entry = mapping.product(candidates[i].regio, message.domein, product.categorie, product.code, item.ingangsdatum);
      if (entry) gemeente = candidates[i];
    }
  }
  if (!gemeente)
    return mappingProblem(
      item,
      'GEMEENTECODE_ONBEKEND',
      `Gemeentecode ${gemeentecode} hoort bij geen enkele regio.`,
      `/Bericht/Header/${fromGemeente ? 'Afzender' : 'Ontvanger'}`,
    );
  const date = item.soort === 'toewijzing' ? item.toewijzingsdatum : message.dagtekening;
  const toewijzing = allocationShape(item);
  if (!product)
    return mappingProblem(
      item,
      'PRODUCT_ONTBREEKT',
      toewijzing === 'generiek'
        ? 'Generieke toewijzing (alleen een budget): het bericht noemt geen product, dus het segment is niet te bepalen.'
        : 'De toewijzing noemt geen product; het segment is niet te bepalen.',
      `${item.place.path}/Product`,
    );
  if (!entry) {
    const what = product.code ? `Productcode ${product.code} (categorie ${product.categorie})` : `Productcategorie ${product.categorie} (aspecifiek)`;
    return mappingProblem(
      item,
      'PRODUCTCODE_ONBEKEND',
      `${what} staat niet in de productcodetabel van regio ${gemeente.regio} op ${item.ingangsdatum}.`,
      `${item.place.path}/Product`,
    );
  }
  const provider = mapping.provider(agb);
  const referentie = item.soort === 'toewijzing' ? item.referentieAanbieder : undefined;

  let hoe: Record<string, unknown> | undefined;
  if (toewijzing === 'specifiek' && item.omvang) {
    hoe = {
      product: { waarde: product.code ?? product.categorie, vastgesteldDoor: 'toegang' },
      intensiteit: {
        waarde: describeOmvang(item.omvang, message.domein),
        vastgesteldDoor: 'toegang',
        eenheid: item.omvang.eenheid,
        frequentie: item.omvang.frequentie,
      },
    };
  }
  if (referentie) {
    const referenced = mapping.provider(referentie) ?? provider;
    (hoe ??= {}).aanbieder = { waarde: referenced?.id ?? referentie, vastgesteldDoor: 'toegang' };
  }
  const besluit: Record<string, unknown> = { indicatie: { van: item.ingangsdatum, tot: item.einddatum ?? null } };
  if (hoe) besluit.hoe = hoe;
  const caseData: Record<string, unknown> = {
    id: item.toewijzingNummer ? `${gemeentecode}-${item.toewijzingNummer}` : `${gemeentecode}-${message.identificatie}-${item.place.line}`,
    gemeente: gemeente.gemeente,
    domein: entry.domein,
    segment: entry.segment,
    perceel: entry.perceel,
    datum: date,
    toewijzing,
    besluit,
  };
  if (item.geboortedatum) caseData.client = { leeftijd: Math.max(0, Math.min(130, ageOn(item.geboortedatum, date))) };
  if (item.budget) caseData.bedragen = { budget: item.budget };
  return {
    caseData,
    regio: gemeente.regio,
    aanbieder: provider,
    toewijzing,
    product: { ...product, omschrijving: entry.omschrijving },
  };
}

export function isMappingProblem(value: CaseFromMessage | MappingProblem): value is MappingProblem {
  return 'code' in value && 'message' in value && !('caseData' in value);
}
