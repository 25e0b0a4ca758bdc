/**
 * Toegangscheck for access workers (lazy chunk, no Monaco, no JSON): fill in the decision, POST /api/evaluate,
 * read the findings in plain Dutch with advice and the facts still missing, and open the decision dossier.
 * Once gemeente, segment, perceel and date are chosen, the form shows (and presets) who decides the WAT and each HOE
 * element under the policy in force there and then, naming the municipality where its own override sets it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Decision } from '../../../../engine/src/model';
import { HOE_ELEMENTS, type Region, type RuleSetVersion } from '../../../../engine/src/model';
import { isInForce } from '../../../../engine/src/rules';
import { ApiProblemError, type ApiClient } from '../../api/client';
import { FindingList } from '../findings/finding-list';
import { MissingFacts } from '../findings/missing-facts';
import { summaryText } from '../findings/decision-view';
import { AccessCheckForm, type RuleSetChoice } from './access-check-form';
import { buildCase, emptyForm, type AccessForm, type FieldErrors } from './build-case';
import { DecisionDossier } from './decision-dossier';
import { accessPolicy, presetFor } from './policy-in-force';

interface VersionMeta {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

interface Result {
  decision: Decision;
  caseData: Record<string, unknown>;
  ruleSet: RuleSetVersion;
  /** The form as it was checked: a later edit makes the result stale. */
  form: AccessForm;
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

  // The version in force on the decision date (the latest as long as no date is given) gives the percelen and the policy.
  const chosen = rulesets.find((r) => r.id === form.rulesetId);
  const [versions, setVersions] = useState<{ rulesetId: string; list: VersionMeta[] }>();
  const [inForce, setInForce] = useState<RuleSetVersion>();
  useEffect(() => {
    setVersions(undefined);
    if (!chosen) return;
    let current = true;
    client
      .get<{ versions: VersionMeta[] }>(`/api/rulesets/${chosen.id}`)
      .then((info) => current && setVersions({ rulesetId: chosen.id, list: info.versions }))
      .catch((e: Error) => current && setProblem(`De versies van ${chosen.title} konden niet worden geladen: ${e.message}`));
    return () => {
      current = false;
    };
  }, [client, chosen]);
  const versionNumber = useMemo(() => {
    if (!chosen || versions?.rulesetId !== chosen.id) return undefined;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(form.besluitdatum) ? versions.list.filter((v) => isInForce({ id: chosen.id, ...v }, form.besluitdatum)) : [];
    return (valid.length > 0 ? valid : versions.list).reduce((a, b) => (b.version > a.version ? b : a), versions.list[0])?.version;
  }, [chosen, versions, form.besluitdatum]);
  useEffect(() => {
    if (!chosen || versionNumber === undefined) return setInForce(undefined);
    let current = true;
    client
      .get<{ document: RuleSetVersion }>(`/api/rulesets/${chosen.id}/versions/${versionNumber}`)
      .then(({ document }) => {
        if (!current) return;
        setInForce(document);
        const names = Object.keys(document.policy.percelen);
        setForm((f) => (f.perceel || f.rulesetId !== chosen.id ? f : { ...f, perceel: names[0] ?? '' }));
      })
      .catch((e: Error) => current && setProblem(`De percelen van ${chosen.title} konden niet worden geladen: ${e.message}`));
    return () => {
      current = false;
    };
  }, [client, chosen, versionNumber]);
  const percelen = inForce && inForce.id === form.rulesetId ? Object.keys(inForce.policy.percelen) : [];
  const policy = useMemo(
    () => (inForce && inForce.id === form.rulesetId && form.gemeente && form.perceel ? accessPolicy(inForce, form.gemeente, form.perceel) : undefined),
    [inForce, form.rulesetId, form.gemeente, form.perceel],
  );
  // Preset who decides, each time the policy context changes (another municipality, segment, perceel or version).
  const policyKey = policy ? `${policy.rulesetId}@${policy.version}|${policy.gemeente}|${policy.perceel}` : '';
  useEffect(() => {
    if (!policy) return;
    setForm((f) => ({
      ...f,
      watVastgesteldDoor: presetFor(policy.wat, 'wat'),
      hoe: Object.fromEntries(HOE_ELEMENTS.map((e) => [e, { ...f.hoe[e], door: presetFor(policy.hoe[e], 'hoe') }])) as AccessForm['hoe'],
    }));
    // policyKey names the context; the policy object follows it.
  }, [policyKey]);

  // A new result replaces the old one and comes into view, its heading focused for screen readers and keyboard users.
  useEffect(() => {
    if (!result) return;
    resultHeading.current?.scrollIntoView({ block: 'start' });
    resultHeading.current?.focus({ preventScroll: true });
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
    setResult(undefined);
    try {
      const decision = (await client.request<Decision>('POST', '/api/evaluate', { body: { case: caseData, asOf: form.besluitdatum } })).body;
      const version = await client.get<{ document: RuleSetVersion }>(`/api/rulesets/${decision.rulesetId}/versions/${decision.version}`);
      setDossierOpen(false);
      setResult({ decision, caseData, ruleSet: version.document, form });
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

  const naamVan = (id: string | null | undefined) => regions.flatMap((r) => r.gemeenten).find((g) => g.id === id)?.naam ?? id ?? '';
  const gemeenteNaam = naamVan(result?.decision.gemeente);
  const stale = result !== undefined && JSON.stringify(result.form) !== JSON.stringify(form);
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
          policy={policy}
          gemeenteNaam={naamVan(form.gemeente)}
        />
        {result && (
          <section className={stale ? 'access-result stale' : 'access-result'} aria-labelledby="uitkomst-kop">
            <h2 id="uitkomst-kop" tabIndex={-1} ref={resultHeading}>
              Uitkomst van de toets
            </h2>
            {stale && (
              <p className="stale-notice" role="status">
                Verouderd: het formulier is gewijzigd na deze toets. Toets het besluit opnieuw.
              </p>
            )}
            <p className="decision-summary">{summaryText(result.decision.summary)}</p>
            <h3>Bevindingen</h3>
            <FindingList findings={result.decision.findings} gemeenteNaam={gemeenteNaam} />
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
