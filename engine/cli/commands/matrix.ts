/**
 * `sturing matrix [--region R] [--as-of D] [--format md|html|json|docx|xlsx|pdf] [--out FILE] [--ruleset ID]`: the
 * segment matrix from the rule sets in force — or with --ruleset one segment's full policy — on screen or as a council
 * export (Word, Excel, PDF: --out is then required). Rule sets from --rules, --data-dir or --server/--token.
 */
import { writeFileSync } from 'node:fs';
import { isIsoDate } from '../../src/model/dates';
import { SturingError } from '../../src/model/errors';
import { buildSegmentMatrix } from '../../src/policy/segment-matrix';
import { renderSegmentMatrixHtml } from '../../src/policy/segment-matrix-html';
import { renderSegmentMatrixMarkdown } from '../../src/policy/segment-matrix-markdown';
import { parseRuleSetId } from '../../src/model/rule-set';
import { isExportFormat, matrixDocument, renderExport, segmentPolicyDocument } from '../../node/exports';
import { openRuleSource, type RuleSourceArgs } from '../rule-source';
import { UsageError } from '../usage-error';

export interface MatrixArgs extends RuleSourceArgs {
  region?: string;
  'as-of'?: string;
  format?: string;
  out?: string;
  ruleset?: string;
}

const FORMATS = ['md', 'html', 'json', 'docx', 'xlsx', 'pdf'];

/** Today in the local calendar (the CLI's default as-of date; the engine itself never reads the clock). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Runs the command; returns the exit code. */
export async function runMatrix(args: MatrixArgs, out: (text: string) => void): Promise<number> {
  const format = args.format ?? 'md';
  if (!FORMATS.includes(format)) throw new UsageError(`--format moet md, html, json, docx, xlsx of pdf zijn, niet "${format}"`);
  if (args['as-of'] !== undefined && !isIsoDate(args['as-of'])) {
    throw new UsageError(`--as-of moet een bestaande datum JJJJ-MM-DD zijn, niet "${args['as-of']}"`);
  }
  if (isExportFormat(format) && !args.out) throw new UsageError(`--format ${format} schrijft een bestand: geef --out BESTAND`);
  if (args.ruleset !== undefined && !isExportFormat(format))
    throw new UsageError('--ruleset exporteert het volledige beleid van één segment: kies --format docx, xlsx of pdf');
  const asOf = args['as-of'] ?? today();
  const { repository, close } = await openRuleSource(args);
  try {
    if (isExportFormat(format)) {
      let doc;
      if (args.ruleset !== undefined) {
        const ids = await repository.listRuleSetIds();
        if (!ids.includes(args.ruleset)) {
          throw new SturingError('REGELSET_ONBEKEND', `Regelset "${args.ruleset}" is onbekend; bekende regelsets: ${ids.join(', ')}.`, [
            { path: '/ruleset', message: 'onbekend' },
          ]);
        }
        const versions = (await repository.listVersions(args.ruleset)).filter(
          (v) => v.effectiveFrom <= asOf && (v.effectiveTo == null || asOf <= v.effectiveTo),
        );
        const ruleSet = versions.reduce<(typeof versions)[number] | undefined>((a, b) => (!a || b.version > a.version ? b : a), undefined);
        if (!ruleSet)
          throw new SturingError('GEEN_VERSIE_VAN_KRACHT', `Regelset ${args.ruleset} heeft op ${asOf} geen geldende versie.`, [
            { path: '/asOf', message: 'geen versie' },
          ]);
        const region = (await repository.listRegions()).find((r) => r.id === parseRuleSetId(ruleSet.id).region);
        if (!region) throw new SturingError('REGIO_ONBEKEND', `De regio van ${ruleSet.id} is onbekend.`, [{ path: '/ruleset', message: 'regio onbekend' }]);
        doc = await segmentPolicyDocument(ruleSet, region);
      } else doc = matrixDocument(await buildSegmentMatrix(repository, { asOf, region: args.region }));
      writeFileSync(args.out!, await renderExport(doc, format));
      out(`${args.ruleset ? `Beleid van ${args.ruleset}` : 'Segmentmatrix'} (peildatum ${asOf}) geschreven naar ${args.out}.`);
      return 0;
    }
    const matrix = await buildSegmentMatrix(repository, { asOf, region: args.region });
    const text =
      format === 'json' ? JSON.stringify(matrix, null, 2) : format === 'html' ? renderSegmentMatrixHtml(matrix) : renderSegmentMatrixMarkdown(matrix).trimEnd();
    if (args.out) {
      writeFileSync(args.out, `${text}\n`);
      out(`Segmentmatrix (peildatum ${asOf}) geschreven naar ${args.out}.`);
    } else out(text);
    return 0;
  } finally {
    await close();
  }
}
