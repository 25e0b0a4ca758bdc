/** Node adapter for the message reader: finds message files in directories and streams them into a check in chunks. */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SturingError } from '../src/model/errors';
import type { MessageReaderSession } from '../src/messages/message-reader';

/** Every .xml file under the given files and directories (sorted, recursive). */
export function listMessageFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) walk(join(path, name));
    } else if (path.toLowerCase().endsWith('.xml')) files.push(path);
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
