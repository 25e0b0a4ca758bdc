/**
 * Funding calculator (#/bekostiging): pick a model (GET /api/calc), fill the form generated from its input schema
 * (prefilled with the schema's worked example), POST /api/calc/{model} and show the breakdown, the result and — for
 * budgetafspraak, lumpsum-plafond and plekken — an SVG chart whose curve points the engine computes in the browser.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiProblemError, type ApiClient } from '../../api/client';
import type { BudgetafspraakInput } from '../../../../engine/src/funding';
import type { FundingResult } from '../../../../engine/src/funding';
import type { LumpsumPlafondInput, LumpsumPlafondResult } from '../../../../engine/src/funding';
import type { PlekkenInput } from '../../../../engine/src/funding';
import { FUNDING_SCHEMAS } from '../../../../engine/src/funding';
import { ClientsChart } from './clients-chart';
import { FieldList } from './funding-form';
import { FundingResultView } from './funding-result';
import { LumpsumChart } from './lumpsum-chart';
import { modelName } from './model-name';
import { PolicyLoader } from './policy-loader';
import { describeError, exampleDraft, fieldsOf, readDraft, type Draft } from './schema-fields';
import { SettlementChart } from './settlement-chart';

interface ModelSummary {
  id: string;
  beschrijving: string;
}

interface Calculation {
  model: string;
  input: Record<string, unknown>;
  result: FundingResult;
}

const DEFAULT_MODEL = 'budgetafspraak';
const RECALCULATE_AFTER_MS = 300;

function schemaOf(model: string): Record<string, unknown> {
  return FUNDING_SCHEMAS[`${model}.schema.json`];
}

/** The chart that belongs to a model's result, if it has one. */
function FundingChart({ calculation }: { calculation: Calculation }) {
  const { model, input, result } = calculation;
  if (model === 'budgetafspraak') return <SettlementChart input={input as unknown as BudgetafspraakInput} />;
  if (model === 'lumpsum-plafond') return <LumpsumChart input={input as unknown as LumpsumPlafondInput} result={result as LumpsumPlafondResult} />;
  if (model === 'plekken') return <ClientsChart input={input as unknown as PlekkenInput} />;
  return null;
}

export default function FundingPage({ client }: { client: ApiClient }) {
  const [models, setModels] = useState<ModelSummary[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const [model, setModel] = useState(DEFAULT_MODEL);
  const [drafts, setDrafts] = useState<Record<string, Record<string, Draft>>>({});
  const [calculation, setCalculation] = useState<Calculation>();
  const [apiError, setApiError] = useState<{ title: string; lines: string[] }>();

  useEffect(() => {
    client
      .get<{ models: ModelSummary[] }>('/api/calc')
      .then((body) => setModels(body.models))
      .catch((e: unknown) =>
        setLoadError(e instanceof ApiProblemError ? `${e.title}: ${e.detail}` : 'De lijst met bekostigingsmodellen kon niet worden geladen.'),
      );
  }, [client]);

  const schema = schemaOf(model);
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const draft = useMemo(
    () => drafts[model] ?? exampleDraft(fields, (schema.examples as Record<string, unknown>[] | undefined)?.[0]),
    [drafts, model, fields, schema],
  );
  const { input, errors } = useMemo(() => readDraft(fields, draft), [fields, draft]);
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    if (errors.length > 0) return;
    let current = true;
    const timer = setTimeout(() => {
      client
        .request<FundingResult>('POST', `/api/calc/${encodeURIComponent(model)}`, { body: input })
        .then(({ body }) => {
          if (!current) return;
          setCalculation({ model, input, result: body });
          setApiError(undefined);
        })
        .catch((e: unknown) => {
          if (!current) return;
          setApiError(
            e instanceof ApiProblemError
              ? { title: `${e.title}: ${e.detail}`, lines: e.issues.map((i) => `${labelOfPointer(fields, i.path)}: ${i.message}`) }
              : { title: 'De berekening is niet gelukt: de server is niet bereikbaar.', lines: [] },
          );
        });
    }, RECALCULATE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // inputKey stands for input: recalculate when the typed values change, not on every render.
  }, [client, model, inputKey, errors.length]);

  const shown = calculation?.model === model ? calculation : undefined;
  const summary = models.find((m) => m.id === model);
  return (
    <main className="funding-page">
      <h1>Bekostiging berekenen</h1>
      {loadError && <p role="alert">{loadError}</p>}
      <div className="field">
        <label htmlFor="bekostigingsmodel">Bekostigingsmodel</label>
        <select id="bekostigingsmodel" value={model} onChange={(e) => setModel(e.target.value)}>
          {(models.length > 0 ? models : [{ id: model, beschrijving: '' }]).map((m) => (
            <option key={m.id} value={m.id}>
              {modelName(m.id)}
            </option>
          ))}
        </select>
      </div>
      <p className="model-description">
        <strong>{String(schema.title ?? model)}</strong>
        {summary ? ` — ${summary.beschrijving}` : ''} <span className="field-help">{String(schema.description ?? '')}</span>
      </p>
      <PolicyLoader client={client} model={model} onLoad={(values) => setDrafts({ ...drafts, [model]: exampleDraft(fields, { ...input, ...values }) })} />
      <div className="funding-layout">
        <form className="funding-form" aria-label={`Invoer ${String(schema.title ?? model)}`} onSubmit={(e) => e.preventDefault()} noValidate>
          <FieldList fields={fields} value={draft} onChange={(v) => setDrafts({ ...drafts, [model]: v })} path={[]} idPrefix="veld" errors={errors} />
          <p className="field-help">
            De uitkomst wordt bijgewerkt zodra alle velden geldig zijn. Bedragen in euro's met een komma als decimaalteken, bijvoorbeeld 1.234,56.
          </p>
          <button
            type="button"
            onClick={() => setDrafts({ ...drafts, [model]: exampleDraft(fields, (schema.examples as Record<string, unknown>[] | undefined)?.[0]) })}
          >
            Rekenvoorbeeld terugzetten
          </button>
        </form>
        <div className="funding-output" aria-live="polite">
          {errors.length > 0 && (
            <div role="alert" className="form-errors">
              <p>Controleer de invoer:</p>
              <ul>
                {errors.map((e, i) => (
                  <li key={i}>{describeError(e)}</li>
                ))}
              </ul>
            </div>
          )}
          {apiError && errors.length === 0 && (
            <div role="alert" className="form-errors">
              <p>{apiError.title}</p>
              {apiError.lines.length > 0 && (
                <ul>
                  {apiError.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {shown && (
            <>
              <FundingChart calculation={shown} />
              <FundingResultView result={shown.result} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}

/** "/lumpsums/Partner A" → "Lumpsums › Partner A": the server's issue path in the form's labels. */
function labelOfPointer(fields: { key: string; label: string }[], pointer: string): string {
  const [first, ...rest] = pointer.split('/').filter(Boolean);
  const field = fields.find((f) => f.key === first);
  return [field?.label ?? first ?? 'invoer', ...rest].join(' › ');
}
