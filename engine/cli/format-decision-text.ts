/** A short Dutch report of a decision, for an access worker reading a terminal (control codes stripped). */
import type { Decision, Explanation } from '../src/model/decision';
import { findOperator } from '../src/rules/operators';
import { stripControlCodes } from '../src/text';

const SEVERITY_LABEL = { fout: 'FOUT', waarschuwing: 'WAARSCHUWING', info: 'INFO' } as const;

function show(value: unknown): string {
  if (value === undefined) return '(ontbreekt)';
  if (value === null) return '(open)';
  return JSON.stringify(value);
}

function explanationLines(node: Explanation, indent: string): string[] {
  const mark = node.held === null ? '?' : node.held ? '✓' : '✗';
  if ('type' in node) {
    const label = { all: 'alle voorwaarden', any: 'minstens één voorwaarde', not: 'niet' }[node.type];
    if (node.type === 'all' && indent === '    ') return node.conditions.flatMap((c) => explanationLines(c, indent));
    return [`${indent}${mark} ${label}:`, ...node.conditions.flatMap((c) => explanationLines(c, indent + '  '))];
  }
  const operator = findOperator(node.operator)?.description ?? node.operator;
  const expected = node.expectedFrom ? `${show(node.expected)} (uit ${node.expectedFrom.fact} ${node.expectedFrom.path ?? ''})` : show(node.expected);
  return [`${indent}${mark} ${node.fact} ${node.path ?? ''} ${operator} ${expected} — gevonden: ${show(node.actual)}`];
}

/** Renders the decision as plain text. */
export function formatDecisionText(decision: Decision): string {
  const c = decision.summary;
  const providers = decision.input.providers as { id?: string; aanbieders?: unknown[] } | undefined;
  const lines = [
    providers
      ? `Toets aanbiedersgegevens ${providers.id ?? ''} — ${providers.aanbieders?.length ?? 0} aanbieder(s), alle percelen, peildatum ${decision.asOf}`
      : `Toets casus ${String((decision.input.case as { id?: string } | undefined)?.id ?? '')} — gemeente ${decision.gemeente}, perceel ${decision.perceel}, peildatum ${decision.asOf}`,
    `Regelset ${decision.rulesetId} v${decision.version} (geldig vanaf ${decision.effectiveFrom}), ${decision.contentHash.slice(0, 19)}…`,
    decision.override
      ? `Gemeentelijke afwijking van ${decision.override.gemeente} toegepast op: ${decision.override.pointers.join(', ')}`
      : providers
        ? 'Regionaal beleid; gemeentelijke afwijkingen tellen alleen bij afspraken voor die gemeente.'
        : 'Regionaal beleid, zonder gemeentelijke afwijking.',
    `Resultaat: ${c.fout} fout(en), ${c.waarschuwing} waarschuwing(en), ${c.info} melding(en); ${c.rulesEvaluated} regels getoetst.`,
    '',
  ];
  if (decision.findings.length === 0)
    lines.push(providers ? 'Geen bevindingen: de aanbiedersgegevens passen bij het beleid.' : 'Geen bevindingen: het besluit past bij het beleid.', '');
  const order = { fout: 0, waarschuwing: 1, info: 2 } as const;
  // Provider data yields many findings: errors first (stable within a severity).
  const findings = providers ? [...decision.findings].sort((a, b) => order[a.severity] - order[b.severity]) : decision.findings;
  for (const finding of findings) {
    lines.push(`${SEVERITY_LABEL[finding.severity]} ${finding.code} — ${finding.message}`);
    if (finding.advice) lines.push(`  Wat te doen: ${finding.advice}`);
    if (finding.about) {
      const who = finding.about.aanbieder ? `${finding.about.aanbieder.naam} (${finding.about.aanbieder.id}) op ` : '';
      lines.push(`  Onderwerp: ${who}perceel ${finding.about.perceel}`);
    }
    lines.push(`  Regel: ${finding.ruleId}`);
    lines.push(
      `  Beleidskeuze: ${finding.policyChoice.pointer} = ${show(finding.policyChoice.value)}${finding.policyChoice.override ? ' (gemeentelijke afwijking)' : ''}`,
    );
    lines.push('  Uitleg:', ...explanationLines(finding.explanation, '    '), '');
  }
  if (decision.missing.length > 0) {
    lines.push('Ontbrekende gegevens (regels konden niet worden beslist):');
    for (const m of decision.missing) {
      lines.push(`  - ${m.fact} ${m.path ?? ''}: nodig voor ${m.rules.join(', ')}${m.affected?.length ? ` (bij ${m.affected.join(', ')})` : ''}`);
    }
    lines.push('');
  }
  // Rule-set and case text reaches a terminal here: nothing in it may act as an escape sequence.
  return stripControlCodes(lines.join('\n'));
}
