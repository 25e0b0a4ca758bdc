/** The case results of a run: expected vs actual findings, pass/fail, the rules that fired; optionally only failures. */
import { useId, useState } from 'react';
import type { CaseRunResult } from './test-run';
import './test-results.css';

const codes = (values: readonly string[] | undefined): string => (values && values.length > 0 ? values.join(', ') : '—');

function explanation(result: CaseRunResult): string {
  const parts = [
    result.missing.length > 0 ? `ontbreekt: ${result.missing.join(', ')}` : '',
    result.unexpected.length > 0 ? `onverwacht: ${result.unexpected.join(', ')}` : '',
    result.errorMessage ?? '',
  ];
  return parts.filter(Boolean).join('; ');
}

export interface TestResultsTableProps {
  results: CaseRunResult[];
  caption: string;
  /** Opens a failing case in Case proberen; without it the rows have no such button. */
  onOpenCase?: (result: CaseRunResult) => void;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function TestResultsTable({ results, caption, onOpenCase }: TestResultsTableProps) {
  const [onlyFailures, setOnlyFailures] = useState(false);
  const filterId = useId();
  const failed = results.filter((r) => !r.passed).length;
  const shown = onlyFailures ? results.filter((r) => !r.passed) : results;
  return (
    <div className="test-results">
      <div className="field-inline">
        <input id={filterId} type="checkbox" checked={onlyFailures} onChange={(e) => setOnlyFailures(e.target.checked)} />
        <label htmlFor={filterId}>Alleen gefaalde casussen ({failed})</label>
      </div>
      <table>
        <caption>
          {caption}: {plural(results.length, 'casus', 'casussen')}, {results.length - failed} geslaagd, {failed} gefaald
        </caption>
        <thead>
          <tr>
            <th scope="col">Suite</th>
            <th scope="col">Casus</th>
            <th scope="col">Uitkomst</th>
            <th scope="col">Verwacht</th>
            <th scope="col">Werkelijk</th>
            <th scope="col">Gevuurde regels</th>
            <th scope="col">Toelichting</th>
            {onOpenCase && <th scope="col">Proberen</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={`${r.suite}/${r.index}`} className={r.passed ? 'passed' : 'failed'}>
              <td>{r.suite}</td>
              <th scope="row">{r.name}</th>
              <td>{r.passed ? 'Geslaagd' : 'Gefaald'}</td>
              <td>{r.expected.error ? `fout ${r.expected.error}` : codes([...r.expected.findings, ...(r.expected.info ?? [])])}</td>
              <td>{r.actual.error ? `fout ${r.actual.error}` : codes([...r.actual.findings, ...r.actual.info])}</td>
              <td>{codes(r.firedRules.map((f) => f.ruleId))}</td>
              <td>{explanation(r)}</td>
              {onOpenCase && (
                <td>
                  {!r.passed && (
                    <button type="button" onClick={() => onOpenCase(r)} aria-label={`“${r.name}” openen in Case proberen`}>
                      Openen
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={onOpenCase ? 8 : 7}>{onlyFailures ? 'Geen gefaalde casussen.' : 'Geen casussen.'}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
