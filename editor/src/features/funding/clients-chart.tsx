/** Trajecten → plekken: clients helped for the same place budget as the average duration varies. */
import type { PlekkenInput } from '../../../../engine/src/funding';
import { quantity } from './chart-format';
import { clientsSeries } from './chart-series';
import { LineChart } from './line-chart';

export function ClientsChart({ input }: { input: PlekkenInput }) {
  const series = clientsSeries(input);
  return (
    <LineChart
      title="Geholpen cliënten tegen de gemiddelde doorlooptijd (plekken)"
      description="Horizontaal de werkelijke gemiddelde doorlooptijd in maanden, verticaal het aantal cliënten dat met dezelfde bezette plekmaanden (hetzelfde budget) geholpen wordt. Gemarkeerd: de afgesproken doorlooptijd, een halve cliënt meer bij snellere uitstroom, een halve cliënt minder bij langere doorlooptijden, en de huidige invoer."
      xLabel="Gemiddelde doorlooptijd (maanden)"
      yLabel="Geholpen cliënten"
      formatX={quantity}
      formatY={quantity}
      points={series.points}
      marks={series.marks}
    />
  );
}
