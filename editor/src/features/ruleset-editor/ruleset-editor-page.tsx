/**
 * The rule-set editor (lazy chunk with Monaco): JSON with schema + policy markers, a live Dutch summary,
 * save as draft with If-Match (412 shows the server's document and keeps the user's text), publish dialog.
 * Opening a rule set opens its newest open draft (anyone's), with a banner; otherwise the published version.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Region } from '../../../../engine/src/model';
import { ApiProblemError, type ApiClient } from '../../api/client';
import { formatDate } from '../../format';
import { may, type Me } from '../../roles';
import { rulesetHref, type RulesetTab } from '../../route';
import { AnalysisPanel } from '../analysis/analysis-panel';
import { ComparePanel } from '../compare/compare-panel';
import { HistoryPanel } from '../history/history-panel';
import { ImpactPanel } from '../impact/impact-panel';
import { RegressionPanel } from '../regression/regression-panel';
import { SimulatorPanel } from '../simulator/simulator-panel';
import { PolicyForm } from '../policy-form/policy-form';
import { ConflictPanel } from './conflict-panel';
import { DraftBanner } from './draft-banner';
import { jsonSyntaxProblem } from './json-status';
import { useModelHistory, type HistoryModel } from './model-history';
import { locateRuleSetIssues, type LocatedIssue } from './policy-markers';
import { PolicySummary } from './policy-summary';
import { PublishDialog } from './publish-dialog';
import { RulesetJsonEditor } from './ruleset-json-editor';
import { SHARED_RULES } from './shared-rules';
import type { DraftMeta, DraftRef, RuleSetInfo, RulesetTabProps, RulesetWorkspace, VersionMeta } from './workspace';

/** The tabs after "Bewerken"; the JSON editor stays mounted (hidden) so its undo history survives a tab switch. */
const TABS: { id: Exclude<RulesetTab, 'bewerken'>; label: string; panel: (props: RulesetTabProps) => React.ReactNode }[] = [
  { id: 'proberen', label: 'Case proberen', panel: SimulatorPanel },
  { id: 'vergelijken', label: 'Vergelijken', panel: ComparePanel },
  { id: 'regressie', label: 'Regressietests', panel: RegressionPanel },
  { id: 'impact', label: 'Impact', panel: ImpactPanel },
  { id: 'analyse', label: 'Analyse', panel: AnalysisPanel },
  { id: 'geschiedenis', label: 'Geschiedenis', panel: HistoryPanel },
];

