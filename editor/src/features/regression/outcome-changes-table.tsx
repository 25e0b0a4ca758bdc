/** The suite cases whose outcome differs between two runs, side by side. */
import type { OutcomeChange } from './outcome-changes';

const codes = (values: readonly string[]): string => (values.length > 0 ? values.join(', ') : '—');
const outcome = (actual: OutcomeChange['before']): string => (actual.error ? `fout ${actual.error}` : codes([...actual.findings, ...actual.info]));

export function OutcomeChangesTable({ changes, beforeLabel, afterLabel }: { changes: OutcomeChange[]; beforeLabel: string; afterLabel: string }) {
  if (changes.length === 0) return <p>Geen casussen veranderen van uitkomst ten opzichte van {beforeLabel.toLowerCase()}.</p>;
  return (
    <table>
      <caption>
        {changes.length} {changes.length === 1 ? 'casus verandert' : 'casussen veranderen'} van uitkomst: {beforeLabel} → {afterLabel}
      </caption>
      <thead>
        <tr>
          <th scope="col">Suite</th>
          <th scope="col">Casus</th>
          <th scope="col">Bevindingen {beforeLabel.toLowerCase()}</th>
          <th scope="col">Bevindingen {afterLabel.toLowerCase()}</th>
          <th scope="col">Verwachting</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={`${c.suite}/${c.name}`}>
            <td>{c.suite}</td>
            <th scope="row">{c.name}</th>
            <td>{outcome(c.before)}</td>
            <td>{outcome(c.after)}</td>
            <td>
              {c.passedBefore ? 'geslaagd' : 'gefaald'} → {c.passedAfter ? 'geslaagd' : 'gefaald'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
