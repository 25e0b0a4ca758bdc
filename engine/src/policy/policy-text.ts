/**
 * The four steering elements of a perceel in short, readable Dutch, the way
 * table 7.1 of seed 003 writes them ("Duur 3+1+1; geen tussentijdse
 * toetreding; 10–15 aanbieders"). Each part remembers the policy keys it
 * came from, so a municipal override can show only what it changed.
 */
import { decideHoeResponsibility } from '../model/hoe-responsibility';
import type { Beslisser, HoeElement, PerceelPolicy, ToegangPolicy } from '../model/rule-set';

export type SteeringElement = 'contract' | 'bekostiging' | 'leveranciersmanagement' | 'toegang';
export const STEERING_ELEMENTS: readonly SteeringElement[] = ['contract', 'bekostiging', 'leveranciersmanagement', 'toegang'];

export const ELEMENT_TITLES: Record<SteeringElement, string> = {
  contract: 'Contract',
  bekostiging: 'Bekostiging',
  leveranciersmanagement: 'Leveranciersmanagement',
  toegang: 'Toegang',
};

/** One phrase of an element's description and the keys of the element it reads. */
export interface TextPart {
  keys: string[];
  text: string;
}

type Element = Record<string, unknown>;

const CONTRACTVORM: Record<string, string> = {
  'raamovereenkomst-met-toetreding': 'Raamovereenkomst met toetreding',
  'raamovereenkomst-zonder-toetreding': 'Raamovereenkomst zonder toetreding',
  'overeenkomst-budgetplafond': 'Overeenkomst met budgetplafond',
  'overeenkomst-budgetafspraken': 'Overeenkomst met budgetafspraken',
  'open-house': 'Open house',
  hoofdlijnenakkoord: 'Hoofdlijnenakkoord',
  subsidie: 'Subsidie',
};
const TOETREDING: Record<string, string> = {
  'niet-toegestaan': 'geen tussentijdse toetreding',
  toegestaan: 'tussentijdse toetreding mogelijk',
  'alleen-aanvullend-of-innovatief': 'tussentijdse toetreding alleen bij aanvullend/innovatief aanbod',
};
const AANBIEDERTYPE: Record<string, string> = {
  'regionaal-strategisch': 'regionale strategische aanbieders',
  'lokaal-basis': 'lokale basisaanbieders',
  systeem: 'systeemaanbieders',
};
export const BEKOSTIGINGSVORM: Record<string, string> = {
  pxq: 'PxQ',
  traject: 'Trajectfinanciering (PxT)',
  plek: 'Plekken',
  resultaat: 'Resultaatfinanciering',
  lumpsum: 'Lumpsum (taakgericht)',
  populatie: 'Populatiebekostiging',
  gebied: 'Gebiedsbekostiging',
  beschikbaarheid: 'Beschikbaarheidsfinanciering',
  'prijs-per-dag': 'Prijs per dag',
};
const INTENSITEIT: Record<string, string> = {
  intensief: 'Intensief',
  gemiddeld: 'Gemiddeld',
  minimaal: 'Minimaal',
  incidentgestuurd: 'Incidentgestuurd',
};
const INDICATOR: Record<string, string> = {
  clientervaring: 'cliëntervaring',
  'afschaling-voorliggend-veld': 'afschaling naar voorliggend veld',
  'resultaten-binnen-trajectduur': 'resultaten binnen trajectduur',
};
const BESLISSER: Record<Beslisser, string> = { toegang: 'toegang', aanbieder: 'aanbieder', 'in-overleg': 'in overleg' };
const HOE_LABEL: Record<HoeElement, string> = {
  'soort-hulp': 'soort hulp',
  product: 'product',
  intensiteit: 'intensiteit',
  duur: 'duur',
  aanbieder: 'aanbieder',
};

const label = (table: Record<string, string>, value: unknown): string => table[String(value)] ?? String(value);
const euro = (value: unknown): string => `€ ${String(value).replace('.', ',')}`;

