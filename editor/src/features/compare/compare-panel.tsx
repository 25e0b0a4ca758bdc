/**
 * Vergelijken tab: any two published versions, or the editor's unsaved text against a version —
 * a semantic diff in Dutch (engine/src/semantic-diff.ts) above Monaco's text diff.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import type { RuleSetSummary } from '../../../../server/contract';
import { compareHref, defaultSides, REFERENCE_REGION, sidesFromHash, type CompareSide } from './compare-choice';
import { CompareView } from './compare-view';

/** Monaco's diff editor is its own chunk, loaded when the tab is opened. */
const MonacoDiffView = lazy(() => import('./monaco-diff-view'));

const asText = (document: unknown): string => JSON.stringify(document, null, 2) + '\n';

export function ComparePanel({ workspace }: RulesetTabProps) {
  const { client, rulesetId, info, region } = workspace;
  const [sides, setSides] = useState(() => sidesFromHash(window.location.hash) ?? defaultSides(info));
  const [documents, setDocuments] = useState<Record<number, unknown>>({});
  const [references, setReferences] = useState<{ rulesetId: string; title: string }[]>([]);
  const [referenceDocuments, setReferenceDocuments] = useState<Record<string, unknown>>({});
  const [error, setError] = useState<string>();

  // The read-only reference policies (Venlo model, Eindhoven model) a segment can be compared with.
  useEffect(() => {
    let current = true;
    client
      .get<{ rulesets: RuleSetSummary[] }>(`/api/rulesets?region=${REFERENCE_REGION}`)
      .then((body) => current && setReferences(body.rulesets.filter((r) => r.id !== rulesetId).map((r) => ({ rulesetId: r.id, title: r.title }))))
      .catch(() => current && setReferences([]));
    return () => {
      current = false;
    };
  }, [client, rulesetId]);

  useEffect(() => {
    const onHash = (): void => {
      const chosen = sidesFromHash(window.location.hash);
      if (chosen) setSides(chosen);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const wanted = [sides.from, sides.to].flatMap((side) => (side.kind === 'versie' ? [side.version] : []));
  const missing = wanted.filter((version) => !(version in documents)).join(',');
  useEffect(() => {
    if (!missing) return;
    let current = true;
    for (const version of missing.split(',').map(Number)) {
      client
        .get<{ document: unknown }>(`/api/rulesets/${rulesetId}/versions/${version}`)
        .then((body) => current && setDocuments((loaded) => ({ ...loaded, [version]: body.document })))
        .catch((e: Error) => current && setError(`Versie ${version} kon niet worden geladen: ${e.message}`));
    }
    return () => {
      current = false;
    };
  }, [client, rulesetId, missing]);

  const wantedReferences = [sides.from, sides.to].flatMap((side) =>
    side.kind === 'referentie' && !(side.rulesetId in referenceDocuments) ? [side.rulesetId] : [],
  );
  const missingReferences = wantedReferences.join(',');
  useEffect(() => {
    if (!missingReferences) return;
    let current = true;
    for (const id of missingReferences.split(',')) {
      client
        .get<{ latestVersion: number }>(`/api/rulesets/${id}`)
        .then((detail) => client.get<{ document: unknown }>(`/api/rulesets/${id}/versions/${detail.latestVersion}`))
        .then((body) => current && setReferenceDocuments((loaded) => ({ ...loaded, [id]: body.document })))
        .catch((e: Error) => current && setError(`Referentiebeleid ${id} kon niet worden geladen: ${e.message}`));
    }
    return () => {
      current = false;
    };
  }, [client, missingReferences]);

  const gemeenteNames = useMemo(() => Object.fromEntries((region?.gemeenten ?? []).map((g) => [g.id, g.naam])), [region]);
  const documentOf = (side: CompareSide): unknown =>
    side.kind === 'concept' ? workspace.document : side.kind === 'referentie' ? referenceDocuments[side.rulesetId] : documents[side.version];
  const textOf = (side: CompareSide): string | undefined => {
    if (side.kind === 'concept') return workspace.text;
    const document = documentOf(side);
    return document === undefined ? undefined : asText(document);
  };
  const conceptInvalid = [sides.from, sides.to].some((side) => side.kind === 'concept') && workspace.document === undefined;
  const problem = error ?? (conceptInvalid ? 'De tekst in de editor is geen geldige JSON; alleen de tekstverschillen zijn te zien.' : undefined);

  const choose = (from: CompareSide, to: CompareSide): void => {
    setSides({ from, to });
    window.history.replaceState(null, '', compareHref(rulesetId, from, to));
  };
  const original = textOf(sides.from);
  const modified = textOf(sides.to);
  return (
    <CompareView
      versions={info.versions}
      from={sides.from}
      to={sides.to}
      onChoose={choose}
      fromDocument={conceptInvalid && sides.from.kind === 'concept' ? null : documentOf(sides.from)}
      toDocument={conceptInvalid && sides.to.kind === 'concept' ? null : documentOf(sides.to)}
      problem={problem}
      gemeenteNames={gemeenteNames}
      references={references}
    >
      {original !== undefined && modified !== undefined ? (
        <Suspense fallback={<p className="muted">Vergelijkingseditor laden…</p>}>
          <MonacoDiffView original={original} modified={modified} />
        </Suspense>
      ) : (
        <p className="muted">Versies laden…</p>
      )}
    </CompareView>
  );
}
