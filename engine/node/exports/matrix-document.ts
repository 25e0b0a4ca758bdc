/** The segment matrix as an export document: per region and domain a table of segments × the four steering elements per perceel, and the notes on municipal variants. */
import { ELEMENT_TITLES, STEERING_ELEMENTS } from '../../src/policy/policy-text';
import type { MatrixCell, SegmentMatrix } from '../../src/policy/segment-matrix';
import type { ExportDocument, ExportSection } from './export-document';

/** "1 januari 2022" */
export function dutchDate(iso: string): string {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

/** A cell in words: the regional choice, then each municipality's variant ("Venlo: plekken [1]"). */
export function cellText(cell: MatrixCell): string {
  const variants = cell.afwijkingen.map((a) => `${a.gemeenteNaam}: ${a.tekst} [${a.noot}]`);
  return [cell.tekst, ...variants].join('\n');
}

export function matrixDocument(matrix: SegmentMatrix): ExportDocument {
  const sections: ExportSection[] = [];
  for (const region of matrix.regios) {
    for (const domain of region.domeinen) {
      sections.push({
        heading: `${region.naam} — ${domain.titel}`,
        blocks: [
          {
            table: {
              caption: `Segmentmatrix ${region.naam}, ${domain.titel}, peildatum ${dutchDate(matrix.peildatum)}`,
              columns: ['Segment', 'Perceel', ...STEERING_ELEMENTS.map((e) => ELEMENT_TITLES[e]), 'Versie'],
              rows: domain.segmenten.flatMap((segment) =>
                segment.percelen.map((perceel) => [
                  `${segment.segment} — ${segment.typering}`,
                  perceel.perceel,
                  ...STEERING_ELEMENTS.map((e) => cellText(perceel.elementen[e])),
                  `versie ${segment.versie}, geldig vanaf ${dutchDate(segment.geldigVanaf)}`,
                ]),
              ),
            },
          },
        ],
      });
    }
    if (region.noten.length > 0 || region.nietVanKracht.length > 0) {
      sections.push({
        heading: `${region.naam} — gemeentelijke afwijkingen`,
        blocks: [
          ...region.noten.map((n) => ({ paragraph: `[${n.noot}] ${n.gemeenteNaam} (${n.rulesetId}): ${n.omschrijving}` })),
          ...(region.nietVanKracht.length > 0 ? [{ paragraph: `Zonder geldende versie op de peildatum: ${region.nietVanKracht.join(', ')}.` }] : []),
        ],
      });
    }
  }
  return {
    title: 'Segmentmatrix',
    subtitle: [
      `Segmenten × sturingselementen per perceel, volgens de regelsets die gelden op ${dutchDate(matrix.peildatum)}.`,
      `Regio's: ${matrix.regios.map((r) => r.naam).join(', ') || 'geen'}.`,
    ],
    sections,
  };
}
