/** iWmo / iJw 3.2 code lists the message reader checks (generated from the standards' code lists; names as in the standard). */
export type CodeListName = 'Eenheid' | 'Frequentie' | 'ProductCategorie' | 'RedenBeeindiging' | 'RedenWijziging' | 'StatusAanlevering' | 'DebetCredit' | 'TypeVerwijzer';

export const CODE_LISTS: Record<'wmo' | 'jeugd', Record<CodeListName, Record<string, string>>> = {
  "wmo": {
    "Eenheid": {
      "01": "Minuut",
      "04": "Uur",
      "14": "Etmaal",
      "16": "Dagdeel (4 uur)",
      "82": "Stuks (output)",
      "83": "Euro's",
      "84": "Stuks (inspanning)"
    },
    "Frequentie": {
      "1": "Per dag",
      "2": "Per week",
      "4": "Per maand",
      "6": "Totaal binnen geldigheidsduur toewijzing"
    },
    "ProductCategorie": {
      "01": "Hulp bij het huishouden",
      "02": "Begeleiding",
      "03": "Persoonlijke verzorging",
      "04": "Kortdurend verblijf",
      "05": "Woondiensten",
      "06": "Overige ondersteuning gericht op het individu of huishouden/gezin",
      "07": "Dagbesteding",
      "08": "Vervoerdiensten",
      "09": "Overige groepsgerichte ondersteuning",
      "10": "Overige maatwerk arrangementen",
      "11": "Rolstoelen",
      "12": "Vervoervoorzieningen",
      "13": "Woonvoorzieningen",
      "14": "Overige hulpmiddelen",
      "15": "Beschermd wonen",
      "16": "Opvang",
      "17": "Spoedopvang",
      "18": "Overige beschermd wonen en opvang"
    },
    "RedenBeeindiging": {
      "02": "Overlijden",
      "19": "Levering volgens plan beeindigd",
      "20": "Levering is tijdelijk beeindigd",
      "21": "Levering is eenzijdig door client beeindigd",
      "22": "Levering is eenzijdig door aanbieder beeindigd",
      "23": "Levering is in overeenstemming voortijdig beeindigd",
      "31": "Verhuizing naar een andere gemeente",
      "36": "Geinitieerd door de gemeente",
      "37": "In verband met wijzigingsverzoek",
      "38": "Overstap naar andere aanbieder",
      "39": "Uitstroom naar ander domein"
    },
    "RedenWijziging": {
      "01": "Administratieve correctie (vervallen)",
      "02": "Client overleden",
      "03": "Contractwijziging",
      "04": "Herbeoordeling: verlenging toewijzing",
      "05": "Herbeoordeling: verkorting toewijzing",
      "06": "Uitstroom naar ander domein",
      "07": "Verhuizing naar een andere gemeente",
      "08": "Wijziging leveringsvorm",
      "09": "Overstap naar andere aanbieder",
      "10": "Overgang naar nieuwe bekostigingssystematiek",
      "11": "Gemeentelijke herindeling",
      "12": "Geinitieerd door de aanbieder",
      "13": "Verwijderd",
      "14": "Administratieve correctie"
    },
    "StatusAanlevering": {
      "1": "Eerste aanlevering",
      "2": "Gewijzigde aanlevering",
      "3": "Verwijderen aanlevering",
      "9": "Niet van toepassing (ongewijzigd)"
    },
    "DebetCredit": {
      "C": "Creditbedrag en aantal",
      "D": "Debetbedrag en aantal"
    },
    "TypeVerwijzer": {
      "01": "Gemeente",
      "02": "Huisarts",
      "03": "Jeugdarts",
      "04": "Gecertificeerde instelling",
      "05": "Medisch specialist",
      "06": "Zelfverwijzer/geen verwijzer",
      "08": "Rechter, Officier van Justitie, functionaris Justitiele jeugdinrichting"
    }
  },
  "jeugd": {
    "Eenheid": {
      "01": "Minuut",
      "04": "Uur",
      "14": "Etmaal",
      "16": "Dagdeel (4 uur)",
      "82": "Stuks (output)",
      "83": "Euro's",
      "84": "Stuks (inspanning)"
    },
    "Frequentie": {
      "1": "Per dag",
      "2": "Per week",
      "4": "Per maand",
      "6": "Totaal binnen geldigheidsduur toewijzing"
    },
    "ProductCategorie": {
      "31": "(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam",
      "32": "(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder",
      "33": "(2015) Zonder verblijf: daghulp op locatie van de aanbieder",
      "34": "(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige",
      "35": "(2015) Met verblijf: pleegzorg",
      "36": "(2015) Met verblijf: gezinsgericht",
      "37": "(2015) Met verblijf: gesloten plaatsing",
      "38": "(2015) Met verblijf: overig residentieel",
      "40": "Persoonlijke verzorging",
      "41": "Dagbehandeling",
      "42": "Vervoerdiensten",
      "43": "Jeugdhulp verblijf (incl. behandeling)",
      "44": "Jeugdhulp verblijf (excl. behandeling)",
      "45": "Jeugdhulp ambulant",
      "46": "Jeugdhulp crisis",
      "47": "Jeugdreclassering",
      "48": "Jeugdbescherming",
      "49": "Activiteiten in het preventief justitieel kader",
      "50": "Maatwerkarrangementen jeugd",
      "51": "Generalistische basis-ggz",
      "52": "Specialistische ggz",
      "53": "Kindergeneeskunde",
      "54": "Jeugd-ggz",
      "55": "Landelijk ingekochte zorg"
    },
    "RedenBeeindiging": {
      "02": "Overlijden",
      "20": "Levering is tijdelijk beeindigd.",
      "31": "Levering is volgens plan beeindigd.",
      "32": "Voortijdig afgesloten: eenzijdig door de client.",
      "33": "Voortijdig afgesloten: eenzijdig door de aanbieder.",
      "34": "Voortijdig afgesloten: in overeenstemming.",
      "35": "Voortijdig afgesloten: wegens externe omstandigheden.",
      "36": "Geinitieerd door de gemeente",
      "37": "In verband met wijzigingsverzoek",
      "38": "Overstap naar andere aanbieder",
      "39": "Uitstroom naar ander domein"
    },
    "RedenWijziging": {
      "01": "Administratieve correctie (vervallen)",
      "02": "Client overleden",
      "03": "Contractwijziging",
      "04": "Herbeoordeling: verlenging toewijzing",
      "05": "Herbeoordeling: verkorting toewijzing",
      "06": "Uitstroom naar ander domein",
      "07": "Verhuizing naar een andere gemeente",
      "08": "Wijziging leveringsvorm",
      "09": "Overstap naar andere aanbieder",
      "10": "Overgang naar nieuwe bekostigingssystematiek",
      "11": "Gemeentelijke herindeling",
      "12": "Geinitieerd door de aanbieder",
      "13": "Verwijderd",
      "14": "Administratieve correctie"
    },
    "StatusAanlevering": {
      "1": "Eerste aanlevering",
      "2": "Gewijzigde aanlevering",
      "3": "Verwijderen aanlevering",
      "9": "Niet van toepassing (ongewijzigd)"
    },
    "DebetCredit": {
      "C": "Creditbedrag en aantal",
      "D": "Debetbedrag en aantal"
    },
    "TypeVerwijzer": {
      "01": "Gemeente",
      "02": "Huisarts",
      "03": "Jeugdarts",
      "04": "Gecertificeerde instelling",
      "05": "Medisch specialist",
      "06": "Zelfverwijzer/geen verwijzer",
      "08": "Rechter, Officier van Justitie, functionaris Justitiele jeugdinrichting"
    }
  }
};
