/**
 * Resultaatsturing (#/resultaten): a policy officer reads a provider outcome file (JSON: trajectory end records and
 * half-year indicators), POST /api/resultaten reports each provider against its own past and the policy's targets.
 */
import { useState } from 'react';
import { ApiProblemError, type ApiClient } from '../../api/client';
import type { OutcomeReport } from '../../../../engine/src/outcomes';
import { OutcomeReportView } from './outcome-report-view';

export default function OutcomesPage({ client }: { client: ApiClient }) {
  const [report, setReport] = useState<OutcomeReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10));
  const [fileName, setFileName] = useState<string>();

  async function read(file: File) {
    setFileName(file.name);
    setReport(undefined);
    setError(undefined);
    let gegevens: unknown;
    try {
      gegevens = JSON.parse(await file.text());
    } catch (e) {
      setError(`${file.name} is geen geldige JSON: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    setBusy(true);
    try {
      setReport((await client.request<OutcomeReport>('POST', '/api/resultaten', { body: { gegevens, asOf } })).body);
    } catch (e) {
      if (e instanceof ApiProblemError) {
        const [issue] = e.issues;
        setError(`${e.detail}${issue ? ` (${issue.path}: ${issue.message})` : ''}`);
      } else setError(String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main>
      <h1>Resultaatsturing</h1>
      <p>
        Lees de resultaatgegevens van aanbieders in (eindrecords van trajecten en per halfjaar uitval, cliëntervaring en doelrealisatie). Elke aanbieder wordt
        vergeleken met zijn eigen eerdere halfjaren en met de doelen in het beleid — niet met andere aanbieders.
      </p>
      <form onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="resultaten-peildatum">Peildatum van het beleid</label>
          <input id="resultaten-peildatum" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="resultaten-bestand">Resultaatgegevens (JSON)</label>
          <input
            id="resultaten-bestand"
            type="file"
            accept="application/json,.json"
            aria-describedby={error ? 'resultaten-fout' : undefined}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
            }}
          />
        </div>
      </form>
      <div aria-live="polite">
        {busy && <p>{fileName} wordt gelezen…</p>}
        {error && (
          <p id="resultaten-fout" role="alert" className="error">
            {error}
          </p>
        )}
      </div>
      {report && <OutcomeReportView report={report} />}
    </main>
  );
}
