/**
 * `sturing berichten check FILE|DIR… [--kolommen FILE] [--format text|md|html|json|csv] [--out FILE] [--voortgang]`: reads
 * iWmo/iJw 3.2 messages (streaming) and CSV/xlsx exports through a column mapping, evaluates every allocation and request with the policy in force on its date and reports in
 * Dutch; exit 1 when an allocation has a fout or a message could not be read. `sturing berichten realisatie …`
 * aggregates 323 declarations (with 305/307) into the realisation a settlement runs on.
 */
import { createWriteStream, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { checkCsvLine, CHECK_CSV_HEADER, renderCheckHtml, renderCheckMarkdown, renderCheckText } from '../../src/messages/check-report';
import { MessageCheck } from '../../src/messages/check-messages';
import { codeMappingFrom } from '../../node/code-mapping-files';
import { FileRuleRepository } from '../../node/file-repository';
import { listMessageFiles, readColumnMapping, readInputFile } from '../../node/message-files';
import { defaultRulesDir } from '../../node/paths';
import { UsageError } from '../usage-error';
import { runRealisatie } from './berichten-realisatie';

export interface BerichtenArgs {
  format?: string;
  out?: string;
  rules?: string;
  voortgang?: boolean;
  jaar?: string;
  regio?: string;
  toelichting?: string;
  kolommen?: string;
  aanvulling?: string;
}

const FORMATS = ['text', 'md', 'html', 'json', 'csv'];
const nl = new Intl.NumberFormat('nl-NL');

/** A byte-based progress bar on stderr: redrawn on a terminal, a line per tenth otherwise. */
export function byteProgress(total: number, write: (text: string) => void, terminal: boolean): { advance(bytes: number): void; finish(): void } {
  let done = 0;
  let lastTenth = 0;
  const line = () => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(fraction * 30);
    return `[${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${Math.floor(fraction * 100)}% ${nl.format(Math.round(done / 1024))}/${nl.format(Math.round(total / 1024))} kB`;
  };
  return {
    advance(bytes) {
      done += bytes;
      if (terminal) write(`\r${line()}`);
      else {
        const tenth = total === 0 ? 10 : Math.floor((10 * done) / total);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          write(`${line()}\n`);
        }
      }
    },
    finish() {
      if (terminal) write('\n');
    },
  };
}

export async function runBerichten(positionals: string[], args: BerichtenArgs, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [sub, ...paths] = positionals;
  if (sub === 'realisatie') return runRealisatie(paths, args, out, err);
  if (sub !== 'check')
    throw new UsageError(
      sub
        ? `onbekende deelopdracht "${sub}" (check of realisatie)`
        : 'deelopdracht ontbreekt: berichten check BESTAND|MAP… of berichten realisatie BESTAND|MAP…',
    );
  if (paths.length === 0) throw new UsageError('geef één of meer berichtbestanden of mappen');
  const format = args.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format moet ${FORMATS.join(', ')} zijn, niet "${format}"`);
  const exportArgument = paths.find((p) => /\.(csv|xlsx)$/i.test(p));
  if (exportArgument && !args.kolommen) throw new UsageError(`${exportArgument} is een export: geef de kolomindeling met --kolommen BESTAND`);
  const files = listMessageFiles(paths);
  if (files.length === 0) throw new UsageError(`geen berichten (.xml) of exports (.csv, .xlsx) gevonden in ${paths.join(', ')}`);
  const root = args.rules ?? defaultRulesDir();
  const repository = new FileRuleRepository(root);
  const mapping = codeMappingFrom(await repository.listRegions(), root);

  let csv: WriteStream | undefined;
  const csvLines: string[] = [];
  if (format === 'csv') {
    if (args.out) csv = createWriteStream(args.out);
    const write = (line: string) => (csv ? csv.write(line + '\n') : csvLines.push(line));
    write(CHECK_CSV_HEADER.join(';'));
  }
  const check = new MessageCheck(repository, mapping, {
    onAllocation: format === 'csv' ? (a) => (csv ? csv.write(checkCsvLine(a) + '\n') : csvLines.push(checkCsvLine(a))) : undefined,
  });
  const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const terminal = Boolean(process.stderr.isTTY);
  const progress = args.voortgang || (terminal && total > 5_000_000) ? byteProgress(total, err, terminal) : undefined;
  const columns = args.kolommen ? readColumnMapping(args.kolommen) : undefined;
  for (const file of files) {
    await readInputFile(check.session, file, columns, async (bytes) => {
      await check.flush();
      progress?.advance(bytes);
    });
  }
  progress?.finish();
  const report = check.result();
  if (csv) await new Promise<void>((resolve) => csv!.end(resolve));
  else if (format === 'csv') emit(csvLines.join('\n'), args.out, out);
  if (format !== 'csv') {
    const text =
      format === 'json'
        ? JSON.stringify(report, null, 2)
        : format === 'md'
          ? renderCheckMarkdown(report)
          : format === 'html'
            ? renderCheckHtml(report)
            : renderCheckText(report);
    emit(text, args.out, out);
  }
  if (args.out || format === 'csv')
    err(`${nl.format(report.getoetst)} getoetst, ${nl.format(report.metFout)} met een fout, ${nl.format(report.problemenTotaal)} probleem/problemen.`);
  return report.metFout > 0 || report.problemenTotaal > 0 ? 1 : 0;
}

function emit(text: string, file: string | undefined, out: (text: string) => void): void {
  if (file) writeFileSync(file, text.endsWith('\n') ? text : text + '\n');
  else out(text);
}
