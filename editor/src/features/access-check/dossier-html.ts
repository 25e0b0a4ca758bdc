/** A self-contained HTML file of the decision dossier: the dossier's markup with its own inline stylesheet, no scripts. */

const DOSSIER_CSS = `
body { font-family: system-ui, 'DejaVu Sans', sans-serif; margin: 2rem; color: #1b1f24; line-height: 1.45; }
h1, h2, h3, h4 { line-height: 1.2; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl > div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.3rem; }
th, td { border: 1px solid #c8ccd4; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.findings { list-style: none; padding: 0; }
.finding { border-left: 4px solid #b3261e; padding: 0.2rem 0.75rem; margin-bottom: 0.75rem; }
.advies { background: #eef5ee; padding: 0.3rem 0.5rem; }
.dossier-actions, .dossier-fields { display: none; }
code { word-break: break-all; }
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The complete HTML document for `dossierMarkup` (the rendered dossier's outerHTML). */
export function dossierHtml(title: string, dossierMarkup: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${DOSSIER_CSS}</style>
</head>
<body>
${dossierMarkup}
</body>
</html>
`;
}

/** Offers `html` as a download named `fileName`. */
export function downloadHtml(fileName: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
