/** Node adapter for the message reader: finds message files in directories and streams them into a check in chunks. */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SturingError } from '../src/model/errors';
import type { MessageReaderSession } from '../src/messages/message-reader';
import { parseColumnMapping, readCsvExport, type ColumnMapping } from '../src/messages/spreadsheet';
import { readJsonFile } from './file-repository';
import { readXlsxExport } from './xlsx-export';

const INPUT = /\.(xml|csv|xlsx)$/i;

/** Every .xml (message), .csv and .xlsx (export) file under the given files and directories (sorted, recursive). */
export function listMessageFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) walk(join(path, name));
    } else if (INPUT.test(path)) files.push(path);
  };
  for (const path of paths) {
    if (!existsSync(path))
      throw new SturingError('INVOER_ONGELDIG', `Bestand of map "${path}" bestaat niet.`, [{ path: '', message: 'bestaat niet', file: path }]);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
  return files;
}

/**
 * Streams one file into the session in chunks of `chunkSize` characters, awaiting `afterChunk` (e.g. evaluating the
 * items read so far) between chunks so memory stays bounded whatever the file size.
 */
export async function streamMessageFile(
  session: MessageReaderSession,
  file: string,
  afterChunk: (bytes: number) => Promise<void>,
  chunkSize = 256 * 1024,
): Promise<void> {
  const reader = session.open(relative(process.cwd(), file) || file);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: chunkSize });
  for await (const chunk of stream as AsyncIterable<string>) {
    reader.write(chunk);
    await afterChunk(Buffer.byteLength(chunk));
  }
  reader.close();
  await afterChunk(0);
}

/** Reads a column-mapping file (JSON); throws with file:line:column or the field on a bad one. */
export function readColumnMapping(file: string): ColumnMapping {
  return parseColumnMapping(readJsonFile(file), file);
}

/**
 * Reads any input file into the session: messages stream in chunks, CSV and xlsx exports go through the column
 * mapping (required for them). `afterChunk` runs between chunks and after the file.
 */
export async function readInputFile(
  session: MessageReaderSession,
  file: string,
  mapping: ColumnMapping | undefined,
  afterChunk: (bytes: number) => Promise<void>,
): Promise<void> {
  const lower = file.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) return streamMessageFile(session, file, afterChunk);
  const name = relative(process.cwd(), file) || file;
  if (!mapping) {
    // One export without a mapping does not stop the rest of a directory.
    session.stats.berichten++;
    session.stats.berichtenOvergeslagen++;
    session.sink.problem({
      file: name,
      line: 1,
      column: 1,
      path: '',
      code: 'KOLOMINDELING_ONTBREEKT',
      message: `${name} is een export; zonder kolomindeling (--kolommen BESTAND) is het overgeslagen.`,
    });
    session.skipped('KOLOMINDELING_ONTBREEKT');
    await afterChunk(statSync(file).size);
    return;
  }
  if (lower.endsWith('.csv')) readCsvExport(session, mapping, name, readFileSync(file, 'utf8'));
  else await readXlsxExport(session, mapping, name, file);
  await afterChunk(statSync(file).size);
}
