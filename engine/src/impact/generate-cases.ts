/**
 * Generates realistic, deterministic case populations for a region: the
 * spread over segments follows the region's real client counts (docs/domain.md
 * §4.1), municipalities by inhabitants, and a configurable share of cases
 * carries the decision errors the findings exist to catch.
 */

/** A segment to generate cases for. */
export interface GenerateSegment {
  domein: string;
  segment: string;
  /** Clients in the reference year: the weight of this segment. */
  clients: number;
  percelen: string[];
  /** Cost per client in euros (whole), for `bedragen`. */
  kostenPerClient?: number;
}

export interface GenerateOptions {
  year: number;
  seed: number;
  /** Default: the sum of the segments' clients. */
  count?: number;
  segments: GenerateSegment[];
  /** Municipalities; cases spread by inhabitants (equal when unknown). */
  gemeenten: { id: string; inwoners?: number }[];
  /** Share of cases with a deliberate decision error (0–1). Default 0.15. */
  errorRate?: number;
  /** 'realistiek' (default) or 'fuzz': every field may be absent or odd, for differential tests. */
  mode?: 'realistiek' | 'fuzz';
  /** Id prefix. Default 'GEN'. */
  idPrefix?: string;
}

/** 2019 client counts per segment (docs/domain.md §4.1, seed 003), with € per client. */
export const REGION_CLIENT_COUNTS: Record<string, Record<string, { clients: number; kostenPerClient: number }>> = {
  'noord-limburg': {
    'jeugd/S1': { clients: 448, kostenPerClient: 23827 },
    'jeugd/S2': { clients: 372, kostenPerClient: 13227 },
    'jeugd/S3': { clients: 646, kostenPerClient: 8646 },
    'jeugd/S4': { clients: 8251, kostenPerClient: 3985 },
    'wmo/S1a': { clients: 629, kostenPerClient: 8426 },
    'wmo/S1b': { clients: 2191, kostenPerClient: 3743 },
    'wmo/S2a': { clients: 1111, kostenPerClient: 4860 },
    'wmo/S2b': { clients: 1035, kostenPerClient: 5121 },
    'wmo/S3a': { clients: 7341, kostenPerClient: 2384 },
    'wmo/S3b': { clients: 45, kostenPerClient: 2222 },
  },
};

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOE_ELEMENTS = ['soort-hulp', 'product', 'intensiteit', 'duur', 'aanbieder'] as const;
const HOE_VALUES: Record<string, string[]> = {
  'soort-hulp': ['begeleiding individueel', 'begeleiding groep', 'huishoudelijke hulp', 'dagbehandeling', 'behandeling'],
  product: ['07A01', '02A05', '45A03', '41A11'],
  intensiteit: ['2 uur per week', '3 uur per week', '4 dagdelen per week', '1 etmaal per week'],
  duur: ['3 maanden', '6 maanden', '12 maanden'],
  aanbieder: ['Aanbieder A', 'Aanbieder B', 'Aanbieder C'],
};
const GOALS = ['Zelfstandig de eigen administratie bijhouden', 'Schoon en leefbaar huis', 'Dagbesteding buitenshuis', 'Veilig thuis opgroeien'];
const AREAS = ['financien', 'huishouden', 'dagbesteding', 'sociaal-netwerk', 'gezondheid', 'wonen'];
const DEFINERS = ['toegang', 'aanbieder', 'in-overleg'] as const;
const ERRORS = ['hoe-door-toegang', 'wat-ontbreekt', 'onbepaalde-tijd', 'eigen-bijdrage', 'perceel-onbekend', 'te-veel-resultaatgebieden', 'termijn'] as const;

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Apportions `count` over weights with the largest-remainder method (exact total). */
function apportion(count: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total > 0 ? (count * w) / total : 0));
  const out = exact.map(Math.floor);
  let rest = count - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++;
  return out;
}

