/** The findings of a decision: code, severity, the rule's Dutch message and advice; optionally the full explanation. */
import type { Finding } from '../../../../engine/src/model/decision';
import { findFindingCode, type Severity } from '../../../../engine/src/model/finding-codes';
import { describeSourceDocument } from '../../../../engine/src/model/source-documents';
import { ExplanationView } from './explanation-view';
import { formatValue } from './format-value';

export const SEVERITY_LABEL: Record<Severity, string> = { fout: 'Fout', waarschuwing: 'Waarschuwing', info: 'Ter informatie' };

export interface FindingListProps {
  findings: readonly Finding[];
  /** Show each finding's rule, policy choice, sources and condition-by-condition explanation (policy officers). */
  explain?: boolean;
}

/** One article per finding; "no findings" is said explicitly. */
export function FindingList({ findings, explain = false }: FindingListProps) {
  if (findings.length === 0) return <p className="no-findings">Geen bevindingen: het besluit past bij het beleid van dit segment.</p>;
  return (
    <ol className="findings">
      {findings.map((finding, i) => (
        <li key={`${finding.ruleId}-${i}`} className={`finding finding-${finding.severity}`}>
          <h4>
            <span className="severity">{SEVERITY_LABEL[finding.severity]}</span> {findFindingCode(finding.code)?.titel ?? finding.code}{' '}
            <code className="finding-code">{finding.code}</code>
          </h4>
          <p>{finding.message}</p>
          {finding.advice && (
            <p className="advies">
              <strong>Advies:</strong> {finding.advice}
            </p>
          )}
          {explain && (
            <>
              <p className="muted">
                Regel <code>{finding.ruleId}</code>: {finding.ruleDescription}
              </p>
              <p className="muted">
                Beleidskeuze <code>{finding.policyChoice.pointer}</code> = {formatValue(finding.policyChoice.value)}
                {finding.policyChoice.override && ' (afwijking van de gemeente)'}
              </p>
              <ExplanationView explanation={finding.explanation} />
              {finding.source.length > 0 && (
                <ul className="sources">
                  {finding.source.map((s, j) => (
                    <li key={j}>
                      Bron: {describeSourceDocument(s.document)}: “{s.passage}”
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
