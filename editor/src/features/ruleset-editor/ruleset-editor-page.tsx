/**
 * The rule-set editor (lazy chunk with Monaco): JSON with schema + policy markers, a live Dutch summary,
 * save as draft with If-Match (412 shows the server's document and keeps the user's text), publish dialog.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Region } from '../../../../engine/src/model';
import { ApiProblemError, type ApiClient } from '../../api/client';
import { formatDate } from '../../format';
import { may, type Me } from '../../roles';
import { rulesetHref, type RulesetTab } from '../../route';
import { ComparePanel } from '../compare/compare-panel';
import { HistoryPanel } from '../history/history-panel';
import { ImpactPanel } from '../impact/impact-panel';
import { RegressionPanel } from '../regression/regression-panel';
import { SimulatorPanel } from '../simulator/simulator-panel';
import { ConflictPanel } from './conflict-panel';
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

export default function RulesetEditorPage({ client, me, rulesetId, tab }: RulesetEditorPageProps) {
  const [info, setInfo] = useState<RuleSetInfo>();
  const [regions, setRegions] = useState<Region[]>([]);
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<DraftRef>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<unknown>();
  const [publishing, setPublishing] = useState(false);
  const base = `/api/rulesets/${rulesetId}`;

  useEffect(() => {
    let current = true;
    (async () => {
      const [summary, regionList] = await Promise.all([client.get<RuleSetInfo>(base), client.get<{ regions: Region[] }>('/api/regions')]);
      const latest = await client.get<{ document: unknown }>(`${base}/versions/${summary.latestVersion}`);
      if (!current) return;
      setInfo(summary);
      setRegions(regionList.regions);
      setText(JSON.stringify(latest.document, null, 2) + '\n');
    })().catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [client, base]);

  const region = useMemo(() => regions.find((r) => r.id === rulesetId.split('/')[0]), [regions, rulesetId]);
  const issues: LocatedIssue[] = useMemo(() => (text ? locateRuleSetIssues(text, { region, sharedRules: SHARED_RULES }) : []), [text, region]);
  const document = useMemo(() => parseOrUndefined(text), [text]);

  const save = async (): Promise<DraftRef | undefined> => {
    setError(undefined);
    setStatus(undefined);
    setConflict(undefined);
    if (document === undefined) {
      setError('De tekst is geen geldige JSON; herstel die eerst.');
      return undefined;
    }
    try {
      let target = draft;
      if (!target) {
        const created = await client.request<DraftMeta>('POST', `${base}/drafts`, { body: { fromVersion: info?.latestVersion } });
        target = { id: created.body.id, etag: created.etag ?? created.body.etag, revision: created.body.revision };
      }
      const saved = await client.request<DraftMeta>('PUT', `${base}/drafts/${target.id}`, { body: { document }, ifMatch: target.etag });
      const next = { id: saved.body.id, etag: saved.etag ?? saved.body.etag, revision: saved.body.revision };
      setDraft(next);
      setStatus(`Concept opgeslagen (revisie ${next.revision}).`);
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
  const workspace: RulesetWorkspace = { client, me, rulesetId, info, text, document, region, sharedRules: SHARED_RULES, draft, saveDraft: save };
  const activeTab = TABS.find((t) => t.id === tab);
  return (
    <main className="ruleset-editor">
      <h1>
        {info.title} <span className="muted">({rulesetId})</span>
      </h1>
      <p className="muted">
        Laatste versie {info.latestVersion}
        {info.versions.at(-1) && <>, geldig vanaf {formatDate(info.versions.at(-1)!.effectiveFrom)}</>}
        {draft && <> · concept revisie {draft.revision}</>}
      </p>
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
          {schemaOrPolicy === 0 ? 'Geen problemen in de beleidscontrole' : `${schemaOrPolicy} probleem/problemen in de beleidscontrole`}
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
          {/* Rendered as an element (not called), so each tab's hooks belong to its own component. */}
          <activeTab.panel key={activeTab.id} workspace={workspace} />
        </section>
      )}
      <div className="editor-layout" hidden={tab !== 'bewerken'}>
        <RulesetJsonEditor value={text} onChange={setText} issues={issues} />
        <aside>
          <PolicySummary document={document} />
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
            setText(JSON.stringify(version.document, null, 2) + '\n');
            setStatus(`Versie ${published.body.version} gepubliceerd.`);
            setPublishing(false);
          }}
        />
      )}
    </main>
  );
}
