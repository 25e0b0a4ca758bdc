/**
 * "Berichten toetsen" for access workers and testers (lazy chunk): drop or choose iWmo/iJw 3.2 message files, see the
 * upload progress, filter the table of allocations, read the decision with its explanation per allocation, export CSV.
 */
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { CHECK_CSV_HEADER, checkCsvLine, type CheckedAllocation } from '../../../../engine/src/messages';
import { findFindingCode } from '../../../../engine/src/model';
import type { ApiClient } from '../../api/client';
import { ExplanationView } from '../findings/explanation-view';
import { SEVERITY_LABEL } from '../findings/finding-list';
import { batchFiles, emptyResult, filterAllocations, mergeResponse, type BerichtenResponse, type MergedResult, type TableFilter } from './merge-results';

/** Content per request, below the server's JSON body limit. */
const BATCH_CHARS = 1_500_000;
const nl = new Intl.NumberFormat('nl-NL');

const VERDICT_LABEL: Record<CheckedAllocation['oordeel'], string> = { fout: 'Fout', waarschuwing: 'Waarschuwing', 'in orde': 'In orde' };
const SHAPE_LABEL: Record<CheckedAllocation['toewijzing'], string> = { specifiek: 'specifiek', aspecifiek: 'aspecifiek', generiek: 'generiek' };

