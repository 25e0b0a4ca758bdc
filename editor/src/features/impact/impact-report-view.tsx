/** An impact report in Dutch: counts, codes appearing/disappearing, per gemeente and per segment with €, example cases. */
import type { ImpactGroup } from '../../../../engine/src/impact';
import { formatEuro, formatNumber } from '../../format';
import type { ApiImpactReport } from './impact-types';

const KIND_TEXT = { verschijnt: 'verschijnt', verdwijnt: 'verdwijnt', 'wordt-onbeslist': 'wordt onbeslist', 'wordt-beslist': 'wordt beslist' } as const;

function GroupTable({
  caption,
  groups,
  keyTitle,
  names,
}: {
  caption: string;
  groups: Record<string, ImpactGroup>;
  keyTitle: string;
  names?: Record<string, string>;
}) {
  const rows = Object.entries(groups).filter(([, g]) => g.changed > 0);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyTitle}</th>
          <th scope="col">Casussen</th>
          <th scope="col">Casussen gewijzigd</th>
          <th scope="col">Bevindingen erbij</th>
          <th scope="col">Bevindingen eraf</th>
          <th scope="col">€ gewijzigde casussen</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, g]) => (
          <tr key={key}>
            <th scope="row">{names?.[key] ?? key}</th>
            <td className="number">{formatNumber(g.cases)}</td>
            <td className="number">{formatNumber(g.changed)}</td>
            <td className="number">{formatNumber(g.verschenen)}</td>
            <td className="number">{formatNumber(g.verdwenen)}</td>
            <td className="number">{formatEuro(g.bedragGewijzigd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const codesOf = (findings: { code: string }[]): string => (findings.length > 0 ? [...new Set(findings.map((f) => f.code))].join(', ') : '—');

export function ImpactReportView({ report, gemeenteNames }: { report: ApiImpactReport; gemeenteNames: Record<string, string> }) {
  const target = report.concept ? `concept (als versie ${report.toVersion})` : `versie ${report.toVersion}`;
  const exampleName = (id: string): string => report.suiteCases?.[id]?.name ?? id;
  return (
    <section aria-label="Impactrapport" className="impact-report">
      <h3>
        Impact versie {report.fromVersion} → {target}
        {report.gemeente ? ` (${gemeenteNames[report.gemeente] ?? report.gemeente})` : ''}
      </h3>
      <dl className="impact-counts">
        <div>
          <dt>Ingelezen casussen</dt>
          <dd>{formatNumber(report.casesRead)}</dd>
        </div>
        <div>
          <dt title="Casussen van deze regelset (segment); de andere casussen van de populatie horen bij andere regelsets">Getoetste casussen (dit segment)</dt>
          <dd>{formatNumber(report.casesEvaluated)}</dd>
        </div>
        <div>
          <dt>Casussen met een andere uitkomst</dt>
          <dd>{formatNumber(report.casesChanged)}</dd>
        </div>
      </dl>
      {report.casesChanged === 0 ? (
        <p role="status" className="impact-none">
          Geen wijzigingen: geen enkele casus krijgt een andere uitkomst.
        </p>
      ) : (
        <>
          <p>{report.summary}</p>
          <table>
            <caption>Bevindingen per code</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Verschijnt</th>
                <th scope="col">Verdwijnt</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.byCode).map(([code, c]) => (
                <tr key={code}>
                  <th scope="row">{code}</th>
                  <td className="number">{formatNumber(c.verschenen)}</td>
                  <td className="number">{formatNumber(c.verdwenen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <GroupTable caption="Per gemeente (alleen gemeenten met wijzigingen)" keyTitle="Gemeente" groups={report.byGemeente} names={gemeenteNames} />
          <GroupTable caption="Per segment en perceel" keyTitle="Segment/perceel" groups={report.bySegment} />
          <h4>Wijzigingen met voorbeeldcasussen</h4>
          <ul className="impact-changes">
            {report.changes.map((change) => (
              <li key={`${change.kind}/${change.ruleId}/${change.code}`}>
                <strong>{change.code}</strong> {KIND_TEXT[change.kind]} (regel {change.ruleId}): {formatNumber(change.cases)} casussen,{' '}
                {formatEuro(change.bedrag)}
                {change.examples.length > 0 && (
                  <ul>
                    {change.examples.map((id) => {
                      const example = report.examples[id];
                      return (
                        <li key={id}>
                          {exampleName(id)}
                          {example && (
                            <>
                              : voor {codesOf(example.from.findings)}; na {codesOf(example.to.findings)}
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
