/** Dutch labels for the access form: result areas (values as the rule sets and suites use them), HOE elements and who decided. */
import type { HoeElement } from '../../../../engine/src/model';

/** The case schema leaves result areas free text; these are the values the regional rule sets and their suites use. */
export const RESULTAATGEBIEDEN: readonly { value: string; label: string }[] = [
  { value: 'financien', label: 'Financiën' },
  { value: 'dagbesteding', label: 'Dagbesteding' },
  { value: 'dagstructuur', label: 'Dagstructuur' },
  { value: 'sociale-contacten', label: 'Sociale contacten' },
  { value: 'huishouden', label: 'Huishouden' },
  { value: 'schoon-huis', label: 'Schoon huis' },
  { value: 'zelfredzaamheid', label: 'Zelfredzaamheid' },
  { value: 'zelfstandig-wonen', label: 'Zelfstandig wonen' },
  { value: 'gezondheid', label: 'Gezondheid' },
  { value: 'ontlasting-mantelzorg', label: 'Ontlasting mantelzorg' },
  { value: 'opvoeding', label: 'Opvoeding' },
  { value: 'werk-en-dagbesteding', label: 'Werk en dagbesteding' },
  { value: 'betaald-werk', label: 'Betaald werk' },
];

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
