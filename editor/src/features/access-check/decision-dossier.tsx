/**
 * The decision dossier (beschikkingsdossier): the case in words, the findings with advice, the policy choices of the
 * segment/perceel with their sources, and the receipt (rule set, version, hash, engine, as-of date) — the motivation an
 * Awb decision needs. Printable (print stylesheet) and downloadable as one self-contained HTML file.
 */
import { forwardRef, useId, useRef, useState } from 'react';
import type { Decision, RuleSetVersion } from '../../../../engine/src/model';
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
  const ids = useId();
  const [zaaknummer, setZaaknummer] = useState('');
  const [consulent, setConsulent] = useState('');
  const [oordeel, setOordeel] = useState('');
  const title = `Beschikkingsdossier ${gemeenteNaam} — ${decision.title}`;
  const save = () => {
    const markup = dossierRef.current?.outerHTML ?? '';
    const name = zaaknummer.trim() ? zaaknummer.trim().replace(/[^\w.-]+/g, '-') : (decision.gemeente ?? 'casus');
    downloadHtml(`beschikkingsdossier-${name}-${decision.asOf}.html`, dossierHtml(title, markup));
  };
  const field = (id: string, label: string, value: string, onChange: (v: string) => void, help?: string) => (
    <div className="field">
      <label htmlFor={`${ids}-${id}`}>{label}</label>
      {help && (
        <p className="field-help" id={`${ids}-${id}-help`}>
          {help}
        </p>
      )}
      <input id={`${ids}-${id}`} value={value} aria-describedby={help ? `${ids}-${id}-help` : undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
  return (
    <article className="dossier" ref={dossierRef} aria-labelledby="dossier-kop">
      <h2 id="dossier-kop" tabIndex={-1} ref={headingRef}>
        Beschikkingsdossier
      </h2>
      <form className="dossier-fields" aria-label="Dossiergegevens" onSubmit={(e) => e.preventDefault()}>
        {field('zaaknummer', 'Zaaknummer', zaaknummer, setZaaknummer)}
        {field('consulent', 'Consulent', consulent, setConsulent)}
        {field('oordeel', 'Oordeel in één regel', oordeel, setOordeel, 'Bijvoorbeeld: besluit past bij het beleid; intensiteit open laten voor de aanbieder.')}
      </form>
      <dl className="dossier-meta">
        <div>
          <dt>Zaaknummer</dt>
          <dd data-testid="dossier-zaaknummer">{zaaknummer || 'niet ingevuld'}</dd>
        </div>
        <div>
          <dt>Consulent</dt>
          <dd data-testid="dossier-consulent">{consulent || 'niet ingevuld'}</dd>
        </div>
        <div>
          <dt>Oordeel</dt>
          <dd data-testid="dossier-oordeel">{oordeel || 'niet ingevuld'}</dd>
        </div>
      </dl>
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
      <FindingList findings={decision.findings} gemeenteNaam={gemeenteNaam} />
      <h3>Nog ontbrekende gegevens</h3>
      <MissingFacts missing={decision.missing} />
      <h3>Beleid waarop de toets berust</h3>
      <PolicyChoices ruleSet={ruleSet} perceel={decision.perceel ?? ''} gemeente={decision.gemeente ?? ''} />
      <h3>Verantwoording</h3>
      <ReceiptView decision={decision} />
    </article>
  );
});
