/** The Dutch report of a message check: text, Markdown, HTML, and CSV lines per allocation. */
import { FINDING_CODES } from '../model/finding-codes';
import type { CheckReport, CheckedAllocation } from './check-messages';

const nl = new Intl.NumberFormat('nl-NL');

const SKIP_REASONS: Record<string, string> = {
  XML_ONGELDIG: 'geen geldige XML',
  NAMESPACE_ONBEKEND: 'onbekende namespace',
  BERICHTCODE_ONJUIST: 'BerichtCode past niet bij het bericht',
  VERSIE_ONJUIST: 'geen versie 3.2',
  HEADER_ONTBREEKT: 'Header ontbreekt',
  BERICHT_ONVOLLEDIG: 'bericht afgebroken (laatste cliënt niet gelezen)',
  VELD_ONTBREEKT: 'verplicht veld ontbreekt',
  VELD_ONGELDIG: 'veld heeft een ongeldige vorm',
  DATUM_ONGELDIG: 'ongeldige datum',
  AANTAL_ONGELDIG: 'ongeldig aantal (volume)',
  BEDRAG_ONGELDIG: 'ongeldig bedrag',
  BSN_ONGELDIG: 'ongeldig BSN',
  CODE_ONBEKEND: 'code niet in de codelijst',
  PERIODE_ONGELDIG: 'einddatum voor ingangsdatum',
  GEMEENTECODE_ONBEKEND: 'onbekende gemeentecode',
  PRODUCTCODE_ONBEKEND: 'onbekende productcode',
  PRODUCT_ONTBREEKT: 'geen product (segment niet te bepalen)',
  GEEN_VERSIE_VAN_KRACHT: 'geen regelset van kracht op de datum',
  REGELSET_ONBEKEND: 'geen regelset voor het segment',
  CASUS_ONGELDIG: 'toewijzing past niet in een casus',
  KOLOM_ONTBREEKT: 'kolom ontbreekt in de export',
  KOLOMINDELING_ONTBREEKT: 'export zonder kolomindeling',
  CSV_ONGELDIG: 'ongeldige CSV-rij',
  XLSX_ONGELDIG: 'onleesbaar xlsx-bestand',
};

export function describeSkipReason(code: string): string {
  return SKIP_REASONS[code] ?? code;
}

function titleOf(code: string): string {
  return FINDING_CODES.find((c) => c.code === code)?.titel ?? code;
}

interface Section {
  title: string;
  head: string[];
  rows: string[][];
}

function sections(report: CheckReport): { summary: string[]; sections: Section[] } {
  const g = report.gelezen;
  const summary = [
    `${nl.format(g.berichten)} bericht(en) gelezen, waarvan ${nl.format(g.berichtenOvergeslagen)} (deels) onleesbaar.`,
    `${nl.format(g.items.toewijzing)} toewijzing(en), ${nl.format(g.items.verzoek)} verzoek(en), ${nl.format(g.items.start)} start(s), ${nl.format(g.items.stop)} stop(s), ${nl.format(g.items.prestatie)} prestatie(s).`,
    `${nl.format(report.getoetst)} getoetst: ${nl.format(report.metFout)} met een fout, ${nl.format(report.getoetst - report.metFout)} zonder fout.`,
    `Soort toewijzing: ${nl.format(report.perSoort.specifiek)} specifiek, ${nl.format(report.perSoort.aspecifiek)} aspecifiek, ${nl.format(report.perSoort.generiek)} generiek.`,
    `${nl.format(report.problemenTotaal)} probleem/problemen bij het lezen of koppelen.`,
    'Het WAT (doelen, resultaatgebieden) staat niet in een bericht: het is bij elke toewijzing een ontbrekend gegeven, geen fout.',
  ];
  const tallyRows = (tallies: Record<string, { toewijzingen: number; fout: number; waarschuwing: number }>) =>
    Object.entries(tallies)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, t]) => [key, nl.format(t.toewijzingen), nl.format(t.fout), nl.format(t.waarschuwing)]);
  const list: Section[] = [
    { title: 'Per gemeente', head: ['gemeente', 'getoetst', 'met fout', 'met waarschuwing'], rows: tallyRows(report.perGemeente) },
    { title: 'Per segment', head: ['regelset', 'getoetst', 'met fout', 'met waarschuwing'], rows: tallyRows(report.perSegment) },
    {
      title: 'Per bevinding',
      head: ['code', 'omschrijving', 'aantal'],
      rows: Object.entries(report.perCode)
        .sort(([, a], [, b]) => b - a)
        .map(([code, n]) => [code, titleOf(code), nl.format(n)]),
    },
    {
      title: 'Toewijzingen met een fout',
      head: ['casus', 'bericht', 'plaats', 'gemeente', 'regelset', 'soort', 'product', 'bevindingen'],
      rows: report.fouten.map((a) => [
        a.id,
        a.bericht,
        `${a.file}:${a.line}:${a.column}`,
        a.gemeente,
        `${a.rulesetId} v${a.version}`,
        a.toewijzing,
        a.product,
        [...new Set(a.findings.filter((f) => f.severity === 'fout').map((f) => f.code))].join(', '),
      ]),
    },
    {
      title: 'Onbekende productcodes',
      head: ['regio', 'code', 'aantal'],
      rows: report.onbekendeCodes.map((u) => [u.regio, u.code, nl.format(u.aantal)]),
    },
    {
      title: 'Overgeslagen (en waarom)',
      head: ['reden', 'code', 'aantal'],
      rows: Object.entries(report.gelezen.overgeslagen)
        .sort(([, a], [, b]) => b - a)
        .map(([code, n]) => [describeSkipReason(code), code, nl.format(n)]),
    },
    {
      title: 'Problemen',
      head: ['plaats', 'element', 'code', 'melding'],
      rows: report.problemen.map((p) => [`${p.file}:${p.line}:${p.column}`, p.path, p.code, p.message]),
    },
  ];
  if (report.uitstroom.length > 0)
    list.push({
      title: 'Uitstroom: reden beëindiging per aanbieder',
      head: ['aanbieder', 'reden', 'omschrijving', 'aantal'],
      rows: report.uitstroom.map((u) => [u.aanbieder, u.reden, u.omschrijving, nl.format(u.aantal)]),
    });
  return { summary, sections: list };
}

