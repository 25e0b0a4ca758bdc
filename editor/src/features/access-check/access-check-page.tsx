/**
 * Toegangscheck for access workers (lazy chunk, no Monaco, no JSON): fill in the decision, POST /api/evaluate,
 * read the findings in plain Dutch with advice and the facts still missing, and open the decision dossier.
 */
import { useEffect, useRef, useState } from 'react';
import type { Decision } from '../../../../engine/src/model/decision';
import type { Region, RuleSetVersion } from '../../../../engine/src/model/rule-set';
import { ApiProblemError, type ApiClient } from '../../api/client';
import { FindingList } from '../findings/finding-list';
import { MissingFacts } from '../findings/missing-facts';
import { summaryText } from '../findings/decision-view';
import { AccessCheckForm, type RuleSetChoice } from './access-check-form';
import { buildCase, emptyForm, type AccessForm, type FieldErrors } from './build-case';
import { DecisionDossier } from './decision-dossier';

interface Result {
  decision: Decision;
  caseData: Record<string, unknown>;
  ruleSet: RuleSetVersion;
}

/** Server issue paths (JSON pointers into the case) → form field ids, so a server error lands at its field. */
const FIELD_OF_PATH: [RegExp, string][] = [
  [/^\/(case\/)?gemeente/, 'gemeente'],
  [/^\/(case\/)?(segment|domein)/, 'segment'],
  [/^\/(case\/)?perceel/, 'perceel'],
  [/^\/(case\/)?datum|^\/asOf/, 'besluitdatum'],
  [/^\/(case\/)?client\/leeftijd/, 'leeftijd'],
];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export default function AccessCheckPage({ client }: { client: ApiClient }) {
  const [regions, setRegions] = useState<Region[]>([]);
  const [rulesets, setRulesets] = useState<RuleSetChoice[]>([]);
  const [percelen, setPercelen] = useState<string[]>([]);
  const [form, setForm] = useState<AccessForm>(() => emptyForm(today()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const [dossierOpen, setDossierOpen] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const dossierHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    Promise.all([client.get<{ regions: Region[] }>('/api/regions'), client.get<{ rulesets: RuleSetChoice[] }>('/api/rulesets')])
      .then(([r, s]) => {
        setRegions(r.regions);
        setRulesets(s.rulesets);
      })
      .catch((e: Error) => setProblem(`Gemeenten en segmenten konden niet worden geladen: ${e.message}`));
  }, [client]);

  // The percelen come from the chosen segment's policy; a single (or first) perceel is preselected.
  const chosen = rulesets.find((r) => r.id === form.rulesetId);
  useEffect(() => {
    setPercelen([]);
    if (!chosen) return;
    let current = true;
    client
      .get<{ document: RuleSetVersion }>(`/api/rulesets/${chosen.id}/versions/${chosen.latestVersion}`)
      .then(({ document }) => {
        if (!current) return;
        const names = Object.keys(document.policy.percelen);
        setPercelen(names);
        setForm((f) => (f.perceel || f.rulesetId !== chosen.id ? f : { ...f, perceel: names[0] ?? '' }));
      })
      .catch((e: Error) => current && setProblem(`De percelen van ${chosen.title} konden niet worden geladen: ${e.message}`));
    return () => {
      current = false;
    };
  }, [client, chosen]);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);
  useEffect(() => {
    if (dossierOpen) dossierHeading.current?.focus();
  }, [dossierOpen]);

  const submit = async () => {
    const { caseData, errors: found } = buildCase(form);
    setErrors(found);
    setProblem(undefined);
    const firstInvalid = Object.keys(found)[0];
    if (firstInvalid) {
      document.getElementById(firstInvalid)?.focus();
      return;
    }
    setBusy(true);
    try {
      const decision = (await client.request<Decision>('POST', '/api/evaluate', { body: { case: caseData, asOf: form.besluitdatum } })).body;
      const version = await client.get<{ document: RuleSetVersion }>(`/api/rulesets/${decision.rulesetId}/versions/${decision.version}`);
      setDossierOpen(false);
      setResult({ decision, caseData, ruleSet: version.document });
    } catch (e) {
      if (e instanceof ApiProblemError) {
        const byField: FieldErrors = {};
        for (const issue of e.issues) {
          const field = FIELD_OF_PATH.find(([pattern]) => pattern.test(issue.path))?.[1];
          if (field) byField[field] = `${e.title}: ${issue.message}`;
        }
        setErrors(byField);
        setProblem(`${e.title}. ${e.detail}`);
      } else setProblem(`Toetsen is mislukt: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const gemeenteNaam = regions.flatMap((r) => r.gemeenten).find((g) => g.id === result?.decision.gemeente)?.naam ?? result?.decision.gemeente ?? '';
  const errorCount = Object.keys(errors).length;
  return (
    <main className="access-check">
      <h1>Toegangscheck</h1>
      <p className="muted">Toets een besluit van de toegang aan het beleid van het segment: wie bepaalt het WAT, wie het HOE.</p>
      {(problem || errorCount > 0) && (
        <div role="alert" className="error">
          {problem && <p>{problem}</p>}
          {errorCount > 0 && (
            <ul>
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>
                  <a href={`#${field}`} onClick={(e) => (e.preventDefault(), document.getElementById(field)?.focus())}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="access-layout">
        <AccessCheckForm
          form={form}
          onChange={setForm}
          errors={errors}
          regions={regions}
          rulesets={rulesets}
          percelen={percelen}
          busy={busy}
          onSubmit={() => void submit()}
        />
        {result && (
          <section className="access-result" aria-labelledby="uitkomst-kop">
            <h2 id="uitkomst-kop" tabIndex={-1} ref={resultHeading}>
              Uitkomst van de toets
            </h2>
            <p className="decision-summary">{summaryText(result.decision.summary)}</p>
            <h3>Bevindingen</h3>
            <FindingList findings={result.decision.findings} />
            <h3>Nog ontbrekende gegevens</h3>
            <MissingFacts missing={result.decision.missing} />
            <button type="button" onClick={() => setDossierOpen((open) => !open)} aria-expanded={dossierOpen}>
              {dossierOpen ? 'Beschikkingsdossier verbergen' : 'Beschikkingsdossier tonen'}
            </button>
          </section>
        )}
      </div>
      {result && dossierOpen && (
        <DecisionDossier ref={dossierHeading} decision={result.decision} caseData={result.caseData} ruleSet={result.ruleSet} gemeenteNaam={gemeenteNaam} />
      )}
    </main>
  );
}
