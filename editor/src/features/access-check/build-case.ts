/** The access form's answers → a case (case.schema.json), with Dutch errors per field for what is missing or wrong. */
import { HOE_ELEMENTS, type HoeElement } from '../../../../engine/src/model';
import { HOE_LABELS, type SetBy } from './access-labels';

export interface AccessForm {
  /** The region the municipality is chosen in: a municipality can be in several regions (Maastricht, Venlo). */
  regio: string;
  gemeente: string;
  rulesetId: string;
  perceel: string;
  besluitdatum: string;
  leeftijd: string;
  hulpvraag: string;
  /** "ja" / "nee" / "" (unknown). */
  complex: string;
  verwachteDuurMaanden: string;
  meldingsdatum: string;
  toewijzing: string;
  doelen: string;
  resultaatgebieden: string[];
  watVastgesteldDoor: SetBy;
  hoe: Record<HoeElement, { waarde: string; door: SetBy }>;
  indicatieVan: string;
  indicatieTot: string;
  planVanAanpakDatum: string;
}

export function emptyForm(today: string): AccessForm {
  return {
    regio: '',
    gemeente: '',
    rulesetId: '',
    perceel: '',
    besluitdatum: today,
    leeftijd: '',
    hulpvraag: '',
    complex: '',
    verwachteDuurMaanden: '',
    meldingsdatum: '',
    toewijzing: '',
    doelen: '',
    resultaatgebieden: [],
    watVastgesteldDoor: 'toegang',
    hoe: Object.fromEntries(HOE_ELEMENTS.map((e) => [e, { waarde: '', door: 'open' as SetBy }])) as AccessForm['hoe'],
    indicatieVan: '',
    indicatieTot: '',
    planVanAanpakDatum: '',
  };
}

/** Field id → Dutch error naming the field. */
export type FieldErrors = Record<string, string>;

const isWholeNumber = (text: string) => /^\d+$/.test(text.trim());

/** Builds the case, or the errors per field (ids as used by the form). */
export function buildCase(form: AccessForm): { caseData: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.gemeente) errors.gemeente = 'Kies een gemeente.';
  if (!form.rulesetId) errors.segment = 'Kies een segment.';
  if (!form.perceel) errors.perceel = 'Kies een perceel.';
  if (!form.besluitdatum) errors.besluitdatum = 'Vul de besluitdatum in.';
  if (form.leeftijd && (!isWholeNumber(form.leeftijd) || Number(form.leeftijd) > 130))
    errors.leeftijd = 'Leeftijd: vul een heel getal van 0 tot en met 130 in.';
  if (form.verwachteDuurMaanden && !isWholeNumber(form.verwachteDuurMaanden)) errors.verwachteDuurMaanden = 'Verwachte duur: vul een heel aantal maanden in.';
  if (form.indicatieTot && !form.indicatieVan) errors.indicatieVan = 'Indicatie van: vul de begindatum in als er een einddatum is.';
  if (form.indicatieVan && form.indicatieTot && form.indicatieTot < form.indicatieVan)
    errors.indicatieTot = 'Indicatie tot: de einddatum ligt vóór de begindatum.';

  const hoe: Record<string, unknown> = {};
  for (const element of HOE_ELEMENTS) {
    const { waarde, door } = form.hoe[element];
    if (door === 'open') continue;
    if (!waarde.trim()) errors[`hoe-${element}`] = `${HOE_LABELS[element]}: vul de vastgestelde waarde in, of kies 'open'.`;
    hoe[element] = { waarde: waarde.trim(), vastgesteldDoor: door };
  }

  const [, domein, segment] = form.rulesetId.split('/');
  const client: Record<string, unknown> = {};
  if (form.leeftijd) client.leeftijd = Number(form.leeftijd);
  if (form.hulpvraag) client.hulpvraag = form.hulpvraag;
  if (form.complex) client.complex = form.complex === 'ja';
  if (form.verwachteDuurMaanden) client.verwachteDuurMaanden = Number(form.verwachteDuurMaanden);
  const doelen = form.doelen
    .split('\n')
    .map((d) => d.trim())
    .filter(Boolean);
  const wat: Record<string, unknown> = { doelen, resultaatgebieden: form.resultaatgebieden };
  if (form.watVastgesteldDoor !== 'open') wat.vastgesteldDoor = form.watVastgesteldDoor;
  const besluit: Record<string, unknown> = { wat, hoe };
  if (form.indicatieVan) besluit.indicatie = { van: form.indicatieVan, tot: form.indicatieTot || null };
  if (form.planVanAanpakDatum) besluit.planVanAanpak = { datum: form.planVanAanpakDatum };

  const caseData: Record<string, unknown> = {
    id: `TOEGANGSCHECK-${form.besluitdatum}`,
    gemeente: form.gemeente,
    domein,
    segment,
    perceel: form.perceel,
    datum: form.besluitdatum,
    client,
    besluit,
  };
  if (form.meldingsdatum) caseData.melding = { datum: form.meldingsdatum };
  if (form.toewijzing) caseData.toewijzing = form.toewijzing;
  return { caseData, errors };
}