function more(report: CheckReport, section: Section): string | undefined {
  if (section.title === 'Toewijzingen met een fout' && report.metFout > report.fouten.length)
    return `… en nog ${nl.format(report.metFout - report.fouten.length)} (gebruik --format csv voor alle toewijzingen).`;
  if (section.title === 'Problemen' && report.problemenTotaal > report.problemen.length)
    return `… en nog ${nl.format(report.problemenTotaal - report.problemen.length)}.`;
  return undefined;
}

export function renderCheckText(report: CheckReport): string {
  const { summary, sections: list } = sections(report);
  const out = ['Berichten toetsen', '', ...summary];
  for (const s of list) {
    if (s.rows.length === 0) continue;
    out.push('', `${s.title}:`);
    const widths = s.head.map((h, i) => Math.min(40, Math.max(h.length, ...s.rows.map((r) => r[i].length))));
    const pad = (row: string[]) => `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd();
    out.push(pad(s.head));
    for (const row of s.rows) out.push(pad(row));
    const tail = more(report, s);
    if (tail) out.push(`  ${tail}`);
  }
  return out.join('\n');
}

const mdCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderCheckMarkdown(report: CheckReport): string {
  const { summary, sections: list } = sections(report);
  const out = ['# Berichten toetsen', '', ...summary.map((line) => `- ${line}`)];
  for (const s of list) {
    if (s.rows.length === 0) continue;
    out.push('', `## ${s.title}`, '', `| ${s.head.join(' | ')} |`, `| ${s.head.map(() => '---').join(' | ')} |`);
    for (const row of s.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
    const tail = more(report, s);
    if (tail) out.push('', tail);
  }
  return out.join('\n') + '\n';
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderCheckHtml(report: CheckReport): string {
  const { summary, sections: list } = sections(report);
  const body: string[] = ['<h1>Berichten toetsen</h1>', '<ul>', ...summary.map((line) => `<li>${escapeHtml(line)}</li>`), '</ul>'];
  for (const s of list) {
    if (s.rows.length === 0) continue;
    body.push(
      `<h2>${escapeHtml(s.title)}</h2>`,
      '<table>',
      `<thead><tr>${s.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    for (const row of s.rows) body.push(`<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
    body.push('</tbody>', '</table>');
    const tail = more(report, s);
    if (tail) body.push(`<p>${escapeHtml(tail)}</p>`);
  }
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Berichten toetsen</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse;margin-bottom:1.5rem}th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left}th{background:#eef1f5}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

export const CHECK_CSV_HEADER = [
  'casus',
  'soort',
  'bericht',
  'berichttype',
  'bestand',
  'regel',
  'kolom',
  'element',
  'gemeente',
  'regelset',
  'versie',
  'perceel',
  'datum',
  'toewijzing',
  'product',
  'aanbieder',
  'oordeel',
  'bevindingen',
  'ontbrekend',
];

const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV line (semicolon-separated, as Dutch spreadsheet programs expect) for a checked allocation. */
export function checkCsvLine(a: CheckedAllocation): string {
  return [
    a.id,
    a.soort,
    a.bericht,
    a.berichtType,
    a.file,
    a.line,
    a.column,
    a.path,
    a.gemeente,
    a.rulesetId,
    a.version,
    a.perceel,
    a.datum,
    a.toewijzing,
    a.product,
    a.aanbieder ?? '',
    a.oordeel,
    [...new Set(a.findings.map((f) => f.code))].join(' '),
    a.missing.join(' '),
  ]
    .map(csvCell)
    .join(';');
}
