/** Budgetafspraak: settlement against realisation, the band where no money moves shaded, the current input marked. */
import type { BudgetafspraakInput } from '../../../../engine/src/funding';
import { euroPoint, euroTick } from './chart-format';
import { settlementSeries } from './chart-series';
import { LineChart } from './line-chart';

export function SettlementChart({ input }: { input: BudgetafspraakInput }) {
  const series = settlementSeries(input);
  const band = `${euroTick(series.budget - series.marge)} tot ${euroTick(series.budget + series.marge)}`;
  return (
    <LineChart
      title="Afrekening tegen realisatie (budgetafspraak)"
      description={`Horizontaal de realisatie, verticaal de afrekening (positief: de gemeente betaalt bij; negatief: de aanbieder betaalt terug). In de gearceerde bandbreedte van ${band} wordt niet afgerekend. De huidige invoer is gemarkeerd.`}
      xLabel="Realisatie"
      yLabel="Afrekening"
      formatX={euroTick}
      formatY={euroPoint}
      points={series.points}
      marks={[series.current]}
      band={{ center: series.budget, halfWidth: series.marge, label: `Bandbreedte: geen afrekening bij een realisatie van ${band}` }}
    />
  );
}
