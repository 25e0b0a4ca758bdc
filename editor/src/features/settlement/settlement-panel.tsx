/**
 * Impact tab, funding side: the year-end settlement (POST /api/afrekening) of a realisation (JSON or CSV, pasted or
 * read from a file) under the version in force that year or the draft, and the funding scenario against another
 * version or the draft: euros per provider (diverging bars) and per municipality, with the numbers as tables.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { formatEuroNl, parseAmount } from '../../../../engine/src/funding';
import type { ScenarioComparison, Settlement } from '../../../../engine/src/settlement';
import { GemeenteSelect } from '../../components/gemeente-select';
import { may } from '../../roles';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { DivergingBarChart } from './diverging-bar-chart';

interface AfrekeningAnswer {
  afrekening: Settlement;
  variant?: Settlement;
  vergelijking?: ScenarioComparison;
}

const euro = (value: string | undefined) => (value === undefined ? '—' : formatEuroNl(parseAmount(value)));
const RICHTING: Record<string, string> = {
  gelijk: '—',
  'van-terugbetaling-naar-bijbetaling': 'van terugbetalen naar bijbetaald krijgen',
  'van-bijbetaling-naar-terugbetaling': 'van bijbetaald krijgen naar terugbetalen',
};

/** "", "concept" or a version number as text. */
type Choice = string;

