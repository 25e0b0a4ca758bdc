/** A run's progress as a real <progress> bar with "x van y casussen". */
import { useId } from 'react';
import type { TestRunProgress } from './test-run';

const STATUS_TEXT: Record<TestRunProgress['status'], string> = { bezig: 'bezig', klaar: 'klaar', mislukt: 'mislukt' };

export function TestRunProgressBar({ label, progress }: { label: string; progress: TestRunProgress }) {
  const id = useId();
  return (
    <div className="test-run-progress">
      <label htmlFor={id}>{label}</label>
      <progress id={id} value={progress.done} max={Math.max(progress.total, 1)} />
      <span role="status">
        {progress.done} van {progress.total} casussen ({STATUS_TEXT[progress.status]}
        {progress.done > 0 ? `; ${progress.passed} geslaagd, ${progress.failed} gefaald` : ''})
      </span>
    </div>
  );
}
