/** Which draft the editor shows — author, revision, last saved, base version — or that it shows the published version. */
import { formatTimestamp } from '../history/format-timestamp';
import type { DraftRef } from './workspace';

export interface DraftBannerProps {
  draft: DraftRef | undefined;
  latestVersion: number;
  openDrafts: number;
  dirty: boolean;
  readOnly: boolean;
  onOpenPublished?: () => void;
}

export function DraftBanner({ draft, latestVersion, openDrafts, dirty, readOnly, onOpenPublished }: DraftBannerProps) {
  return (
    <section className="draft-banner" aria-label="Wat u bewerkt" data-testid="draft-banner">
      {draft ? (
        <p>
          <strong>Concept</strong> van {draft.author ?? 'onbekend'} · revisie {draft.revision} · laatst opgeslagen {formatTimestamp(draft.updatedAt)} ·
          gebaseerd op versie {draft.baseVersion ?? '—'}
          {dirty && (
            <>
              {' '}
              · <strong>niet opgeslagen wijzigingen</strong>
            </>
          )}
          {onOpenPublished && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={onOpenPublished}>
                Gepubliceerde versie {latestVersion} openen
              </button>
            </>
          )}
        </p>
      ) : (
        <p>
          <strong>Gepubliceerde versie {latestVersion}</strong>
          {openDrafts > 0
            ? ` · ${openDrafts === 1 ? 'er is 1 open concept' : `er zijn ${openDrafts} open concepten`} (zie Geschiedenis)`
            : ' · geen open concept'}
          {!readOnly && ' · opslaan maakt een nieuw concept'}
          {dirty && (
            <>
              {' '}
              · <strong>niet opgeslagen wijzigingen</strong>
            </>
          )}
        </p>
      )}
      {readOnly && <p className="muted">Uw rol mag deze regelset alleen lezen; de editor is alleen-lezen.</p>}
    </section>
  );
}
