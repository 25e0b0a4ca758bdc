/** The receipt of a decision: which rule-set version (and hash), shared rules, engine version and as-of date produced it. */
import type { Decision } from '../../../../engine/src/model';
import { formatDate } from '../../format';

export function ReceiptView({ decision }: { decision: Decision }) {
  return (
    <dl className="receipt">
      <dt>Regelset</dt>
      <dd>
        {decision.title} (<code>{decision.rulesetId}</code>)
      </dd>
      <dt>Versie</dt>
      <dd>
        {decision.version}, geldig vanaf {formatDate(decision.effectiveFrom)}
        {decision.effectiveTo && ` tot ${formatDate(decision.effectiveTo)}`}
      </dd>
      <dt>Inhoudshash</dt>
      <dd>
        <code className="hash">{decision.contentHash}</code>
      </dd>
      {decision.sharedRules.length > 0 && (
        <>
          <dt>Gedeelde regels</dt>
          <dd>{decision.sharedRules.map((s) => `${s.id} versie ${s.version}`).join(', ')}</dd>
        </>
      )}
      <dt>Engineversie</dt>
      <dd>{decision.engineVersion}</dd>
      <dt>Peildatum</dt>
      <dd>{formatDate(decision.asOf)}</dd>
      {decision.override && (
        <>
          <dt>Afwijking gemeente</dt>
          <dd>{decision.override.pointers.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
