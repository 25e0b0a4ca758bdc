/** The policy choices of a segment's perceel (the four steering elements, in Dutch) with the source passages they rest on. */
import { applyOverride, ILLUSTRATIVE_LABEL, isIllustrativeOverride } from '../../../../engine/src/rules';
import { ELEMENT_TITLES, STEERING_ELEMENTS, describeElement } from '../../../../engine/src/policy';
import type { PerceelPolicy, RuleSetVersion, SourceRef } from '../../../../engine/src/model';
import { sourceDocumentTitle } from '../../../../engine/src/model';

function SourceLine({ source }: { source: SourceRef }) {
  return (
    <>
      <cite>{sourceDocumentTitle(source.document)}</cite>: <q className="bron-passage">{source.passage}</q>
      {source.toelichting && <span className="muted"> ({source.toelichting})</span>}
    </>
  );
}

/** The perceel's policy as it applies in the municipality (its override applied), element by element with its source. */
export function PolicyChoices({ ruleSet, perceel, gemeente }: { ruleSet: RuleSetVersion; perceel: string; gemeente: string }) {
  const { policy, overridden } = applyOverride(ruleSet, gemeente);
  const perceelPolicy = policy.percelen[perceel] as PerceelPolicy | undefined;
  return (
    <>
      <table className="policy-choices">
        <caption>Beleidskeuzes voor perceel {perceel}</caption>
        <thead>
          <tr>
            <th scope="col">Sturingselement</th>
            <th scope="col">Keuze</th>
            <th scope="col">Bron</th>
          </tr>
        </thead>
        <tbody>
          {STEERING_ELEMENTS.map((element) => {
            const bron = (perceelPolicy?.[element] as { bron?: SourceRef } | undefined)?.bron;
            const changed = overridden.some((p) => p.startsWith(`/percelen/${perceel}/${element}`));
            return (
              <tr key={element}>
                <th scope="row">{ELEMENT_TITLES[element]}</th>
                <td>
                  {describeElement(perceelPolicy, element)}
                  {changed &&
                    (isIllustrativeOverride(ruleSet.overrides?.[gemeente])
                      ? ` (afwijking van de gemeente — ${ILLUSTRATIVE_LABEL})`
                      : ' (afwijking van de gemeente)')}
                </td>
                <td>{bron ? <SourceLine source={bron} /> : 'geen bron vastgelegd'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ruleSet.source.length > 0 && (
        <>
          <h4>Bronnen van de regelset</h4>
          <ul className="sources">
            {ruleSet.source.map((s, i) => (
              <li key={i}>
                <SourceLine source={s} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