function SettlementTables({ settlement, gemeenteNames }: { settlement: Settlement; gemeenteNames: Record<string, string> }) {
  return (
    <section aria-labelledby="afrekening-titel">
      <h3 id="afrekening-titel">
        Jaarafrekening {settlement.jaar} — {settlement.bronVersie === 'concept' ? 'concept' : `versie ${settlement.versie}`}
        {settlement.fictief && ' (fictieve realisatie)'}
      </h3>
      {settlement.percelen.map((p) => (
        <div key={p.perceel}>
          <h4>Perceel {p.perceel}</h4>
          <ul>
            {p.stappen.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          {p.beleid.length > 0 && (
            <details>
              <summary>Gebruikte beleidswaarden ({p.beleid.length})</summary>
              <ul className="sources">
                {p.beleid.map((ref, i) => (
                  <li key={i}>
                    <code>{ref.pointer}</code> = {typeof ref.waarde === 'object' ? JSON.stringify(ref.waarde) : String(ref.waarde)} (versie {ref.versie}
                    {ref.afwijking && `, afwijking van ${gemeenteNames[ref.afwijking] ?? ref.afwijking}`}
                    {ref.illustratief && ' — voorbeeld, geen raadsbesluit'}){ref.bron && ` — ${ref.bron.titel}: “${ref.bron.passage}”`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
      <table className="settlement-table">
        <caption>Afrekening per aanbieder, gemeente en perceel</caption>
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            <th scope="col">Gemeente</th>
            <th scope="col">Perceel</th>
            <th scope="col">Vastgesteld</th>
            <th scope="col">Voorschotten</th>
            <th scope="col">Afrekening</th>
            <th scope="col">Niet vergoed</th>
            <th scope="col">Naar volgend jaar</th>
          </tr>
        </thead>
        <tbody>
          {settlement.regels.map((l, i) => (
            <tr key={i}>
              <td>{l.aanbiederNaam ?? l.aanbieder}</td>
              <td>{gemeenteNames[l.gemeente] ?? l.gemeente}</td>
              <td>{l.perceel}</td>
              <td className="num">{euro(l.vastgesteld)}</td>
              <td className="num">{euro(l.voorschotten)}</td>
              <td className="num">{euro(l.afrekening)}</td>
              <td className="num">{euro(l.nietVergoed)}</td>
              <td className="num">{l.toevoegingVolgendJaar ? euro(l.toevoegingVolgendJaar) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="settlement-table">
        <caption>Totalen per gemeente en voor de regio</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            <th scope="col">Vastgesteld</th>
            <th scope="col">Voorschotten</th>
            <th scope="col">Afrekening</th>
            <th scope="col">Niet vergoed</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(settlement.totalen.perGemeente).map(([g, t]) => (
            <tr key={g}>
              <th scope="row">{gemeenteNames[g] ?? g}</th>
              <td className="num">{euro(t.vastgesteld)}</td>
              <td className="num">{euro(t.voorschotten)}</td>
              <td className="num">{euro(t.afrekening)}</td>
              <td className="num">{euro(t.nietVergoed)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Regio</th>
            <td className="num">{euro(settlement.totalen.regio.vastgesteld)}</td>
            <td className="num">{euro(settlement.totalen.regio.voorschotten)}</td>
            <td className="num">{euro(settlement.totalen.regio.afrekening)}</td>
            <td className="num">{euro(settlement.totalen.regio.nietVergoed)}</td>
          </tr>
        </tbody>
      </table>
      {settlement.waarschuwingen.length > 0 && (
        <>
          <h4>Waarschuwingen</h4>
          <ul>
            {settlement.waarschuwingen.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ScenarioView({ comparison, gemeenteNames }: { comparison: ScenarioComparison; gemeenteNames: Record<string, string> }) {
  const side = (s: ScenarioComparison['basis']) => (s.bronVersie === 'concept' ? 'het concept' : `versie ${s.versie}`);
  return (
    <section aria-labelledby="scenario-titel">
      <h3 id="scenario-titel">
        Scenario {comparison.jaar}: {side(comparison.basis)} tegenover {side(comparison.variant)}
      </h3>
      <p className="scenario-summary" role="status">
        {comparison.samenvatting}
      </p>
      {!comparison.geenVerschil && (
        <DivergingBarChart
          title="Verschil in afrekening per aanbieder"
          description="Rechts van de nullijn krijgt de aanbieder meer (of betaalt minder terug), links minder."
          rows={comparison.aanbieders.map((a) => ({ label: a.aanbiederNaam ?? a.aanbieder, value: a.verschil }))}
        />
      )}
      <table className="settlement-table">
        <caption>Verschil per aanbieder</caption>
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            <th scope="col">Afrekening {side(comparison.basis)}</th>
            <th scope="col">Afrekening {side(comparison.variant)}</th>
            <th scope="col">Verschil</th>
            <th scope="col">Richting</th>
          </tr>
        </thead>
        <tbody>
          {comparison.aanbieders.map((a) => (
            <tr key={a.aanbieder}>
              <td>{a.aanbiederNaam ?? a.aanbieder}</td>
              <td className="num">{euro(a.afrekeningBasis)}</td>
              <td className="num">{euro(a.afrekeningVariant)}</td>
              <td className="num">{euro(a.verschil)}</td>
              <td>{RICHTING[a.richting]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="settlement-table">
        <caption>Lasten per gemeente</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            <th scope="col">Lasten {side(comparison.basis)}</th>
            <th scope="col">Lasten {side(comparison.variant)}</th>
            <th scope="col">Verschil</th>
          </tr>
        </thead>
        <tbody>
          {comparison.gemeenten.map((g) => (
            <tr key={g.gemeente}>
              <th scope="row">{gemeenteNames[g.gemeente] ?? g.gemeente}</th>
              <td className="num">{euro(g.lastenBasis)}</td>
              <td className="num">{euro(g.lastenVariant)}</td>
              <td className="num">{euro(g.verschil)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Regio</th>
            <td className="num">{euro(comparison.regio.lastenBasis)}</td>
            <td className="num">{euro(comparison.regio.lastenVariant)}</td>
            <td className="num">{euro(comparison.regio.verschil)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function SettlementPanel({ workspace }: RulesetTabProps) {
  const { client, me, rulesetId, info, region } = workspace;
  const canUseDraft = may(me, 'concepten') || workspace.draft !== undefined;
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('realisatie.json');
  const [basis, setBasis] = useState<Choice>('');
  const [compare, setCompare] = useState<Choice>(canUseDraft ? 'concept' : '');
  const [gemeente, setGemeente] = useState('');
  const [answer, setAnswer] = useState<AfrekeningAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), file: useId(), basis: useId(), compare: useId() };
  const gemeenteNames = Object.fromEntries((region?.gemeenten ?? []).map((g) => [g.id, g.naam]));

  const readFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  };

  const draftTarget = async (): Promise<string | undefined> => {
    const saved = may(me, 'concepten') ? await workspace.saveDraft() : workspace.draft;
    return saved?.id;
  };

  const calculate = async (): Promise<void> => {
    setError(undefined);
    setAnswer(undefined);
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Realisatie: plak de realisatie (JSON of CSV) of kies een bestand.');
      return;
    }
    let realisatie: unknown = trimmed;
    if (trimmed.startsWith('{')) {
      try {
        realisatie = JSON.parse(trimmed);
      } catch (e) {
        setError(`Realisatie: geen geldige JSON (${e instanceof Error ? e.message : String(e)}).`);
        return;
      }
    }
    setBusy(true);
    try {
      const body: Record<string, unknown> = { ruleset: rulesetId, realisatie, bestand: fileName, ...(gemeente ? { gemeente } : {}) };
      if (basis === 'concept' || compare === 'concept') {
        const draftId = await draftTarget();
        if (!draftId) {
          setError('Het concept kon niet worden opgeslagen; zie de melding bovenaan de pagina.');
          return;
        }
        if (basis === 'concept') body.draftId = draftId;
        if (compare === 'concept') body.vergelijkMet = { draftId };
      }
      if (basis !== '' && basis !== 'concept') body.versie = Number(basis);
      if (compare !== '' && compare !== 'concept') body.vergelijkMet = { versie: Number(compare) };
      const result = await client.request<AfrekeningAnswer>('POST', '/api/afrekening', { body });
      setAnswer(result.body);
    } catch (e) {
      setError(`De afrekening kon niet worden berekend: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settlement" aria-labelledby="settlement-heading">
      <h2 id="settlement-heading">Bekostiging: jaarafrekening en scenario</h2>
      <p className="muted">
        De afrekening rekent met het beleid van de regelset (plafonds, risicoverdeling, bandbreedte, herzieningsdrempel) van de versie die in het jaar van de
        realisatie gold, met de afwijking van de gemeente. Met een vergelijking ziet u wat een wijziging in euro&apos;s doet per aanbieder en gemeente.
      </p>
      <form
        className="impact-form"
        onSubmit={(e) => {
          e.preventDefault();
          void calculate();
        }}
      >
        <div className="field">
          <label htmlFor={ids.file}>Realisatiebestand (JSON of CSV)</label>
          <input id={ids.file} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void readFile(e)} />
        </div>
        <div className="field">
          <label htmlFor={ids.text}>Realisatie (JSON of CSV)</label>
          <textarea id={ids.text} rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor={ids.basis}>Afrekenen onder</label>
          <select id={ids.basis} value={basis} onChange={(e) => setBasis(e.target.value)}>
            <option value="">De versie die dat jaar gold</option>
            {info.versions.map((v) => (
              <option key={v.version} value={String(v.version)}>
                Versie {v.version}
              </option>
            ))}
            {canUseDraft && <option value="concept">Het concept</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.compare}>Vergelijken met</label>
          <select id={ids.compare} value={compare} onChange={(e) => setCompare(e.target.value)}>
            <option value="">Geen vergelijking</option>
            {info.versions.map((v) => (
              <option key={v.version} value={String(v.version)}>
                Versie {v.version}
              </option>
            ))}
            {canUseDraft && <option value="concept">Het concept</option>}
          </select>
        </div>
        <GemeenteSelect region={region} value={gemeente} onChange={setGemeente} />
        <button type="submit" disabled={busy}>
          {busy ? 'Berekenen…' : 'Afrekening berekenen'}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {answer?.vergelijking && <ScenarioView comparison={answer.vergelijking} gemeenteNames={gemeenteNames} />}
      {answer && <SettlementTables settlement={answer.afrekening} gemeenteNames={gemeenteNames} />}
    </section>
  );
}
