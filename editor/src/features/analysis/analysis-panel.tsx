/**
 * The Analyse tab: the server analyses the editor's text as the next version next to the published ones
 * (responsibility map, timeline, rules with witnesses); every finding has a marker in the JSON and, where it
 * has a witness case, opens it in "Case proberen" with one click. A region view shows the couleur locale.
 */
import { useEffect, useMemo, useState } from 'react';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { rulesetHref } from '../../route';
import { rememberCase } from '../simulator/remembered-case';
import { AnalysisJsonView, revealLine } from './analysis-json-view';
import { locateAnalysisFindings } from './analysis-markers';
import type { AnalyseResponse, AnalysisFinding, RegionDrift } from './analysis-types';
import { RegionDriftView } from './region-drift-view';
import { ResponsibilityTable } from './responsibility-table';

const SEVERITY: Record<string, string> = { fout: 'Fout', waarschuwing: 'Waarschuwing', info: 'Info' };

export function AnalysisPanel({ workspace }: RulesetTabProps) {
  return <Analysis workspace={workspace} />;
}

function Analysis({ workspace }: RulesetTabProps) {
  const { client, rulesetId, text, document, region } = workspace;
  const [result, setResult] = useState<AnalyseResponse>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [drift, setDrift] = useState<RegionDrift>();
  const [driftError, setDriftError] = useState<string>();

  useEffect(() => {
    if (document === undefined) {
      setError('De tekst in de editor is geen geldige JSON; herstel die eerst.');
      return;
    }
    let current = true;
    setBusy(true);
    const timer = setTimeout(() => {
      client
        .request<AnalyseResponse>('POST', '/api/analyse', { body: { ruleset: rulesetId, document } })
        .then((response) => {
          if (!current) return;
          setResult(response.body);
          setError(undefined);
        })
        .catch((e: Error) => current && setError(`De analyse is mislukt: ${e.message}`))
        .finally(() => current && setBusy(false));
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, rulesetId, document]);

  const analysis = result?.analyses[0];
  const version = result?.concept?.version;
  const findings = useMemo(() => analysis?.findings ?? [], [analysis]);
  const markers = useMemo(() => locateAnalysisFindings(text, findings, version), [text, findings, version]);
  const gemeenteNaam = (id: string) => region?.gemeenten.find((g) => g.id === id)?.naam ?? id;
  const map = analysis?.versions.find((v) => v.version === version)?.map ?? [];

  const openWitness = (finding: AnalysisFinding) => {
    if (finding.witness?.kind !== 'casus') return;
    rememberCase(rulesetId, { exampleKey: '', caseText: JSON.stringify(finding.witness.case, null, 2) + '\n', asOf: finding.witness.asOf });
    window.location.hash = rulesetHref(rulesetId, 'proberen');
  };

  const loadDrift = () => {
    setDriftError(undefined);
    client
      .get<AnalyseResponse>(`/api/analyse?region=${encodeURIComponent(rulesetId.split('/')[0])}`)
      .then((r) => setDrift(r.drift[0]))
      .catch((e: Error) => setDriftError(`De regio kon niet worden geanalyseerd: ${e.message}`));
  };

  return (
    <div className="analysis-panel">
      <h2>Analyse</h2>
      <p className="muted">
        Bewezen over alle gemeenten, percelen en een eindige indeling van elke casus (geen steekproef). De tekst in de editor telt als de volgende versie.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" data-testid="analysis-status">
        {busy && !analysis
          ? 'Analyse loopt…'
          : analysis
            ? `${findings.filter((f) => f.severity === 'fout').length} gat/tegenstrijdigheid, ${findings.filter((f) => f.severity === 'waarschuwing').length} waarschuwing(en); ${analysis.summary.bewezen} van ${analysis.summary.ruleContexts} regel×gemeente×perceel bewezen, ${analysis.summary.cells} cellen beslist, ${analysis.summary.witnessesVerified} getuigen bevestigd.`
            : ''}
      </p>
      {analysis && (
        <>
          <section aria-labelledby="analyse-bevindingen">
            <h3 id="analyse-bevindingen">Bevindingen</h3>
            {findings.length === 0 ? (
              <p>Geen bevindingen.</p>
            ) : (
              <ul className="analysis-findings">
                {findings.map((f, i) => {
                  const marker = markers.find((m) => m.finding === f);
                  return (
                    <li key={i} className={`finding finding-${f.severity}`} data-code={f.code}>
                      <p>
                        <strong>{SEVERITY[f.severity]}</strong> <code>{f.code}</code>{' '}
                        {[f.gemeente && gemeenteNaam(f.gemeente), f.perceel && `perceel ${f.perceel}`, f.element && `element ${f.element}`]
                          .filter(Boolean)
                          .join(' · ')}
                      </p>
                      <p>{f.message}</p>
                      <p className="muted">
                        {f.pointers.map((p) => (
                          <code key={p}>{p} </code>
                        ))}
                        {marker && (
                          <button type="button" className="link-button" onClick={() => revealLine(marker.line)}>
                            Toon in de JSON (regel {marker.line})
                          </button>
                        )}
                      </p>
                      {f.witness?.kind === 'casus' && (
                        <p>
                          Getuige: {f.witness.toelichting}{' '}
                          <button type="button" onClick={() => openWitness(f)}>
                            Openen in Case proberen
                          </button>
                        </p>
                      )}
                      {f.witness?.kind === 'datum' && (
                        <p>
                          Getuige: {f.witness.datum} — {f.witness.toelichting}
                        </p>
                      )}
                      {f.proof && <p>Bewijs: {f.proof.reden}</p>}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section aria-labelledby="analyse-json">
            <h3 id="analyse-json">De regelset met markeringen</h3>
            <AnalysisJsonView text={text} markers={markers} />
          </section>
          <section aria-labelledby="analyse-kaart">
            <h3 id="analyse-kaart">Wie beslist (WAT en HOE)</h3>
            <ResponsibilityTable rows={map} gemeenteNaam={gemeenteNaam} />
          </section>
        </>
      )}
      <section aria-labelledby="analyse-regio">
        <h3 id="analyse-regio">Couleur locale in de regio</h3>
        {!drift && (
          <button type="button" onClick={loadDrift}>
            Regio tonen
          </button>
        )}
        {driftError && (
          <p role="alert" className="error">
            {driftError}
          </p>
        )}
        {drift && <RegionDriftView drift={drift} gemeenteNaam={gemeenteNaam} />}
      </section>
    </div>
  );
}
