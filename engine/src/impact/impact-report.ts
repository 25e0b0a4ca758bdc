/** Renders an impact report as Markdown or HTML (Dutch, for testers and policy officers); data in the Markdown is escaped. */
import type { ConditionExplanation, Decision, Explanation } from '../model/decision';
import Decimal from 'decimal.js';
import { formatEuroNl, formatNumberNl } from '../funding/money';
import type { ImpactGroup, ImpactReport } from './impact';
import { escapeMarkdown as md } from '../text';

/** Counts and amounts in Dutch notation: "22.069", "€ 202.159,00". */
const count = (n: number): string => formatNumberNl(new Decimal(n), 0);
const euro = (amount: string): string => formatEuroNl(new Decimal(amount));

const KIND_TEXT = { verschijnt: 'verschijnt', verdwijnt: 'verdwijnt', 'wordt-onbeslist': 'wordt onbeslist', 'wordt-beslist': 'wordt beslist' };

function explainLeaves(explanation: Explanation): string[] {
  if ('conditions' in explanation) return explanation.conditions.flatMap(explainLeaves);
  const leaf = explanation as ConditionExplanation;
  return [
    md(
      `${leaf.fact}${leaf.path ? ` ${leaf.path}` : ''} ${leaf.operator} ${JSON.stringify(leaf.expected)}: ${JSON.stringify(leaf.actual)} → ${String(leaf.held)}`,
    ),
  ];
}

function findingLines(decision: Decision, ruleId: string): string[] {
  const finding = decision.findings.find((f) => f.ruleId === ruleId);
  return finding ? explainLeaves(finding.explanation) : ['(geen bevinding van deze regel)'];
}

function groupTable(title: string, groups: Record<string, ImpactGroup>): string[] {
  return [
    `### ${title}`,
    '',
    '| | casussen | gewijzigd | bevindingen erbij | bevindingen eraf | bedrag gewijzigde casussen |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(groups).map(
      ([k, g]) => `| ${md(k)} | ${count(g.cases)} | ${count(g.changed)} | ${count(g.verschenen)} | ${count(g.verdwenen)} | ${euro(g.bedragGewijzigd)} |`,
    ),
    '',
  ];
}

/** The report as Markdown. */
export function renderImpactMarkdown(report: ImpactReport): string {
  const lines = [
    `# Impact ${md(report.rulesetId)}: versie ${report.fromVersion} → ${report.toVersion}${report.gemeente ? ` (${md(report.gemeente)})` : ''}`,
    '',
    `${md(report.summary)}. Ingelezen: ${count(report.casesRead)}, getoetst (deze regelset): ${count(report.casesEvaluated)}.`,
    '',
  ];
  if (report.signalen.length > 0) {
    lines.push('## Signalen op populatieniveau', '');
    for (const signal of report.signalen) lines.push(`- ${signal.signaal ? 'Signaal' : 'Geen signaal'}: ${signal.message}`);
    lines.push('');
  }
  if (report.casesChanged === 0) return lines.join('\n');
  lines.push('## Bevindingen per code', '', '| code | erbij | eraf |', '|---|---:|---:|');
  for (const [code, c] of Object.entries(report.byCode)) lines.push(`| ${md(code)} | ${count(c.verschenen)} | ${count(c.verdwenen)} |`);
  lines.push('', ...groupTable('Per gemeente', report.byGemeente), ...groupTable('Per segment en perceel', report.bySegment));
  lines.push('## Wijzigingen', '');
  for (const change of report.changes) {
    lines.push(`### ${md(change.code)} ${KIND_TEXT[change.kind]} (${md(change.ruleId)}): ${count(change.cases)} casussen, ${euro(change.bedrag)}`, '');
    for (const id of change.examples) {
      const example = report.examples[id];
      lines.push(`- ${md(id)}`);
      if (example && (change.kind === 'verdwijnt' || change.kind === 'verschijnt')) {
        const decision = change.kind === 'verdwijnt' ? example.from : example.to;
        for (const l of findingLines(decision, change.ruleId)) lines.push(`  - ${l}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The report as a small standalone HTML page (the Markdown in a <pre>, escaped). */
export function renderImpactHtml(report: ImpactReport): string {
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Impact ${escape(report.rulesetId)}</title></head><body><pre>${escape(renderImpactMarkdown(report))}</pre></body></html>`;
}
