/** The segment matrix as Markdown: one table per region and domain, overrides marked [n] in the cell and explained below. */
import { ELEMENT_TITLES, STEERING_ELEMENTS } from './policy-text';
import type { MatrixCell, SegmentMatrix } from './segment-matrix';
import { escapeMarkdown } from '../text';

/** Every text from the rule sets is escaped: a renderer shows it as text, never as markup or a table cell of its own. */
const cell = escapeMarkdown;

function cellText(c: MatrixCell): string {
  const marks = c.afwijkingen.map((a) => `*${cell(a.gemeenteNaam)}: ${cell(a.tekst)}* [${a.noot}]`);
  return [cell(c.tekst), ...marks].join(' — ');
}

/** Renders the matrix as GitHub-flavoured Markdown. */
export function renderSegmentMatrixMarkdown(matrix: SegmentMatrix): string {
  const lines: string[] = [];
  for (const region of matrix.regios) {
    lines.push(`# Segmentmatrix ${cell(region.naam)} — peildatum ${cell(matrix.peildatum)}`, '');
    const count = region.domeinen.reduce((n, d) => n + d.segmenten.length, 0);
    lines.push(
      `${count} segment(en) met een geldende regelset; per perceel de vier sturingselementen. Afwijkingen van gemeenten staan cursief in de cel met een nootnummer.`,
      '',
    );
    for (const domain of region.domeinen) {
      lines.push(`## ${cell(domain.titel)}`, '');
      lines.push(`| Segment | Typering | Perceel | ${STEERING_ELEMENTS.map((e) => ELEMENT_TITLES[e]).join(' | ')} |`);
      lines.push(`|${' --- |'.repeat(3 + STEERING_ELEMENTS.length)}`);
      for (const segment of domain.segmenten) {
        segment.percelen.forEach((perceel, i) => {
          const head = i === 0 ? [`${cell(segment.segment)} (v${segment.versie})`, cell(segment.typering)] : ['', ''];
          lines.push(`| ${[...head, cell(perceel.perceel), ...STEERING_ELEMENTS.map((e) => cellText(perceel.elementen[e]))].join(' | ')} |`);
        });
      }
      lines.push('');
    }
    if (region.noten.length > 0) {
      lines.push('### Gemeentelijke afwijkingen', '');
      for (const note of region.noten) lines.push(`[${note.noot}] ${cell(note.gemeenteNaam)} (${cell(note.rulesetId)}): ${cell(note.omschrijving)}`, '');
    }
    if (region.nietVanKracht.length > 0) lines.push(`Geen geldende versie op ${cell(matrix.peildatum)}: ${region.nietVanKracht.map(cell).join(', ')}.`, '');
  }
  if (matrix.regios.length === 0) lines.push(`Geen regio's gevonden.`);
  return lines.join('\n').trimEnd() + '\n';
}
