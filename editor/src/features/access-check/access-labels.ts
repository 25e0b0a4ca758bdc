/** Dutch labels for the access form: result areas (values as the rule sets and suites use them), HOE elements and who decided. */
import type { HoeElement } from '../../../../engine/src/model';

type Domein = 'wmo' | 'jeugd' | 'participatie';

/**
 * The case schema leaves result areas free text; these are the values the regional rule sets and their suites use,
 * with the domains they belong to (no "opvoeding" for adult Wmo support, no "betaald werk" for youth care).
 */
export const RESULTAATGEBIEDEN: readonly { value: string; label: string; domeinen: readonly Domein[] }[] = [
  { value: 'financien', label: 'Financiën', domeinen: ['wmo'] },
  { value: 'dagbesteding', label: 'Dagbesteding', domeinen: ['wmo', 'jeugd'] },
  { value: 'dagstructuur', label: 'Dagstructuur', domeinen: ['wmo'] },
  { value: 'sociale-contacten', label: 'Sociale contacten', domeinen: ['wmo', 'jeugd'] },
  { value: 'huishouden', label: 'Huishouden', domeinen: ['wmo'] },
  { value: 'schoon-huis', label: 'Schoon huis', domeinen: ['wmo'] },
  { value: 'zelfredzaamheid', label: 'Zelfredzaamheid', domeinen: ['wmo', 'jeugd'] },
  { value: 'zelfstandig-wonen', label: 'Zelfstandig wonen', domeinen: ['wmo'] },
  { value: 'gezondheid', label: 'Gezondheid', domeinen: ['wmo', 'jeugd'] },
  { value: 'ontlasting-mantelzorg', label: 'Ontlasting mantelzorg', domeinen: ['wmo', 'jeugd'] },
  { value: 'opvoeding', label: 'Opvoeding', domeinen: ['jeugd'] },
  { value: 'werk-en-dagbesteding', label: 'Werk en dagbesteding', domeinen: ['participatie'] },
  { value: 'betaald-werk', label: 'Betaald werk', domeinen: ['participatie'] },
];

/** The result areas of a domain (all of them while no segment is chosen). */
export function resultaatgebiedenVoor(domein: string | undefined): typeof RESULTAATGEBIEDEN {
  return domein ? RESULTAATGEBIEDEN.filter((r) => (r.domeinen as readonly string[]).includes(domein)) : RESULTAATGEBIEDEN;
}

/** "S1b — volwassenen, kortdurende …": the segment first, so typing the segment in the select picks it. */
export function segmentLabel(ruleSet: { segment: string; title: string }): string {
  const rest = ruleSet.title.includes(' — ') ? ruleSet.title.slice(ruleSet.title.indexOf(' — ') + 3) : ruleSet.title;
  return rest === ruleSet.segment ? ruleSet.segment : `${ruleSet.segment} — ${rest}`;
}

export const HOE_LABELS: Record<HoeElement, string> = {
  'soort-hulp': 'Soort hulp',
  product: 'Product',
  intensiteit: 'Intensiteit',
  duur: 'Duur',
  aanbieder: 'Aanbieder',
};

/** Who set a WAT or HOE element; "open" means the decision leaves it open (the element is left out of the case). */
export type SetBy = 'toegang' | 'aanbieder' | 'in-overleg' | 'open';
export const SET_BY_LABELS: Record<SetBy, string> = { toegang: 'toegang', aanbieder: 'aanbieder', 'in-overleg': 'in overleg', open: 'open' };

export const HULPVRAAG_LABELS: Record<string, string> = { enkelvoudig: 'enkelvoudig', meervoudig: 'meervoudig' };
export const TOEWIJZING_LABELS: Record<string, string> = {
  specifiek: 'specifiek (product, volume en frequentie)',
  aspecifiek: 'aspecifiek (alleen de productcategorie)',
  generiek: 'generiek (alleen budget)',
};

/** The label of a result area value; unknown values are shown as they are. */
export function resultaatgebiedLabel(value: string): string {
  return RESULTAATGEBIEDEN.find((r) => r.value === value)?.label ?? value;
}
