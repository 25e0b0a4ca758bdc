/** A whole decision as both the simulator and the access check show it: summary, findings, missing facts, receipt. */
import type { Decision } from '../../../../engine/src/model/decision';
import { FindingList } from './finding-list';
import { MissingFacts } from './missing-facts';
import { ReceiptView } from './receipt-view';

export interface DecisionViewProps {
  decision: Decision;
  /** Policy-officer view: explanations, rule ids and technical fact paths. */
  explain?: boolean;
}

/** "2 fouten, 0 waarschuwingen" in Dutch. */
export function summaryText(summary: Decision['summary']): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(summary.fout, 'fout', 'fouten')}, ${n(summary.waarschuwing, 'waarschuwing', 'waarschuwingen')}, ${summary.info} ter informatie; ${summary.rulesEvaluated} regels getoetst.`;
}

export function DecisionView({ decision, explain = false }: DecisionViewProps) {
  return (
    <div className="decision">
      <p className="decision-summary" role="status">
        {summaryText(decision.summary)}
      </p>
      <section aria-labelledby="bevindingen-kop">
        <h3 id="bevindingen-kop">Bevindingen</h3>
        <FindingList findings={decision.findings} explain={explain} />
      </section>
      <section aria-labelledby="ontbrekend-kop">
        <h3 id="ontbrekend-kop">Ontbrekende gegevens</h3>
        <MissingFacts missing={decision.missing} showPaths={explain} />
      </section>
      <section aria-labelledby="verantwoording-kop">
        <h3 id="verantwoording-kop">Verantwoording</h3>
        <ReceiptView decision={decision} />
      </section>
    </div>
  );
}
