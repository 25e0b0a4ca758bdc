/**
 * The iStandaarden 3.2 code list "reden beëindiging" (LDT_RedenBeeindiging): why support for a client ended.
 * The lists of iWmo and iJw differ — code 31 is a move to another municipality in the Wmo and "volgens plan
 * beëindigd" in youth care — so a code is always read with its domain.
 */

/** iWmo 3.2: reason Wmo support ended. */
export const REDEN_BEEINDIGING_WMO: Readonly<Record<string, string>> = {
  '02': 'Overlijden',
  '19': 'Levering volgens plan beëindigd',
  '20': 'Levering is tijdelijk beëindigd',
  '21': 'Levering is eenzijdig door cliënt beëindigd',
  '22': 'Levering is eenzijdig door aanbieder beëindigd',
  '23': 'Levering is in overeenstemming voortijdig beëindigd',
  '31': 'Verhuizing naar een andere gemeente',
  '36': 'Geïnitieerd door de gemeente',
  '37': 'In verband met wijzigingsverzoek',
  '38': 'Overstap naar andere aanbieder',
  '39': 'Uitstroom naar ander domein',
};

/** iJw 3.2: reason youth care ended. */
export const REDEN_BEEINDIGING_JEUGD: Readonly<Record<string, string>> = {
  '02': 'Overlijden',
  '20': 'Levering is tijdelijk beëindigd',
  '31': 'Levering is volgens plan beëindigd',
  '32': 'Voortijdig afgesloten: eenzijdig door de cliënt',
  '33': 'Voortijdig afgesloten: eenzijdig door de aanbieder',
  '34': 'Voortijdig afgesloten: in overeenstemming',
  '35': 'Voortijdig afgesloten: wegens externe omstandigheden',
  '36': 'Geïnitieerd door de gemeente',
  '37': 'In verband met wijzigingsverzoek',
  '38': 'Overstap naar andere aanbieder',
  '39': 'Uitstroom naar ander domein',
};

/** The code list for a domain: youth care uses iJw, every other domain (Wmo, beschermd wonen, …) iWmo. */
export function redenBeeindigingList(domein: string): Readonly<Record<string, string>> {
  return domein === 'jeugd' ? REDEN_BEEINDIGING_JEUGD : REDEN_BEEINDIGING_WMO;
}

/** The Dutch label of a reason code in a domain, or undefined for a code the list does not have. */
export function redenBeeindigingLabel(domein: string, code: string): string | undefined {
  return redenBeeindigingList(domein)[code];
}
