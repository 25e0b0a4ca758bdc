/** The facts a case still lacks (`missing`): what to collect before the rules that need them can decide. */
import type { MissingFact } from '../../../../engine/src/model/decision';
import { factLabel, factPath } from './fact-label';

export function MissingFacts({ missing, showPaths = false }: { missing: readonly MissingFact[]; showPaths?: boolean }) {
  if (missing.length === 0) return <p>Er ontbreken geen gegevens.</p>;
  return (
    <ul className="missing-facts">
      {missing.map((m) => (
        <li key={factPath(m.fact, m.path)}>
          {factLabel(m.fact, m.path)}
          {showPaths && (
            <>
              {' '}
              (<code>{factPath(m.fact, m.path)}</code>; nodig voor {m.rules.join(', ')})
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
