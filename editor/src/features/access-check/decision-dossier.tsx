/**
 * The decision dossier (beschikkingsdossier): the case in words, the findings with advice, the policy choices of the
 * segment/perceel with their sources, and the receipt (rule set, version, hash, engine, as-of date) — the motivation an
 * Awb decision needs. Printable (print stylesheet) and downloadable as one self-contained HTML file.
 */
import { forwardRef, useRef } from 'react';
import type { Decision } from '../../../../engine/src/model/decision';
import type { RuleSetVersion } from '../../../../engine/src/model/rule-set';
import { formatDate } from '../../format';
import { FindingList } from '../findings/finding-list';
import { MissingFacts } from '../findings/missing-facts';
import { ReceiptView } from '../findings/receipt-view';
import { CaseInWords } from './case-in-words';
import { dossierHtml, downloadHtml } from './dossier-html';
import { PolicyChoices } from './policy-choices';

export interface DecisionDossierProps {
  decision: Decision;
  caseData: unknown;
  ruleSet: RuleSetVersion;
  gemeenteNaam: string;
}

export const DecisionDossier = forwardRef<HTMLHeadingElement, DecisionDossierProps>(function DecisionDossier(
  { decision, caseData, ruleSet, gemeenteNaam },
  headingRef,
) {
  const dossierRef = useRef<HTMLElement>(null);
  const title = `Beschikkingsdossier ${gemeenteNaam} — ${decision.title}`;
  const save = () => {
    const markup = dossierRef.current?.outerHTML ?? '';
    downloadHtml(`beschikkingsdossier-${decision.gemeente ?? 'casus'}-${decision.asOf}.html`, dossierHtml(title, markup));
  };
  return (
    <article className="dossier" ref={dossierRef} aria-labelledby="dossier-kop">
      <h2 id="dossier-kop" tabIndex={-1} ref={headingRef}>
        Beschikkingsdossier
      </h2>
      <p>
        Toets van het besluit van {formatDate(decision.asOf)} voor {gemeenteNaam}, {decision.title}, perceel {decision.perceel}.
      </p>
      <div className="dossier-actions">
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>
        <button type="button" onClick={save}>
          Opslaan als HTML
        </button>
      </div>
      <h3>De casus zoals ingevoerd</h3>
      <CaseInWords caseData={caseData} gemeenteNaam={gemeenteNaam} segmentTitel={decision.title} />
      <h3>Bevindingen en advies</h3>
      <FindingList findings={decision.findings} />
      <h3>Nog ontbrekende gegevens</h3>
      <MissingFacts missing={decision.missing} />
      <h3>Beleid waarop de toets berust</h3>
      <PolicyChoices ruleSet={ruleSet} perceel={decision.perceel ?? ''} gemeente={decision.gemeente ?? ''} />
      <h3>Verantwoording</h3>
      <ReceiptView decision={decision} />
    </article>
  );
});
