/** The segment matrix as a standalone HTML page (no external assets): one table per region and domain. */
import { ELEMENT_TITLES, STEERING_ELEMENTS } from './policy-text';
import type { MatrixCell, SegmentMatrix } from './segment-matrix';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellHtml(c: MatrixCell): string {
  const marks = c.afwijkingen.map(
    (a) => `<div class="afwijking"><em>${escape(a.gemeenteNaam)}: ${escape(a.tekst)}</em> <sup><a href="#noot-${a.noot}">[${a.noot}]</a></sup></div>`,
  );
  return `<td${c.nietVanToepassing ? ' class="nvt"' : ''}>${escape(c.tekst)}${marks.join('')}</td>`;
}

/** Renders the matrix as an HTML document. */
export function renderSegmentMatrixHtml(matrix: SegmentMatrix): string {
  const body: string[] = [];
  for (const region of matrix.regios) {
    body.push(`<h1>Segmentmatrix ${escape(region.naam)} <small>peildatum ${escape(matrix.peildatum)}</small></h1>`);
    for (const domain of region.domeinen) {
      body.push(`<h2>${escape(domain.titel)}</h2>`, '<table>', '<thead><tr><th>Segment</th><th>Typering</th><th>Perceel</th>');
      body.push(STEERING_ELEMENTS.map((e) => `<th>${ELEMENT_TITLES[e]}</th>`).join(''), '</tr></thead><tbody>');
      for (const segment of domain.segmenten) {
        segment.percelen.forEach((perceel, i) => {
          const span = segment.percelen.length;
          const head =
            i === 0
              ? `<th rowspan="${span}" title="${escape(segment.rulesetId)}">${escape(segment.segment)}<br><small>v${segment.versie}, vanaf ${escape(segment.geldigVanaf)}</small></th><td rowspan="${span}">${escape(segment.typering)}</td>`
              : '';
          body.push(`<tr>${head}<td>${escape(perceel.perceel)}</td>${STEERING_ELEMENTS.map((e) => cellHtml(perceel.elementen[e])).join('')}</tr>`);
        });
      }
      body.push('</tbody></table>');
    }
    if (region.noten.length > 0) {
      body.push('<h3>Gemeentelijke afwijkingen</h3>', '<ol class="noten">');
      for (const note of region.noten) {
        body.push(
          `<li id="noot-${note.noot}" value="${note.noot}"><strong>${escape(note.gemeenteNaam)}</strong> (${escape(note.rulesetId)}): ${escape(note.omschrijving)}</li>`,
        );
      }
      body.push('</ol>');
    }
    if (region.nietVanKracht.length > 0) body.push(`<p>Geen geldende versie op ${escape(matrix.peildatum)}: ${escape(region.nietVanKracht.join(', '))}.</p>`);
  }
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Segmentmatrix — peildatum ${escape(matrix.peildatum)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; font-size: 0.9rem; }
th, td { border: 1px solid #999; padding: 0.4rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef4; }
td.nvt { color: #666; font-style: italic; }
.afwijking { margin-top: 0.3rem; padding-left: 0.4rem; border-left: 3px solid #c60; }
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
