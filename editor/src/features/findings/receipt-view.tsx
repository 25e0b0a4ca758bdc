/** The receipt of a decision: which rule-set version (and hash), shared rules, engine version and as-of date produced it. */
import type { Decision } from '../../../../engine/src/model';
import { ILLUSTRATIVE_LABEL } from '../../../../engine/src/rules';
import { formatDate } from '../../format';

/** A version that does not apply on the as-of date is named as such. */
function notInForce(decision: Decision): string | undefined {
  if (decision.asOf < decision.effectiveFrom) return ` — niet van kracht op de peildatum (geldt pas vanaf ${formatDate(decision.effectiveFrom)})`;
  if (decision.effectiveTo && decision.asOf >= decision.effectiveTo) return ` — niet van kracht op de peildatum (gold tot ${formatDate(decision.effectiveTo)})`;
  return undefined;
}

export function ReceiptView({ decision, versionLabel }: { decision: Decision; versionLabel?: string }) {
  return (
    <dl className="receipt">
      <dt>Regelset</dt>
      <dd>
        {decision.title} (<code>{decision.rulesetId}</code>)
      </dd>
      <dt>Versie</dt>
      <dd>
        {versionLabel ?? decision.version}, geldig vanaf {formatDate(decision.effectiveFrom)}
        {decision.effectiveTo && ` tot ${formatDate(decision.effectiveTo)}`}
        {notInForce(decision)}
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
          <dd>
            {decision.override.pointers.join(', ')}
            {decision.override.illustratief && ` — ${ILLUSTRATIVE_LABEL}`}
          </dd>
        </>
      )}
    </dl>
  );
}
