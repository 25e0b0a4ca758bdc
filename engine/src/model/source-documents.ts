/**
 * The source documents rule sets cite (`bron.document`, the file names of the seeded municipal records), with the
 * Dutch title a reader of a decision dossier recognises. Unknown names are shown as they are.
 */
export const SOURCE_DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '000_8e8ff96de650520b.txt': 'Verslag ontwikkeltafel Wmo/BW, Maastricht, 29 november 2019',
  '001_b37432938400ac6b.txt': 'Verslag ontwikkeltafel Bekostiging & Resultaatsturing, Heerlen (Zuid-Limburg), 17 juni 2016',
  '002_74a349a7e9132adc.txt': 'Collegevoorstel Maastricht, 29 november 2022: strategisch partnerschap Wmo-begeleiding 2022–2024',
  '003_6f0bd8bccfd79392.txt': 'Regionale beslisnotitie Noord-Limburg, project Sturing en Inkoop fase 3',
  '004_080901c69cb6f935.txt': 'Adviesaanvraag en advies van de adviesraden Noord-Veluwe, inkoop Wmo 2021',
};

/** "Regionale beslisnotitie Noord-Limburg, … (003_6f0bd8bccfd79392.txt)", or the name itself when it is not a known document. */
export function describeSourceDocument(document: string): string {
  const title = SOURCE_DOCUMENT_TITLES[document];
  return title ? `${title} (${document})` : document;
}

/** The Dutch title only, for what citizens, access workers and councils read (dossiers, exports): never the file name. */
export function sourceDocumentTitle(document: string): string {
  return SOURCE_DOCUMENT_TITLES[document] ?? document;
}
