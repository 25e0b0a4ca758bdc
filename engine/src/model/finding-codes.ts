/** The finding codes of DOMAIN.md §5 and §6: part of the interface, so rules may only emit these. */

export type Severity = 'fout' | 'waarschuwing' | 'info';

export interface FindingCode {
  code: string;
  severity: Severity;
  /** Dutch title for reports and the editor. */
  titel: string;
}

export const FINDING_CODES: readonly FindingCode[] = [
  { code: 'WAT_ONTBREEKT', severity: 'fout', titel: 'Het besluit legt geen doel of resultaat vast' },
  { code: 'HOE_BIJ_AANBIEDER', severity: 'fout', titel: 'De toegang heeft een HOE-element vastgesteld dat de aanbieder bepaalt' },
  { code: 'HOE_IN_OVERLEG_VEREIST', severity: 'fout', titel: 'Een HOE-element is zonder overleg met de aanbieder vastgesteld' },
  { code: 'HOE_ONTBREEKT', severity: 'fout', titel: 'Een HOE-element dat de toegang bepaalt, is opengelaten' },
  { code: 'INDICATIE_ONBEPAALDE_TIJD', severity: 'fout', titel: 'Indicatie voor onbepaalde tijd is niet toegestaan' },
  { code: 'BESCHIKKINGSVRIJE_TERMIJN_OVERSCHREDEN', severity: 'fout', titel: 'Beschikkingsvrije termijn overschreden zonder plan van aanpak' },
  { code: 'EIGEN_BIJDRAGE_NIET_TOEGESTAAN', severity: 'fout', titel: 'Eigen bijdrage in de beschikkingsvrije termijn' },
  { code: 'INDICATIE_LANGER_DAN_MAXIMUM', severity: 'fout', titel: 'Indicatie langer dan het beleid toestaat' },
  { code: 'ARRANGEMENT_ALLEEN_BIJ_COMPLEXE_SITUATIE', severity: 'fout', titel: 'Arrangement alleen voor zeer complexe situaties' },
  { code: 'PERCEEL_ONBEKEND', severity: 'fout', titel: 'Het segment kent dit perceel niet' },
  { code: 'RESULTAATGEBIEDEN_VOLGTIJDELIJK', severity: 'waarschuwing', titel: 'Meer resultaatgebieden tegelijk dan geadviseerd' },
  { code: 'TOETREDING_NIET_TOEGESTAAN', severity: 'fout', titel: 'Tussentijdse toetreding is niet toegestaan' },
  { code: 'MAX_AANBIEDERS_OVERSCHREDEN', severity: 'fout', titel: 'Meer gecontracteerde aanbieders dan het maximum' },
  { code: 'MINIMUM_OMVANG_NIET_GEHAALD', severity: 'fout', titel: 'Lokale basisaanbieder onder de minimale omvang' },
  { code: 'AANVULLENDE_AFSPRAKEN_NIET_TOEGESTAAN', severity: 'fout', titel: 'Aanvullende afspraken met een lokale basisaanbieder' },
  { code: 'BASISEENHEID_AFWIJKEND', severity: 'fout', titel: 'Afspraak in een andere eenheid dan de basiseenheid' },
  { code: 'EXTRA_CAPACITEIT_BOVEN_MAXIMUM', severity: 'fout', titel: 'Extra capaciteit boven het maximum of zonder vastgesteld tekort' },
  { code: 'GUNNING_LAAGSTE_PRIJS_VERBODEN', severity: 'fout', titel: 'Jeugdhulp gegund op laagste prijs' },
  { code: 'AANBIEDER_CATEGORIE', severity: 'info', titel: 'Prestatiecategorie van de aanbieder' },
];

const BY_CODE = new Map(FINDING_CODES.map((f) => [f.code, f]));

/** The registered code, or undefined. */
export function findFindingCode(code: string): FindingCode | undefined {
  return BY_CODE.get(code);
}