export interface RulesetEditorPageProps {
  client: ApiClient;
  me: Me;
  rulesetId: string;
  tab: RulesetTab;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refOf(meta: DraftMeta, etag?: string): DraftRef {
  return {
    id: meta.id,
    etag: etag ?? meta.etag,
    revision: meta.revision,
    author: meta.author,
    baseVersion: meta.baseVersion,
    updatedAt: meta.updatedAt ?? meta.createdAt,
  };
}

/** The newest open draft: the one saved last. */
function newestDraft(drafts: DraftMeta[]): DraftMeta | undefined {
  return [...drafts].sort((a, b) => String(b.updatedAt ?? b.createdAt).localeCompare(String(a.updatedAt ?? a.createdAt)))[0];
}

const asText = (document: unknown): string => JSON.stringify(document, null, 2) + '\n';

export default function RulesetEditorPage({ client, me, rulesetId, tab }: RulesetEditorPageProps) {
  const [info, setInfo] = useState<RuleSetInfo>();
  const [regions, setRegions] = useState<Region[]>([]);
  const [text, setText] = useState('');
  const [savedText, setSavedText] = useState('');
  const [draft, setDraft] = useState<DraftRef>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<unknown>();
  const [publishing, setPublishing] = useState(false);
  const [jumpTo, setJumpTo] = useState<{ line: number; column: number }>();
  const [showForm, setShowForm] = useState(true);
  // Counts loaded documents: each load gives the JSON view a fresh undo history.
  const [loads, setLoads] = useState(0);
  const [model, setModel] = useState<HistoryModel>();
  const history = useModelHistory(model);
  const base = `/api/rulesets/${rulesetId}`;
  const readOnly = !may(me, 'concepten');

  const show = (document: unknown): void => {
    const shown = asText(document);
    setText(shown);
    setSavedText(shown);
    setConflict(undefined);
    setLoads((n) => n + 1);
  };

  const loadDraft = useCallback(
    async (draftId: string): Promise<void> => {
      const loaded = await client.request<DraftMeta>('GET', `${base}/drafts/${draftId}`);
      setDraft(refOf(loaded.body, loaded.etag));
      show(loaded.body.document);
    },
    [client, base],
  );

  const loadPublished = useCallback(
    async (version: number): Promise<void> => {
      const latest = await client.get<{ document: unknown }>(`${base}/versions/${version}`);
      setDraft(undefined);
      show(latest.document);
    },
    [client, base],
  );

  const refreshInfo = useCallback(async (): Promise<RuleSetInfo> => {
    const summary = await client.get<RuleSetInfo>(base);
    setInfo(summary);
    return summary;
  }, [client, base]);

  useEffect(() => {
    let current = true;
    (async () => {
      const [summary, regionList] = await Promise.all([client.get<RuleSetInfo>(base), client.get<{ regions: Region[] }>('/api/regions')]);
      const newest = newestDraft(summary.drafts);
      if (!current) return;
      if (newest) await loadDraft(newest.id);
      else await loadPublished(summary.latestVersion);
      if (!current) return;
      setInfo(summary);
      setRegions(regionList.regions);
    })().catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [client, base, loadDraft, loadPublished]);

  const dirty = text !== savedText;
  const openDraft = async (draftId: string): Promise<void> => {
    if (dirty && !window.confirm('U hebt niet-opgeslagen wijzigingen. Toch een ander concept openen? Uw wijzigingen gaan verloren.')) return;
    setError(undefined);
    setStatus(undefined);
    try {
      await loadDraft(draftId);
      await refreshInfo();
      setStatus('Concept geopend.');
    } catch (e) {
      setError(`Het concept kon niet worden geopend: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const discardDraft = async (draftId: string): Promise<void> => {
    setError(undefined);
    try {
      await client.request('DELETE', `${base}/drafts/${draftId}`);
      const summary = await refreshInfo();
      if (draft?.id === draftId) await loadPublished(summary.latestVersion);
      setStatus('Concept verwijderd; de verwijdering staat in de audittrail.');
    } catch (e) {
      setError(`Het concept kon niet worden verwijderd: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const region = useMemo(() => regions.find((r) => r.id === rulesetId.split('/')[0]), [regions, rulesetId]);
  const issues: LocatedIssue[] = useMemo(() => (text ? locateRuleSetIssues(text, { region, sharedRules: SHARED_RULES }) : []), [text, region]);
  const document = useMemo(() => parseOrUndefined(text), [text]);

  const save = async (): Promise<DraftRef | undefined> => {
    setError(undefined);
    setStatus(undefined);
    setConflict(undefined);
    if (readOnly) {
      setError('Uw rol mag geen concepten opslaan.');
      return undefined;
    }
    if (document === undefined) {
      setError('De tekst is geen geldige JSON; herstel die eerst.');
      return undefined;
    }
    try {
      let target = draft;
      if (!target) {
        const created = await client.request<DraftMeta>('POST', `${base}/drafts`, { body: { fromVersion: info?.latestVersion } });
        target = refOf(created.body, created.etag);
      }
      const sent = text;
      const saved = await client.request<DraftMeta>('PUT', `${base}/drafts/${target.id}`, { body: { document }, ifMatch: target.etag });
      const next = refOf(saved.body, saved.etag);
      setDraft(next);
      setSavedText(sent);
      setStatus(`Concept opgeslagen (revisie ${next.revision}).`);
      void refreshInfo();
      return next;
    } catch (e) {
      if (e instanceof ApiProblemError && e.status === 412) {
        setConflict(e.body.currentDocument);
        const currentEtag = String(e.body.currentEtag ?? '');
        if (draft && currentEtag) setDraft({ ...draft, etag: currentEtag, revision: Number(e.body.currentRevision ?? draft.revision) });
        setError(`${e.title}. ${e.detail}`);
      } else setError(e instanceof Error ? e.message : String(e));
      return undefined;
    }
  };

  if (!info) return <main>{error ? <p role="alert">{error}</p> : <p>Regelset laden…</p>}</main>;
  const schemaOrPolicy = issues.length;
  const syntax = jsonSyntaxProblem(text);
  const workspace: RulesetWorkspace = {
    client,
    me,
    rulesetId,
    info,
    text,
    document,
    region,
    sharedRules: SHARED_RULES,
    draft,
    saveDraft: save,
    dirty,
    readOnly,
    openDraft,
    discardDraft,
  };
  const firstProblem = syntax ?? issues[0];
  const activeTab = TABS.find((t) => t.id === tab);
  return (
    <main className="ruleset-editor">
      <h1>
        {info.title} <span className="muted">({rulesetId})</span>
      </h1>
      <p className="muted">
        Laatste versie {info.latestVersion}
        {info.versions.at(-1) && <>, geldig vanaf {formatDate(info.versions.at(-1)!.effectiveFrom)}</>}
      </p>
      <DraftBanner
        draft={draft}
        latestVersion={info.latestVersion}
        openDrafts={info.drafts.length}
        dirty={dirty}
        readOnly={readOnly}
        onOpenPublished={
          draft
            ? () => {
                if (dirty && !window.confirm('U hebt niet-opgeslagen wijzigingen. Toch de gepubliceerde versie openen?')) return;
                void loadPublished(info.latestVersion).catch((e: Error) => setError(e.message));
              }
            : undefined
        }
      />
      <div className="toolbar">
        {may(me, 'concepten') && (
          <button type="button" onClick={() => void save()}>
            Concept opslaan
          </button>
        )}
        {may(me, 'publiceren') && (
          <button type="button" onClick={() => setPublishing(true)}>
            Publiceren…
          </button>
        )}
        <span role="status" className="status" data-testid="marker-count">
          {firstProblem ? (
            <button type="button" className="link-button" onClick={() => setJumpTo({ line: firstProblem.line, column: firstProblem.column })}>
              {syntax ? syntax.message : `${schemaOrPolicy} ${schemaOrPolicy === 1 ? 'probleem' : 'problemen'} in de beleidscontrole`} (naar het eerste
              probleem)
            </button>
          ) : (
            'Geen problemen in de beleidscontrole'
          )}
        </span>
        {status && <span className="status">{status}</span>}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {conflict !== undefined && <ConflictPanel server={conflict} mine={document} />}
      <nav className="tabs" aria-label="Onderdelen van de regelset">
        {[{ id: 'bewerken' as const, label: 'Bewerken' }, ...TABS].map((t) => (
          <a key={t.id} href={rulesetHref(rulesetId, t.id)} aria-current={tab === t.id ? 'page' : undefined} className={tab === t.id ? 'tab active' : 'tab'}>
            {t.label}
          </a>
        ))}
      </nav>
      {activeTab && (
        <section aria-label={activeTab.label}>
          <h2 className="tab-heading">{activeTab.label}</h2>
          {/* Rendered as an element (not called), so each tab's hooks belong to its own component. */}
          <activeTab.panel key={activeTab.id} workspace={workspace} />
        </section>
      )}
      <div hidden={tab !== 'bewerken'}>
        <div className="field-inline view-choice">
          <input id="weergave-formulier" type="checkbox" checked={showForm} onChange={(e) => setShowForm(e.target.checked)} />
          <label htmlFor="weergave-formulier">Beleidsformulier naast de JSON-weergave tonen</label>
        </div>
        <div className={showForm ? 'policy-form-layout' : undefined}>
          {showForm && (
            <PolicyForm
              document={document}
              unreadable={syntax?.message}
              readOnly={readOnly}
              region={region}
              history={readOnly ? undefined : history}
              onChange={(next, group) => (history && !readOnly ? history.apply(asText(next), group) : setText(asText(next)))}
            />
          )}
          <RulesetJsonEditor
            value={text}
            onChange={setText}
            issues={issues}
            readOnly={readOnly}
            jumpTo={jumpTo}
            gemeenten={region?.gemeenten}
            loadKey={loads}
            onModel={setModel}
          />
        </div>
      </div>
      <div className="editor-summary" hidden={tab !== 'bewerken'}>
        <aside>
          <PolicySummary document={document} gemeenteNames={Object.fromEntries((region?.gemeenten ?? []).map((g) => [g.id, g.naam]))} />
          {issues.length > 0 && (
            <section aria-label="Problemen">
              <h3>Problemen</h3>
              <ul className="issues">
                {issues.map((issue, i) => (
                  <li key={i}>
                    regel {issue.line}: <code>{issue.path}</code> {issue.message}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      {publishing && (
        <PublishDialog
          onCancel={() => setPublishing(false)}
          onPublish={async (request) => {
            const saved = await save();
            if (!saved) throw new Error('Opslaan van het concept is mislukt; zie de melding hierboven.');
            const published = await client.request<VersionMeta>('POST', `${base}/drafts/${saved.id}/publish`, { body: request, ifMatch: saved.etag });
            setDraft(undefined);
            // The server numbers and dates the version: show the document as it was published.
            const [summary, version] = await Promise.all([
              client.get<RuleSetInfo>(base),
              client.get<{ document: unknown }>(`${base}/versions/${published.body.version}`),
            ]);
            setInfo(summary);
            show(version.document);
            const warnings = (published.body as { analyse?: { waarschuwingen?: { code: string }[] } }).analyse?.waarschuwingen ?? [];
            setStatus(
              `Versie ${published.body.version} gepubliceerd.` +
                (warnings.length > 0
                  ? ` De analyse gaf ${warnings.length} waarschuwing(en): ${[...new Set(warnings.map((w) => w.code))].join(', ')} (zie Analyse).`
                  : ''),
            );
            setPublishing(false);
          }}
        />
      )}
    </main>
  );
}