function contractParts(c: Element): TextPart[] {
  const parts: TextPart[] = [];
  if (c.contractvorm) parts.push({ keys: ['contractvorm'], text: label(CONTRACTVORM, c.contractvorm) });
  if (c.looptijd) {
    const boeggolf = c.boeggolf as { horizonJaren?: number } | undefined;
    parts.push({
      keys: ['looptijd', 'boeggolf'],
      text: `duur ${String(c.looptijd)}${boeggolf?.horizonJaren ? `, boeggolf (horizon ${boeggolf.horizonJaren} jaar)` : ''}`,
    });
  }
  const count = c.aanbieders as { min?: number; max?: number } | undefined;
  if (count && (count.min !== undefined || count.max !== undefined)) {
    const text =
      count.min !== undefined && count.max !== undefined
        ? count.min === count.max
          ? `${count.max} aanbieders`
          : `${count.min}–${count.max} aanbieders`
        : count.max !== undefined
          ? `max. ${count.max} aanbieders`
          : `min. ${count.min} aanbieders`;
    parts.push({ keys: ['aanbieders'], text });
  }
  if (c.tussentijdseToetreding) parts.push({ keys: ['tussentijdseToetreding'], text: label(TOETREDING, c.tussentijdseToetreding) });
  if (Array.isArray(c.aanbiedertypen) && c.aanbiedertypen.length > 0) {
    parts.push({ keys: ['aanbiedertypen'], text: c.aanbiedertypen.map((t) => label(AANBIEDERTYPE, t)).join(' en ') });
  }
  if (typeof c.minimumClienten === 'number') parts.push({ keys: ['minimumClienten'], text: `lokale basisaanbieder min. ${c.minimumClienten} cliënten` });
  const gunning = c.gunning as { prijsPct?: number; kwaliteitPct?: number } | undefined;
  if (gunning && (gunning.prijsPct !== undefined || gunning.kwaliteitPct !== undefined)) {
    parts.push({ keys: ['gunning'], text: `gunning ${gunning.prijsPct ?? '?'} % prijs / ${gunning.kwaliteitPct ?? '?'} % kwaliteit` });
  }
  if (typeof c.aansluitdrempelClienten === 'number')
    parts.push({ keys: ['aansluitdrempelClienten'], text: `aanbieders onder ${c.aansluitdrempelClienten} cliënten kiezen zelf of zij aansluiten` });
  if (typeof c.extraCapaciteitMaxPct === 'number') parts.push({ keys: ['extraCapaciteitMaxPct'], text: `extra capaciteit max. ${c.extraCapaciteitMaxPct} %` });
  return parts;
}

function bekostigingParts(b: Element): TextPart[] {
  const parts: TextPart[] = [];
  if (b.vorm) parts.push({ keys: ['vorm', 'eenheid'], text: `${label(BEKOSTIGINGSVORM, b.vorm)}${b.eenheid ? ` per ${String(b.eenheid)}` : ''}` });
  if (b.budget === 'budgetplafond') parts.push({ keys: ['budget', 'voorschotten'], text: 'budgetplafond (geen voorschotten)' });
  if (b.budget === 'budgetafspraak') {
    const band = typeof b.bandbreedtePct === 'number' ? `, bandbreedte ${b.bandbreedtePct} %` : '';
    const regime = b.afrekenregime === 'buiten-bandbreedte' ? ', afrekening buiten de bandbreedte' : '';
    parts.push({ keys: ['budget', 'bandbreedtePct', 'afrekenregime', 'voorschotten'], text: `budgetafspraak met afrekening${band}${regime}` });
  }
  if (typeof b.signaleringPct === 'number') parts.push({ keys: ['signaleringPct'], text: `signalering bij ${b.signaleringPct} %` });
  if (b.omzettingNaarPlekken === true) parts.push({ keys: ['omzettingNaarPlekken'], text: 'per gemeente om te zetten naar plekken' });
  if (typeof b.sharedSavingsPct === 'number') parts.push({ keys: ['sharedSavingsPct'], text: `shared savings ${b.sharedSavingsPct} %` });
  if (b.eigenBijdrage === true) parts.push({ keys: ['eigenBijdrage'], text: 'eigen bijdrage' });
  if (b.nacalculatie === true) parts.push({ keys: ['nacalculatie'], text: 'nacalculatie op geleverde eenheden' });
  if (b.tarief !== undefined)
    parts.push({ keys: ['tarief', 'kostprijs'], text: `tarief ${euro(b.tarief)}${b.kostprijs !== undefined ? ` (kostprijs ${euro(b.kostprijs)})` : ''}` });
  return parts;
}