/** Generates the population: deterministic for the same options. */
export function* generateCaseStream(options: GenerateOptions): Generator<Record<string, unknown>> {
  const random = createRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number): boolean => random() < p;
  const errorRate = options.errorRate ?? 0.15;
  const fuzz = options.mode === 'fuzz';
  const segments = options.segments.filter((s) => s.clients > 0);
  const total = options.count ?? segments.reduce((a, s) => a + s.clients, 0);
  const perSegment = apportion(
    total,
    segments.map((s) => s.clients),
  );
  const inhabitants = options.gemeenten.reduce((a, g) => a + (g.inwoners ?? 1), 0);
  const pickGemeente = (): string => {
    let r = random() * inhabitants;
    for (const g of options.gemeenten) if ((r -= g.inwoners ?? 1) < 0) return g.id;
    return options.gemeenten[options.gemeenten.length - 1].id;
  };
  const yearStart = Date.UTC(options.year, 0, 1) / 86_400_000;
  let n = 0;
  for (const [s, segment] of segments.entries()) {
    for (let k = 0; k < perSegment[s]; k++) {
      n++;
      const day = yearStart + Math.floor(random() * 365);
      const jeugd = segment.domein === 'jeugd';
      const leeftijd = jeugd ? Math.floor(random() * 18) : segment.segment === 'S2b' ? 65 + Math.floor(random() * 30) : 18 + Math.floor(random() * 70);
      const error = chance(errorRate) ? pick(ERRORS) : undefined;
      const hoe: Record<string, unknown> = {};
      for (const element of HOE_ELEMENTS) {
        if (fuzz ? chance(0.5) : chance(0.4)) {
          hoe[element] = { waarde: pick(HOE_VALUES[element]), vastgesteldDoor: fuzz ? pick(DEFINERS) : chance(0.5) ? 'aanbieder' : 'in-overleg' };
        }
      }
      if (error === 'hoe-door-toegang') {
        const element = chance(0.6) ? 'intensiteit' : pick(HOE_ELEMENTS);
        hoe[element] = { waarde: pick(HOE_VALUES[element]), vastgesteldDoor: 'toegang' };
      }
      const areaCount = error === 'te-veel-resultaatgebieden' ? 4 + Math.floor(random() * 3) : fuzz ? Math.floor(random() * 7) : 1 + Math.floor(random() * 2);
      const wat: Record<string, unknown> = {
        doelen: error === 'wat-ontbreekt' ? [] : [pick(GOALS)],
        resultaatgebieden: AREAS.slice(0, areaCount),
        vastgesteldDoor: fuzz ? pick(DEFINERS) : 'toegang',
      };
      if (fuzz && chance(0.2)) delete wat.doelen;
      if (fuzz && chance(0.2)) delete wat.vastgesteldDoor;
      const months = jeugd ? 12 : 3 + Math.floor(random() * 10);
      const besluit: Record<string, unknown> = { hoe };
      if (!fuzz || chance(0.8)) besluit.wat = wat;
      if (!fuzz || chance(0.8)) {
        besluit.indicatie = { van: isoDate(day), tot: error === 'onbepaalde-tijd' || (fuzz && chance(0.2)) ? null : isoDate(day + months * 30) };
      }
      const melding = day - (error === 'termijn' ? 100 + Math.floor(random() * 60) : Math.floor(random() * 60));
      if (error === 'eigen-bijdrage' || (fuzz && chance(0.2)))
        besluit.eigenBijdrage = { bedrag: '19.00', vanaf: isoDate(melding + Math.floor(random() * 120)) };
      if (fuzz ? chance(0.3) : error !== 'termijn' && chance(0.5)) besluit.planVanAanpak = { datum: isoDate(melding + Math.floor(random() * 140)) };
      const client: Record<string, unknown> = {
        leeftijd,
        hulpvraag: segment.segment === 'S1a' || (fuzz && chance(0.5)) ? 'meervoudig' : 'enkelvoudig',
        complex: segment.segment === 'S1a' ? true : chance(0.1),
        verwachteDuurMaanden: months,
      };
      if (fuzz) for (const key of Object.keys(client)) if (chance(0.15)) delete client[key];
      const caseData: Record<string, unknown> = {
        id: `${options.idPrefix ?? 'GEN'}-${options.year}-${String(n).padStart(6, '0')}`,
        gemeente: pickGemeente(),
        domein: segment.domein,
        segment: segment.segment,
        perceel: error === 'perceel-onbekend' || (fuzz && chance(0.05)) ? 'onbekend-perceel' : pick(segment.percelen),
        datum: isoDate(day),
      };
      if (!fuzz || chance(0.85)) caseData.client = client;
      if (!fuzz || chance(0.7)) caseData.melding = { datum: isoDate(melding) };
      if (!fuzz || chance(0.8)) caseData.toewijzing = fuzz ? pick(['specifiek', 'aspecifiek', 'generiek']) : 'aspecifiek';
      caseData.besluit = besluit;
      if (segment.kostenPerClient !== undefined) {
        const cost = Math.round(segment.kostenPerClient * (0.5 + random()));
        caseData.bedragen = { kostenPerJaar: `${cost}.00` };
      }
      yield caseData;
    }
  }
}

/** The whole population as an array (small populations; `generateCaseStream` yields one case at a time). */
export function generateCases(options: GenerateOptions): Record<string, unknown>[] {
  return [...generateCaseStream(options)];
}
