/** "Laad uit beleid": fills the calculator's fields that a rule set's perceel fixes (version in force in the chosen year), listing each value with its policy pointer. */
import { useEffect, useId, useState } from 'react';
import { ApiProblemError, type ApiClient } from '../../api/client';
import type { RuleSetVersion } from '../../../../engine/src/model';
import { policyInputFor, versionForYear, type PolicyInput } from '../../../../engine/src/settlement';

interface RuleSetListItem {
  id: string;
  title?: string;
}

export function PolicyLoader({ client, model, onLoad }: { client: ApiClient; model: string; onLoad: (values: Record<string, unknown>) => void }) {
  const [rulesets, setRulesets] = useState<RuleSetListItem[]>([]);
  const [rulesetId, setRulesetId] = useState('');
  const [document, setDocument] = useState<RuleSetVersion>();
  const [perceel, setPerceel] = useState('');
  const [jaar, setJaar] = useState('2023');
  const [loaded, setLoaded] = useState<PolicyInput>();
  const [error, setError] = useState<string>();
  const ids = { ruleset: useId(), perceel: useId(), jaar: useId() };

  useEffect(() => {
    client
      .get<{ rulesets: RuleSetListItem[] }>('/api/rulesets')
      .then((body) => setRulesets(body.rulesets))
      .catch(() => setError('De regelsets konden niet worden geladen.'));
  }, [client]);

  const fetchVersion = async (id: string, year: number): Promise<RuleSetVersion> => {
    const info = await client.get<{ versions: RuleSetVersion[] }>(`/api/rulesets/${id}`);
    const meta = versionForYear(info.versions, year, id);
    return (await client.get<{ document: RuleSetVersion }>(`/api/rulesets/${id}/versions/${meta.version}`)).document;
  };

  const chooseRuleset = async (id: string): Promise<void> => {
    setRulesetId(id);
    setLoaded(undefined);
    setError(undefined);
    if (!id) return;
    try {
      const doc = await fetchVersion(id, Number(jaar) || 2023);
      setDocument(doc);
      setPerceel(Object.keys(doc.policy.percelen)[0] ?? '');
    } catch (e) {
      setError(e instanceof ApiProblemError ? e.detail : String(e));
    }
  };

  const load = async (): Promise<void> => {
    setError(undefined);
    if (!/^\d{4}$/.test(jaar)) {
      setError('Jaar: vul een jaartal in, bijvoorbeeld 2023.');
      return;
    }
    try {
      const doc = await fetchVersion(rulesetId, Number(jaar));
      setDocument(doc);
      const result = policyInputFor(model, doc, perceel, Number(jaar));
      setLoaded(result);
      onLoad(result.invoer);
    } catch (e) {
      setError(e instanceof ApiProblemError ? e.detail : e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <fieldset className="policy-loader">
      <legend>Laad uit beleid</legend>
      <div className="field">
        <label htmlFor={ids.ruleset}>Regelset</label>
        <select id={ids.ruleset} value={rulesetId} onChange={(e) => void chooseRuleset(e.target.value)}>
          <option value="">Kies een regelset</option>
          {rulesets.map((r) => (
            <option key={r.id} value={r.id}>
              {r.id}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.perceel}>Perceel</label>
        <select id={ids.perceel} value={perceel} onChange={(e) => setPerceel(e.target.value)} disabled={!document}>
          {Object.keys(document?.policy.percelen ?? {}).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.jaar}>Jaar</label>
        <input id={ids.jaar} inputMode="numeric" value={jaar} onChange={(e) => setJaar(e.target.value)} />
      </div>
      <button type="button" disabled={!rulesetId || !perceel} onClick={() => void load()}>
        Laad uit beleid
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {loaded && (
        <div className="policy-loaded" role="status">
          {loaded.waarden.length === 0 ? (
            <p>
              Het beleid van {loaded.ruleset} (versie {loaded.versie}) legt voor dit model geen invoer vast.
            </p>
          ) : (
            <>
              <p>
                Uit het beleid van {loaded.ruleset}, versie {loaded.versie}, perceel {loaded.perceel}, {loaded.jaar}:
              </p>
              <ul>
                {loaded.waarden.map((w) => (
                  <li key={w.veld}>
                    {w.veld} = {String(w.waarde)} <code>{w.pointer}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
