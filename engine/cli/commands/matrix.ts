/** `sturing matrix [--region R] [--as-of D] [--format md|html|json]`: the segment matrix from the rule sets in force. */
import { isIsoDate } from '../../src/model/dates';
import { buildSegmentMatrix } from '../../src/policy/segment-matrix';
import { renderSegmentMatrixHtml } from '../../src/policy/segment-matrix-html';
import { renderSegmentMatrixMarkdown } from '../../src/policy/segment-matrix-markdown';
import { FileRuleRepository } from '../../node/file-repository';
import { defaultRulesDir } from '../../node/paths';
import { UsageError } from '../usage-error';

export interface MatrixArgs {
  region?: string;
  'as-of'?: string;
  format?: string;
  rules?: string;
}

/** Today in the local calendar (the CLI's default as-of date; the engine itself never reads the clock). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Runs the command; returns the exit code. */
export async function runMatrix(args: MatrixArgs, out: (text: string) => void): Promise<number> {
  const format = args.format ?? 'md';
  if (!['md', 'html', 'json'].includes(format)) throw new UsageError(`--format moet md, html of json zijn, niet "${format}"`);
  if (args['as-of'] !== undefined && !isIsoDate(args['as-of'])) {
    throw new UsageError(`--as-of moet een bestaande datum JJJJ-MM-DD zijn, niet "${args['as-of']}"`);
  }
  const repository = new FileRuleRepository(args.rules ?? defaultRulesDir());
  const matrix = await buildSegmentMatrix(repository, { asOf: args['as-of'] ?? today(), region: args.region });
  out(
    format === 'json' ? JSON.stringify(matrix, null, 2) : format === 'html' ? renderSegmentMatrixHtml(matrix) : renderSegmentMatrixMarkdown(matrix).trimEnd(),
  );
  return 0;
}
