/** The case as entered, in words (no JSON): for the result page and the decision dossier. */
import { HOE_ELEMENTS } from '../../../../engine/src/model';
import { formatDate } from '../../format';
import { HOE_LABELS, HULPVRAAG_LABELS, SET_BY_LABELS, TOEWIJZING_LABELS, resultaatgebiedLabel, type SetBy } from './access-labels';

interface CaseShape {
  gemeente: string;
  perceel: string;
  datum: string;
  client?: { leeftijd?: number; hulpvraag?: string; complex?: boolean; verwachteDuurMaanden?: number };
  melding?: { datum: string };
  toewijzing?: string;
  besluit: {
    wat?: { doelen?: string[]; resultaatgebieden?: string[]; vastgesteldDoor?: SetBy };
    hoe?: Record<string, { waarde: string | number; vastgesteldDoor: SetBy }>;
    indicatie?: { van: string; tot: string | null };
    planVanAanpak?: { datum: string };
  };
}

export interface CaseInWordsProps {
  caseData: unknown;
  gemeenteNaam: string;
  segmentTitel: string;
}

const unknown = 'niet opgegeven';

export function CaseInWords({ caseData, gemeenteNaam, segmentTitel }: CaseInWordsProps) {
  const c = caseData as CaseShape;
  const wat = c.besluit.wat ?? {};
  const rows: [string, string][] = [
    ['Gemeente', gemeenteNaam],
    ['Segment', segmentTitel],
    ['Perceel', c.perceel],
    ['Besluitdatum', formatDate(c.datum)],
    ['Datum van de melding', c.melding ? formatDate(c.melding.datum) : unknown],
    ['Leeftijd', c.client?.leeftijd !== undefined ? `${c.client.leeftijd} jaar` : unknown],
    ['Hulpvraag', c.client?.hulpvraag ? (HULPVRAAG_LABELS[c.client.hulpvraag] ?? c.client.hulpvraag) : unknown],
    ['Complexe situatie', c.client?.complex === undefined ? unknown : c.client.complex ? 'ja' : 'nee'],
    ['Verwachte duur', c.client?.verwachteDuurMaanden !== undefined ? `${c.client.verwachteDuurMaanden} maanden` : unknown],
    ['Doelen', wat.doelen?.length ? wat.doelen.join('; ') : 'geen'],
    ['Resultaatgebieden', wat.resultaatgebieden?.length ? wat.resultaatgebieden.map(resultaatgebiedLabel).join(', ') : 'geen'],
    ['WAT vastgesteld door', wat.vastgesteldDoor ? SET_BY_LABELS[wat.vastgesteldDoor] : 'open'],
    ['Soort toewijzing', c.toewijzing ? (TOEWIJZING_LABELS[c.toewijzing] ?? c.toewijzing) : unknown],
    ...HOE_ELEMENTS.map((element): [string, string] => {
      const choice = c.besluit.hoe?.[element];
      return [
        `HOE: ${HOE_LABELS[element].toLowerCase()}`,
        choice ? `${choice.waarde}, vastgesteld door ${SET_BY_LABELS[choice.vastgesteldDoor]}` : 'open gelaten',
      ];
    }),
    [
      'Indicatie',
      c.besluit.indicatie
        ? `van ${formatDate(c.besluit.indicatie.van)} ${c.besluit.indicatie.tot ? `tot ${formatDate(c.besluit.indicatie.tot)}` : 'voor onbepaalde tijd'}`
        : unknown,
    ],
    ['Plan van aanpak', c.besluit.planVanAanpak ? `ingediend op ${formatDate(c.besluit.planVanAanpak.datum)}` : 'geen'],
  ];
  return (
    <dl className="case-in-words">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
