/** One provider outcome report: a section per provider (in name order, never ranked) with its indicators per half year, and the reasons trajectories ended. */
import type { IndicatorName, OutcomeReport } from '../../../../engine/src/outcomes';

const LABELS: Record<IndicatorName, { label: string; unit: string }> = {
  uitval: { label: 'Uitval', unit: ' %' },
  clientervaring: { label: 'Cliëntervaring', unit: '' },
  doelrealisatie: { label: 'Doelrealisatie', unit: ' %' },
};

const nl = (value: number | string): string => Number(value).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

export function OutcomeReportView({ report }: { report: OutcomeReport }) {
  return (
    <section aria-labelledby="resultaten-titel" className="outcome-report">
      <h2 id="resultaten-titel">
        Resultaatsturing {report.rulesetId} (versie {report.version})
      </h2>
      {report.fictief && <p className="notice">Fictieve voorbeeldgegevens.</p>}
      <p>{report.uitgangspunt}</p>
      {report.aanbieders.map((provider) => (
        <article key={provider.id} aria-labelledby={`aanbieder-${provider.id}`}>
          <h3 id={`aanbieder-${provider.id}`}>{provider.naam}</h3>
          <table className="dense">
            <caption>Indicatoren per halfjaar van {provider.naam}</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Doel in het beleid</th>
                <th scope="col">Halfjaar</th>
                <th scope="col">Waarde</th>
                <th scope="col">T.o.v. vorig halfjaar</th>
                <th scope="col">Doel</th>
              </tr>
            </thead>
            <tbody>
              {provider.indicatoren.flatMap((series) => {
                const { label, unit } = LABELS[series.indicator];
                const doel = series.doel ? `${series.doel.soort} ${nl(series.doel.waarde)}${unit}` : 'geen doel';
                if (series.punten.length === 0)
                  return [
                    <tr key={series.indicator}>
                      <th scope="row">{label}</th>
                      <td>{doel}</td>
                      <td colSpan={4}>geen gegevens</td>
                    </tr>,
                  ];
                return series.punten.map((point) => (
                  <tr key={`${series.indicator}-${point.periode}`}>
                    <th scope="row">{label}</th>
                    <td>{doel}</td>
                    <td>{point.periode}</td>
                    <td>
                      {nl(point.waarde)}
                      {unit}
                    </td>
                    <td>{point.tenOpzichteVanVorige ?? '—'}</td>
                    <td>{point.doelGehaald === undefined ? '—' : point.doelGehaald ? 'gehaald' : 'niet gehaald'}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
          <p>
            Beëindigde trajecten: {provider.trajectenBeeindigd}
            {provider.gemiddeldeKwalificatie && <>; gemiddelde kwalificatie door de consulent: {nl(provider.gemiddeldeKwalificatie)}</>}
            {provider.doelenBereiktPct && <>; bereikte doelen: {nl(provider.doelenBereiktPct)} % van de geplande doelen</>}.
          </p>
          {provider.redenen.length > 0 && (
            <table className="dense">
              <caption>Redenen van beëindiging bij {provider.naam}</caption>
              <thead>
                <tr>
                  <th scope="col">Reden beëindiging</th>
                  <th scope="col">Trajecten</th>
                </tr>
              </thead>
              <tbody>
                {provider.redenen.map((r) => (
                  <tr key={r.code}>
                    <td>
                      {r.code} {r.omschrijving}
                    </td>
                    <td>{r.aantal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
      {report.overgeslagen.length > 0 && (
        <section aria-labelledby="overgeslagen-titel">
          <h3 id="overgeslagen-titel">Overgeslagen regels ({report.overgeslagen.length})</h3>
          <ul>
            {report.overgeslagen.map((issue) => (
              <li key={`${issue.path}-${issue.message}`}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