export default function MessagesPage({ client }: { client: ApiClient }) {
  const [result, setResult] = useState<MergedResult>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [problem, setProblem] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [filter, setFilter] = useState<TableFilter>({ tekst: '', oordeel: '', gemeente: '' });
  const [selected, setSelected] = useState<CheckedAllocation>();
  const detailHeading = useRef<HTMLHeadingElement>(null);

  async function check(fileList: FileList | File[]) {
    const files = Array.from(fileList);
    if (files.length === 0) return;
    setProblem(undefined);
    setSelected(undefined);
    setResult(undefined);
    const read = await Promise.all(files.map(async (file) => ({ naam: file.name, inhoud: await file.text() })));
    const batches = batchFiles(read, BATCH_CHARS);
    setProgress({ done: 0, total: read.length });
    let merged = emptyResult();
    let done = 0;
    try {
      for (const batch of batches) {
        const response = await client.request<BerichtenResponse>('POST', '/api/berichten', { body: { bestanden: batch } });
        merged = mergeResponse(merged, response.body);
        done += batch.length;
        setProgress({ done, total: read.length });
        setResult(merged);
      }
    } catch (error) {
      setProblem(`De berichten konden niet worden getoetst: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files);
  };

  const shown = useMemo(() => (result ? filterAllocations(result.toewijzingen, filter) : []), [result, filter]);
  const gemeenten = useMemo(() => [...new Set(result?.toewijzingen.map((a) => a.gemeente) ?? [])].sort(), [result]);
  const fout = result?.toewijzingen.filter((a) => a.oordeel === 'fout').length ?? 0;

  function exportCsv() {
    if (!result) return;
    const text = [CHECK_CSV_HEADER.join(';'), ...shown.map(checkCsvLine)].join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'berichten-toetsing.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function open(allocation: CheckedAllocation) {
    setSelected(allocation);
    requestAnimationFrame(() => detailHeading.current?.focus());
  }

  return (
    <main className="messages-page">
      <h1>Berichten toetsen</h1>
      <p>
        Toets de toewijzingen (301) en verzoeken (315, 317) uit iWmo- en iJw-berichten (versie 3.2) aan het beleid dat op hun datum gold. Starts, stops en
        declaraties worden gelezen en geteld. Het BSN wordt niet opgeslagen of getoond.
      </p>
      <section
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        aria-label="Berichten uploaden"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>Sleep berichtbestanden (.xml) hierheen, of kies ze:</p>
        <label htmlFor="berichten-bestanden">Berichtbestanden</label>{' '}
        <input
          id="berichten-bestanden"
          type="file"
          multiple
          accept=".xml,application/xml,text/xml"
          onChange={(e) => {
            if (e.target.files) void check(e.target.files);
          }}
        />
      </section>
      {progress && (
        <div className="messages-progress">
          <label htmlFor="berichten-voortgang">Voortgang</label>{' '}
          <progress id="berichten-voortgang" max={progress.total} value={progress.done}>
            {progress.done} van {progress.total}
          </progress>{' '}
          <span role="status">
            {nl.format(progress.done)} van {nl.format(progress.total)} bestand(en) getoetst
          </span>
        </div>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {result && (
        <>
          <h2>Resultaat</h2>
          <ul className="messages-summary">
            <li>
              {nl.format(result.berichten)} bericht(en) gelezen, waarvan {nl.format(result.berichtenOvergeslagen)} (deels) onleesbaar
            </li>
            <li>
              {nl.format(result.toewijzingen.length)} getoetst: {nl.format(fout)} met een fout
            </li>
            <li>{nl.format(result.problemen.length)} probleem/problemen bij lezen of koppelen</li>
            <li>Het WAT (doelen, resultaatgebieden) staat niet in een bericht: het is een ontbrekend gegeven, geen fout.</li>
          </ul>

          <h3>Toewijzingen</h3>
          <div className="toolbar" role="search" aria-label="Toewijzingen filteren">
            <label>
              Zoeken <input type="search" value={filter.tekst} onChange={(e) => setFilter({ ...filter, tekst: e.target.value })} />
            </label>
            <label>
              Oordeel{' '}
              <select value={filter.oordeel} onChange={(e) => setFilter({ ...filter, oordeel: e.target.value as TableFilter['oordeel'] })}>
                <option value="">alle</option>
                <option value="fout">fout</option>
                <option value="waarschuwing">waarschuwing</option>
                <option value="in orde">in orde</option>
              </select>
            </label>
            <label>
              Gemeente{' '}
              <select value={filter.gemeente} onChange={(e) => setFilter({ ...filter, gemeente: e.target.value })}>
                <option value="">alle</option>
                {gemeenten.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={exportCsv}>
              Exporteer CSV ({nl.format(shown.length)})
            </button>
          </div>
          <table className="result-table messages-table">
            <caption>
              {nl.format(shown.length)} van {nl.format(result.toewijzingen.length)} toewijzing(en)
            </caption>
            <thead>
              <tr>
                <th scope="col">Casus</th>
                <th scope="col">Gemeente</th>
                <th scope="col">Regelset</th>
                <th scope="col">Soort</th>
                <th scope="col">Product</th>
                <th scope="col">Oordeel</th>
                <th scope="col">Bevindingen</th>
                <th scope="col">Besluit</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={`${a.file}-${a.id}-${a.line}`} className={`verdict-${a.oordeel.replace(' ', '-')}`}>
                  <td>{a.id}</td>
                  <td>{a.gemeente}</td>
                  <td>
                    {a.rulesetId} v{a.version} ({a.perceel})
                  </td>
                  <td>{SHAPE_LABEL[a.toewijzing]}</td>
                  <td>{a.product}</td>
                  <td>{VERDICT_LABEL[a.oordeel]}</td>
                  <td>{[...new Set(a.findings.map((f) => f.code))].join(', ') || '—'}</td>
                  <td>
                    <button type="button" onClick={() => open(a)} aria-label={`Uitleg bij ${a.id}`}>
                      Uitleg
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          {selected && (
            <section className="allocation-detail" aria-labelledby="toewijzing-uitleg">
              <h3 id="toewijzing-uitleg" tabIndex={-1} ref={detailHeading}>
                Besluit bij toewijzing {selected.id}
              </h3>
              <p>
                {selected.file}, regel {selected.line} ({selected.path}); bericht {selected.bericht}; {selected.rulesetId} versie {selected.version}, perceel{' '}
                {selected.perceel}, datum {selected.datum}; {SHAPE_LABEL[selected.toewijzing]} toegewezen.
              </p>
              {selected.findings.length === 0 ? (
                <p>Geen bevindingen: de toewijzing past bij het beleid van dit segment.</p>
              ) : (
                <ol className="findings">
                  {selected.findings.map((f, i) => (
                    <li key={`${f.ruleId}-${i}`} className={`finding finding-${f.severity}`}>
                      <h4>
                        <span className="severity">{SEVERITY_LABEL[f.severity]}</span> {findFindingCode(f.code)?.titel ?? f.code} <code>{f.code}</code>
                      </h4>
                      <p>{f.message}</p>
                      {f.advice && (
                        <p>
                          <strong>Advies:</strong> {f.advice}
                        </p>
                      )}
                      <p className="muted">
                        Regel <code>{f.ruleId}</code>
                        {f.policyChoice && (
                          <>
                            ; beleidskeuze <code>{f.policyChoice.pointer}</code> = {JSON.stringify(f.policyChoice.value)}
                          </>
                        )}
                      </p>
                      {f.explanation && <ExplanationView explanation={f.explanation} />}
                    </li>
                  ))}
                </ol>
              )}
              <p className="muted">
                Ontbrekende gegevens (niet in het bericht):{' '}
                {selected.missing.map((path) => (path === '$.besluit.wat' ? `het WAT, doelen en resultaatgebieden (${path})` : path)).join(', ') || 'geen'}
              </p>
            </section>
          )}

          {result.problemen.length > 0 && (
            <>
              <h3>Problemen bij lezen of koppelen</h3>
              <table className="result-table">
                <thead>
                  <tr>
                    <th scope="col">Plaats</th>
                    <th scope="col">Element</th>
                    <th scope="col">Code</th>
                    <th scope="col">Melding</th>
                  </tr>
                </thead>
                <tbody>
                  {result.problemen.map((p, i) => (
                    <tr key={i}>
                      <td>
                        {p.file}:{p.line}:{p.column}
                      </td>
                      <td>
                        <code>{p.path}</code>
                      </td>
                      <td>{p.code}</td>
                      <td>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {result.onbekendeCodes.length > 0 && (
            <>
              <h3>Onbekende productcodes</h3>
              <ul>
                {result.onbekendeCodes.map((c) => (
                  <li key={`${c.regio}-${c.code}`}>
                    {c.regio}: {c.code} ({nl.format(c.aantal)}×)
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </main>
  );
}
