/** The analysis as text and Markdown for people (Dutch): findings with place, witness or proof; the responsibility map per perceel. */
import type { RuleSetAnalysis } from './analyse-rule-set';
import type { AnalysisFinding } from './analysis-finding';
import { deciderText, type ResponsibilityRow } from './responsibility-map';

const SEVERITY: Record<string, string> = { fout: 'FOUT', waarschuwing: 'WAARSCHUWING', info: 'INFO' };

function place(f: AnalysisFinding): string {
  return [f.version !== undefined ? `v${f.version}` : '', f.gemeente ?? '', f.perceel ? `perceel ${f.perceel}` : '', f.element ? `element ${f.element}` : '']
    .filter(Boolean)
    .join(' · ');
}

function evidence(f: AnalysisFinding): string {
  if (f.witness?.kind === 'datum') return `getuige: datum ${f.witness.datum} — ${f.witness.toelichting}`;
  if (f.witness?.kind === 'casus')
    return `getuige: casus ${String(f.witness.case.id)} (peildatum ${f.witness.asOf}; evaluator: ${f.witness.observed.findings.join(', ') || 'geen bevindingen'}; ${f.witness.verified ? 'bevestigd' : 'NIET bevestigd'})`;
  if (f.proof) return `bewijs: ${f.proof.reden}${f.proof.conditions?.length ? ` [${f.proof.conditions.map((c) => c.tekst).join('; ')}]` : ''}`;
  return '';
}

/** One line per finding plus evidence; a summary line per rule set. */
export function formatAnalysisText(analyses: readonly RuleSetAnalysis[]): string[] {
  const lines: string[] = [];
  for (const a of analyses) {
    const s = a.summary;
    lines.push(
      `${a.rulesetId} — ${a.title}: ${s.blocking} gat/tegenstrijdigheid, ${s.warnings} waarschuwing(en); ${s.ruleContexts} regel×context (${s.bewezen} bewezen, ${s.nietBeslist} niet beslist), ${s.witnesses} getuigen (${s.witnessesVerified} bevestigd), ${s.cells} cellen beslist; waarvan aanbiedersregels: ${s.providerRuleContexts} regel×perceel, ${s.providerWitnesses} getuigen, ${s.providerProofs} bewijzen`,
    );
    for (const f of a.findings) {
      lines.push(`  ${SEVERITY[f.severity]} ${f.code} [${place(f)}] ${f.message}`);
      lines.push(`    ${f.pointers.join(', ')}${evidence(f) ? ` — ${evidence(f)}` : ''}`);
    }
  }
  return lines;
}

function mapTable(rows: readonly ResponsibilityRow[]): string[] {
  const out: string[] = [];
  const percelen = [...new Set(rows.map((r) => r.perceel))];
  for (const perceel of percelen) {
    const mine = rows.filter((r) => r.perceel === perceel);
    const elements = mine[0]?.cells.map((c) => c.element) ?? [];
    out.push('', `**Perceel ${perceel}** (${mine[0]?.bekostigingsvorm ?? '—'}${mine[0]?.uitvoeringsvariant ? `, ${mine[0].uitvoeringsvariant}` : ''})`, '');
    out.push(`| gemeente | ${elements.map((e) => (e === 'wat' ? 'WAT' : e)).join(' | ')} |`, `|---|${elements.map(() => '---').join('|')}|`);
    for (const row of mine)
      out.push(
        `| ${row.gemeente} | ${row.cells.map((c) => (c.overridden ? `**${deciderText(c.decider)}** (afwijking)` : deciderText(c.decider))).join(' | ')} |`,
      );
  }
  return out;
}

/** Markdown: per rule set the findings table and the responsibility map of each version. */
export function formatAnalysisMarkdown(analyses: readonly RuleSetAnalysis[]): string {
  const out: string[] = ['# Beleidsanalyse', ''];
  for (const a of analyses) {
    const s = a.summary;
    out.push(`## ${a.rulesetId} — ${a.title}`, '');
    out.push(
      `${s.blocking} gat/tegenstrijdigheid, ${s.warnings} waarschuwing(en); ${s.ruleContexts} regel×context, ${s.bewezen} bewezen, ${s.nietBeslist} niet beslist; ${s.witnesses} getuigen (${s.witnessesVerified} bevestigd); ${s.cells} cellen beslist. Waarvan regels over aanbiedersgegevens: ${s.providerRuleContexts} regel×perceel, ${s.providerWitnesses} getuigen (aanbiedersgegevens), ${s.providerProofs} bewijzen.`,
      '',
    );
    if (a.findings.length > 0) {
      out.push('| ernst | code | waar | bevinding | pointer | getuige of bewijs |', '|---|---|---|---|---|---|');
      for (const f of a.findings)
        out.push(
          `| ${f.severity} | ${f.code} | ${place(f)} | ${f.message.replace(/\|/g, '\\|')} | ${f.pointers.map((p) => `\`${p}\``).join(' ')} | ${evidence(f).replace(/\|/g, '\\|')} |`,
        );
    }
    for (const v of a.versions) {
      out.push('', `### Wie beslist — versie ${v.version} (vanaf ${v.effectiveFrom})`);
      out.push(...mapTable(v.map));
    }
    out.push('');
  }
  return out.join('\n');
}
