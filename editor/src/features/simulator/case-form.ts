/** A case (case.schema.json) as the access check's form answers, so Case proberen can show a case as a form and back. */
import { HOE_ELEMENTS } from '../../../../engine/src/model';
import type { SetBy } from '../access-check/access-labels';
import { emptyForm, type AccessForm } from '../access-check/build-case';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const setBy = (v: unknown): SetBy => (v === 'toegang' || v === 'aanbieder' || v === 'in-overleg' ? v : 'open');

/** The form answers for a case of this rule set (what the form has no field for is left out). */
export function caseToForm(caseData: unknown, rulesetId: string, today: string): AccessForm {
  const c = obj(caseData);
  const client = obj(c.client);
  const besluit = obj(c.besluit);
  const wat = obj(besluit.wat);
  const hoe = obj(besluit.hoe);
  const indicatie = obj(besluit.indicatie);
  const form = emptyForm(text(c.datum) || today);
  return {
    ...form,
    gemeente: text(c.gemeente),
    rulesetId,
    perceel: text(c.perceel),
    leeftijd: text(client.leeftijd),
    hulpvraag: text(client.hulpvraag),
    complex: client.complex === true ? 'ja' : client.complex === false ? 'nee' : '',
    verwachteDuurMaanden: text(client.verwachteDuurMaanden),
    meldingsdatum: text(obj(c.melding).datum),
    toewijzing: text(c.toewijzing),
    doelen: Array.isArray(wat.doelen) ? wat.doelen.map(text).join('\n') : '',
    resultaatgebieden: Array.isArray(wat.resultaatgebieden) ? wat.resultaatgebieden.map(text) : [],
    watVastgesteldDoor: setBy(wat.vastgesteldDoor),
    hoe: Object.fromEntries(
      HOE_ELEMENTS.map((e) => {
        const entry = obj(hoe[e]);
        return [e, { waarde: text(entry.waarde), door: setBy(entry.vastgesteldDoor) }];
      }),
    ) as AccessForm['hoe'],
    indicatieVan: text(indicatie.van),
    indicatieTot: text(indicatie.tot),
    planVanAanpakDatum: text(obj(besluit.planVanAanpak).datum),
  };
}
