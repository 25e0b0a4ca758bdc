/** JUnit XML for CI systems. */
import type { SuiteRun } from './suite-run';
import { formatPrettyFailure } from '../../src/testing/format-failure';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function formatJunit(runs: readonly SuiteRun[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>'];
  for (const run of runs) {
    const failures = run.results.filter((r) => !r.passed).length;
    lines.push(`  <testsuite name="${escapeXml(run.suite.title)}" file="${escapeXml(run.file)}" tests="${run.results.length}" failures="${failures}">`);
    for (const result of run.results) {
      lines.push(`    <testcase classname="${escapeXml(run.file)}" name="${escapeXml(result.name)}">`);
      if (!result.passed)
        lines.push(
          `      <failure message="${escapeXml(`verwacht ${result.expected.findings.join(', ')}`)}">${escapeXml(formatPrettyFailure(result))}</failure>`,
        );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
}
