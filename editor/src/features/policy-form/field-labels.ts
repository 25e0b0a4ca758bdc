/** Dutch labels for policy keys: a known label, else the key in words ("signaleringPct" → "Signalering (%)"). */
const LABELS: Record<string, string> = {
  contractvorm: 'Contractvorm',
  looptijd: 'Looptijd (jaren, bijvoorbeeld 3+1+1)',
  tussentijdseToetreding: 'Tussentijdse toetreding',
  aanbiedertypen: 'Soorten aanbieders',
  extraCapaciteitMaxPct: 'Extra capaciteit, maximaal (%)',
  minimumClienten: 'Minimum aantal cliënten',
  vorm: 'Bekostigingsvorm',
  eenheid: 'Eenheid',
  budget: 'Budgetsturing',
  bandbreedtePct: 'Bandbreedte (%)',
  afrekenregime: 'Afrekenen buiten de bandbreedte',
  voorschotten: 'Voorschotten',
  signaleringPct: 'Signalering bij benutting (%)',
  omzettingNaarPlekken: 'Omzetting van trajecten naar plekken',
  sharedSavingsPct: 'Shared savings, aandeel aanbieder (%)',
  eigenBijdrage: 'Eigen bijdrage',
  tarief: 'Tarief',
  kostprijs: 'Kostprijs',
  omschrijving: 'Omschrijving in gewone taal',
  intensiteit: 'Intensiteit',
  niveau: 'Niveau',
  indicatoren: 'Indicatoren (gescheiden door komma’s)',
  wat: 'Wie bepaalt het WAT',
  hoe: 'Wie bepaalt het HOE',
  hoeElementenToegang: 'HOE-elementen die de toegang vaststelt',
  hoeElementenInOverleg: 'HOE-elementen in overleg',
  hoeElementenInwoner: 'HOE-elementen die de inwoner kiest',
  indicatie: 'Indicatie',
  onbepaaldeTijdToegestaan: 'Indicatie voor onbepaalde tijd toegestaan',
  maxDuurMaanden: 'Maximale duur (maanden)',
  kortdurend: 'Kortdurende indicaties',
  beschikkingsvrijeTermijnWeken: 'Beschikkingsvrije termijn (weken)',
  aanbieders: 'Aantal aanbieders',
  min: 'Minimaal',
  max: 'Maximaal',
  boeggolf: 'Boeggolf',
  horizonJaren: 'Horizon (jaren)',
};

export function fieldLabel(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key
    .replace(/Pct$/, ' (%)')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
