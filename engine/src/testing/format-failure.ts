/** How a failing regression case reads in a terminal: expected, actual, the difference and the rules that fired. */
import type { CaseResult } from './run-suite';

export function formatPrettyFailure(result: CaseResult): string {
  const lines = [`  ✗ ${result.name}`];
  if (result.errorMessage) lines.push(`      ${result.errorMessage}`);
  lines.push(`      verwacht: ${result.expected.error ? `fout ${result.expected.error}` : result.expected.findings.join(', ') || '(geen bevindingen)'}`);
  lines.push(`      gekregen: ${result.actual.error ? `fout ${result.actual.error}` : result.actual.findings.join(', ') || '(geen bevindingen)'}`);
  if (result.missing.length > 0) lines.push(`      - ontbreekt: ${result.missing.join(', ')}`);
  if (result.unexpected.length > 0) lines.push(`      + onverwacht: ${result.unexpected.join(', ')}`);
  if (result.firedRules.length > 0) lines.push(`      regels gevuurd: ${result.firedRules.map((r) => `${r.ruleId} (${r.code})`).join(', ')}`);
  if (result.rulesetId) lines.push(`      regelset: ${result.rulesetId} v${result.version}`);
  return lines.join('\n');
}
