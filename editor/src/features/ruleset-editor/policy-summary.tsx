/** A readable Dutch summary of the policy in the (unsaved) text: per perceel the four steering elements, as the matrix words them. */
import { describeElement, ELEMENT_TITLES, STEERING_ELEMENTS } from '../../../../engine/src/policy';
import type { PerceelPolicy, RuleSetVersion } from '../../../../engine/src/model';
import { ILLUSTRATIVE_LABEL, isIllustrativeOverride } from '../../../../engine/src/rules';
import type { Override } from '../policy-form/policy-document';
import { variantInWords } from '../policy-form/variant-words';

export interface PolicySummaryProps {
  document: unknown;
  /** Municipality names by id, so a variant reads "Venlo: …" (never a JSON pointer). */
  gemeenteNames?: Record<string, string>;
}

export function PolicySummary({ document, gemeenteNames = {} }: PolicySummaryProps) {
  const ruleSet = document as Partial<RuleSetVersion> | undefined;
  const percelen = ruleSet?.policy?.percelen as Record<string, PerceelPolicy | undefined> | undefined;
  if (!ruleSet || typeof ruleSet !== 'object' || !percelen || typeof percelen !== 'object') {
    return <p className="muted">Geen samenvatting: de tekst is (nog) geen regelset met beleid.</p>;
  }
  return (
    <section aria-label="Samenvatting van het beleid" className="summary">
      <h2>{ruleSet.title ?? ruleSet.id}</h2>
      {Object.entries(percelen).map(([name, perceel]) => (
        <div key={name}>
          <h3>Perceel {name}</h3>
          <dl>
            {STEERING_ELEMENTS.map((element) => {
              let text: string;
              try {
                text = describeElement(perceel, element);
              } catch {
                text = '(onvolledig)';
              }
              return (
                <div key={element} className="summary-row">
                  <dt>{ELEMENT_TITLES[element]}</dt>
                  <dd>{text}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
      {ruleSet.overrides && Object.keys(ruleSet.overrides).length > 0 && (
        <>
          <h3>Afwijkingen</h3>
          <ul>
            {Object.entries(ruleSet.overrides).map(([gemeente, o]) => (
              <li key={gemeente}>
                <strong>{gemeenteNames[gemeente] ?? gemeente}</strong>
                {isIllustrativeOverride(o) && ` (${ILLUSTRATIVE_LABEL})`}
                {o?.description ? `: ${o.description}` : ''}
                <ul>
                  {variantInWords(gemeenteNames[gemeente] ?? gemeente, o as Override, ruleSet.policy, Object.keys(percelen).length).map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