function managementParts(l: Element): TextPart[] {
  const parts: TextPart[] = [];
  if (l.intensiteit) parts.push({ keys: ['intensiteit'], text: `${label(INTENSITEIT, l.intensiteit)} leveranciersmanagement` });
  if (l.niveau) parts.push({ keys: ['niveau'], text: l.niveau === 'regionaal' ? 'regionaal (MGR)' : 'lokaal (gemeenten met MGR)' });
  if (Array.isArray(l.indicatoren) && l.indicatoren.length > 0) {
    parts.push({ keys: ['indicatoren'], text: `KPI's: ${l.indicatoren.map((i) => label(INDICATOR, i)).join(', ')}` });
  }
  if (Array.isArray(l.categorieen) && l.categorieen.length > 0) {
    parts.push({ keys: ['categorieen'], text: `categorieën ${l.categorieen.map((c) => String((c as { naam?: unknown }).naam)).join('/')}` });
  }
  return parts;
}

/** "HOE: aanbieder", or per decider when the elements are split. */
function hoeText(toegang: ToegangPolicy): string {
  const byWho = new Map<Beslisser, HoeElement[]>();
  for (const [element, who] of Object.entries(decideHoeResponsibility(toegang)) as [HoeElement, Beslisser][]) {
    byWho.set(who, [...(byWho.get(who) ?? []), element]);
  }
  if (byWho.size === 1) return `HOE: ${BESLISSER[[...byWho.keys()][0]]}`;
  const order: Beslisser[] = ['toegang', 'in-overleg', 'aanbieder'];
  return `HOE: ${order
    .filter((who) => byWho.has(who))
    .map((who) => `${BESLISSER[who]} (${(byWho.get(who) ?? []).map((e) => HOE_LABEL[e]).join(', ')})`)
    .join(', ')}`;
}

function toegangParts(t: Element): TextPart[] {
  const toegang = t as unknown as ToegangPolicy;
  const parts: TextPart[] = [
    { keys: ['wat'], text: `WAT: ${toegang.wat}` },
    { keys: ['hoe', 'hoeElementenToegang', 'hoeElementenInOverleg'], text: hoeText(toegang) },
  ];
  const indicatie = toegang.indicatie ?? { onbepaaldeTijdToegestaan: false };
  const indicatieText = [
    indicatie.kortdurend ? 'kortdurende indicaties' : '',
    indicatie.maxDuurMaanden ? `indicatie max. ${indicatie.maxDuurMaanden} mnd` : '',
    indicatie.onbepaaldeTijdToegestaan ? 'indicatie eventueel voor onbepaalde tijd' : 'geen indicatie voor onbepaalde tijd',
  ].filter(Boolean);
  parts.push({ keys: ['indicatie'], text: indicatieText.join(', ') });
  if (toegang.beschikkingsvrijeTermijnWeken) {
    const bijdrage = toegang.eigenBijdrageInBeschikkingsvrijeTermijn === false ? ', zonder eigen bijdrage' : '';
    parts.push({
      keys: ['beschikkingsvrijeTermijnWeken', 'eigenBijdrageInBeschikkingsvrijeTermijn'],
      text: `${toegang.beschikkingsvrijeTermijnWeken} weken zonder beschikking${bijdrage}`,
    });
  }
  if (toegang.maxResultaatgebiedenTegelijk) {
    parts.push({ keys: ['maxResultaatgebiedenTegelijk'], text: `advies max. ${toegang.maxResultaatgebiedenTegelijk} resultaatgebieden tegelijk` });
  }
  if (toegang.alleenBijComplexeSituatie) parts.push({ keys: ['alleenBijComplexeSituatie'], text: 'alleen bij zeer complexe situaties' });
  if (typeof toegang.verwachtAandeelPct === 'number')
    parts.push({ keys: ['verwachtAandeelPct'], text: `verwacht aandeel ${toegang.verwachtAandeelPct.toLocaleString('nl-NL')} % van de casussen` });
  return parts;
}

const DESCRIBERS: Record<SteeringElement, (element: Element) => TextPart[]> = {
  contract: contractParts,
  bekostiging: bekostigingParts,
  leveranciersmanagement: managementParts,
  toegang: toegangParts,
};

/** The parts of one element's description; a not-applicable element is one part "n.v.t. — reason". */
export function describeElementParts(perceel: PerceelPolicy | undefined, element: SteeringElement): TextPart[] {
  const value = perceel?.[element] as Element | undefined;
  if (!value) return [{ keys: [], text: 'ontbreekt' }];
  if (value.nietVanToepassing === true) return [{ keys: ['nietVanToepassing', 'toelichting'], text: `n.v.t. — ${String(value.toelichting ?? '')}` }];
  return DESCRIBERS[element](value);
}

/** One element of a perceel in one line: the parts joined, first letter capitalised. */
export function describeElement(perceel: PerceelPolicy | undefined, element: SteeringElement): string {
  const text = describeElementParts(perceel, element)
    .map((p) => p.text)
    .join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
